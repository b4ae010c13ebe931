import { Worker } from 'node:worker_threads';
import type { AnalyzerOptions } from '../analyze.ts';
import type { ArticleDoc } from '../schemas/input.ts';
import type { StageData, StageName, StageRecord } from '../store/state.ts';

export type WorkResult = { ok: true; data: unknown } | { ok: false; error: string };

export interface WorkerJob {
  stage: StageName;
  options: AnalyzerOptions;
  articles: ArticleDoc[];
  split: [string, StageData['split']][];
  actors: [string, StageData['actors']][];
}

/**
 * Runs a stage over articles in N worker threads, each with its own copy of
 * the knowledge; results come back in the input order.
 */
export async function runStageInWorkers(
  stage: StageName,
  articles: ArticleDoc[],
  inputs: { split?: Map<string, StageRecord<StageData['split']>>; actors?: Map<string, StageRecord<StageData['actors']>> },
  options: AnalyzerOptions & { workers?: number },
): Promise<WorkResult[]> {
  const n = Math.max(1, Math.min(options.workers ?? 1, articles.length));
  // deal articles round-robin so long and short ones spread evenly
  const slices: number[][] = Array.from({ length: n }, () => []);
  articles.forEach((_, i) => slices[i % n]!.push(i));
  const results = new Array<WorkResult>(articles.length);
  await Promise.all(slices.map((idx) => new Promise<void>((resolve, reject) => {
    const part = idx.map((i) => articles[i]!);
    const job: WorkerJob = {
      stage,
      options: { actors: options.actors, agents: options.agents },
      articles: part,
      split: part.filter((a) => inputs.split?.has(a.article_id)).map((a) => [a.article_id, inputs.split!.get(a.article_id)!.data]),
      actors: part.filter((a) => inputs.actors?.has(a.article_id)).map((a) => [a.article_id, inputs.actors!.get(a.article_id)!.data]),
    };
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
