import { Analyzer } from '../analyze.ts';
import { articlesOf } from '../../bench/corpus.ts';
const d = '/work/shared/dictionaries/phoenix/';
const analyzer = new Analyzer({ actors: ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt'].map((f) => d + f), agents: [d + 'Phoenix.agents.txt'] });
const { articles, bytes } = articlesOf(3_000_000);
const units = articles.map((a) => analyzer.split(a));
for (let r = 0; r < 3; r++) {
  const t = performance.now();
  let n = 0;
  articles.forEach((a, i) => { n += analyzer.actors(a, units[i]!).sentences.reduce((k, s) => k + s.mentions.length, 0); });
  console.log('actors+phoenix', (bytes / 1e6 / ((performance.now() - t) / 1000)).toFixed(1), n);
}
