import { Analyzer } from '../analyze.ts';
import { articlesOf } from '../../bench/corpus.ts';
const a = new Analyzer();
const { articles, bytes } = articlesOf(3_000_000);
const found = articles.map((x) => a.actors(x, a.split(x)));
for (let r = 0; r < 6; r++) {
  const t = performance.now();
  articles.forEach((x, i) => a.stance(x, found[i]!));
  console.log('stance MB/s', (bytes / 1e6 / ((performance.now() - t) / 1000)).toFixed(2));
}
