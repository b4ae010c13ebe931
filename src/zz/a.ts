import { Analyzer } from '../analyze.ts';
import { articlesOf } from '../../bench/corpus.ts';
const d = '/work/shared/dictionaries/phoenix/';
const a = new Analyzer({ actors: ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt'].map(f => d + f), agents: [d + 'Phoenix.agents.txt'] });
const { articles, bytes } = articlesOf(4_000_000);
const units = articles.map((x) => a.split(x));
for (let r = 0; r < 5; r++) {
  const t = performance.now();
  articles.forEach((x, i) => a.actors(x, units[i]!));
  console.log('actors MB/s', (bytes / 1e6 / ((performance.now() - t) / 1000)).toFixed(2));
}
