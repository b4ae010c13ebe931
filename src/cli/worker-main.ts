import { parentPort, workerData } from 'node:worker_threads';
import { Analyzer, restoreActors, storeActors } from '../analyze.ts';
import type { WorkerJob, WorkResult } from './workers.ts';

// one worker: load the knowledge once, run the stage over its share of articles
const job = workerData as WorkerJob;
const analyzer = new Analyzer(job.options);
const split = new Map(job.split);
const actors = new Map(job.actors);
const out: WorkResult[] = job.articles.map((a) => {
  try {
    if (job.stage === 'split') return { ok: true, data: analyzer.split(a) };
    if (job.stage === 'actors') return { ok: true, data: storeActors(analyzer.actors(a, split.get(a.article_id)!)) };
    return { ok: true, data: analyzer.stance(a, restoreActors(a.text, actors.get(a.article_id)!, analyzer.kb)) };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
});
parentPort!.postMessage(out);
