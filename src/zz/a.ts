import { articlesOf } from '../../bench/corpus.ts';
import { Analyzer, storeActors } from '../analyze.ts';
import { buildTables } from '../export/build-tables.ts';
import { toArrowIPC } from '../export/to-arrow.ts';
import { toCSV } from '../export/to-csv.ts';
import { TABLES } from '../schemas/tables.ts';
const an = new Analyzer();
const { articles } = articlesOf(12e6);
const results = articles.map((a) => { const r = an.analyze(a); return { article: a, units: r.units, actors: storeActors(r.actors), stance: r.stance }; });
for (let round = 0; round < 2; round++) {
  const tables = buildTables(results as any);
  let ta = 0, tc = 0;
  for (const [name, rows] of Object.entries(tables) as [string, any[]][]) {
    const schema = (TABLES as any)[name];
    let t = performance.now(); toArrowIPC(schema, rows); ta += performance.now() - t;
    t = performance.now(); toCSV(schema, rows); tc += performance.now() - t;
  }
  console.log('arrow', ta.toFixed(0), 'csv', tc.toFixed(0));
}
