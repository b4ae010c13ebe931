import { Analyzer } from '../analyze.ts';
import { articlesOf } from '../../bench/corpus.ts';
const analyzer = new Analyzer();
const { articles, bytes } = articlesOf(3_000_000);
const units = articles.map((a) => analyzer.split(a));
for (let r = 0; r < 3; r++) {
  let ms = 0;
  articles.forEach((a, i) => { const f = analyzer.actors(a, units[i]!); const t = performance.now(); analyzer.stance(a, f); ms += performance.now() - t; });
  console.log('stance', (bytes / 1e6 / (ms / 1000)).toFixed(1));
}
