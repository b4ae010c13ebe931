/**
 * One bench measurement, run in its own process by bench/run.ts: the analysis
 * step over `MB` megabytes of sample articles on `N` threads. Prints seconds.
 */
import { Analyzer } from '../src/analyze.ts';
import { analyzeOne } from '../src/cli/analyze-one.ts';
import { runInWorkers, type WorkItem } from '../src/cli/workers.ts';
import { articlesOf } from './corpus.ts';

const [megabytes, threads] = process.argv.slice(2).map(Number);
const { articles, bytes } = articlesOf(megabytes! * 1e6);
const items: WorkItem[] = articles.map((article) => ({ article, need: ['split', 'actors', 'stance'] }));
const t = performance.now();
let analyzer: Analyzer | undefined;
const results = await runInWorkers(items, { workers: threads }, (item) => analyzeOne((analyzer ??= new Analyzer()), item.article, item.need, item));
if (results.some((r) => !r.ok)) throw new Error('an article failed');
console.log(((performance.now() - t) / 1000).toFixed(3), bytes);
