import { Worker } from 'node:worker_threads';
import type { AnalyzerOptions } from '../analyze.ts';
import type { ArticleDoc } from '../schemas/input.ts';
import type { StageData, StageName } from '../store/state.ts';

/** The stages an article still needs, in order. */
export type StageSet = StageName[];

export type WorkResult = { ok: true; data: Partial<StageData> } | { ok: false; error: string };

export interface WorkItem {
  article: ArticleDoc;
  need: StageSet;
  split?: StageData['split'];
  actors?: StageData['actors'];
}

export interface WorkerJob {
  options: AnalyzerOptions;
  items: WorkItem[];
}

/**
 * Runs articles through their stages in N worker threads, each loading its
 * own copy of the knowledge; results come back in the input order.
 */
export async function runInWorkers(items: WorkItem[], options: AnalyzerOptions & { workers?: number }): Promise<WorkResult[]> {
  const n = Math.max(1, Math.min(options.workers ?? 1, items.length));
  // deal articles round-robin so long and short ones spread evenly
  const slices: number[][] = Array.from({ length: n }, () => []);
  items.forEach((_, i) => slices[i % n]!.push(i));
  const results = new Array<WorkResult>(items.length);
  await Promise.all(slices.map((idx) => new Promise<void>((resolve, reject) => {
    const job: WorkerJob = { options: { actors: options.actors, agents: options.agents }, items: idx.map((i) => items[i]!) };
    const worker = new Worker(new URL('./worker-boot.mjs', import.meta.url), { workerData: job });
    worker.once('message', (out: WorkResult[]) => {
      out.forEach((r, k) => (results[idx[k]!] = r));
      resolve();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => (code !== 0 ? reject(new Error(`worker exited with ${code}`)) : resolve()));
  })));
  return results;
}
