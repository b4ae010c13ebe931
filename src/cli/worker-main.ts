import { parentPort, workerData } from 'node:worker_threads';
import { Analyzer } from '../analyze.ts';
import { analyzeOne } from './run.ts';
import type { WorkerJob, WorkResult } from './workers.ts';

// one worker: load the knowledge once, run its share of articles through their stages
const job = workerData as WorkerJob;
const analyzer = new Analyzer(job.options);
const out: WorkResult[] = job.items.map((item) => analyzeOne(analyzer, item.article, item.need, item));
parentPort!.postMessage(out);
