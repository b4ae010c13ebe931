import { Analyzer } from '../analyze.ts';
import { articlesOf } from '../../bench/corpus.ts';
const analyzer = new Analyzer();
const { articles, bytes } = articlesOf(3_000_000);
const units = articles.map((a) => analyzer.split(a));
for (let r = 0; r < 4; r++) {
  const t = performance.now();
  articles.forEach((a, i) => analyzer.actors(a, units[i]!));
  console.log('actors', (bytes / 1e6 / ((performance.now() - t) / 1000)).toFixed(1));
}
