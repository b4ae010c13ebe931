import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import type { AnalyzerOptions } from '../analyze.ts';
import type { ArticleDoc } from '../schemas/input.ts';
import { decodeStage, encodeStage, type StageData, type StageName } from '../store/state.ts';

/** The stages an article still needs, in order. */
export type StageSet = StageName[];

/**
 * An article's results. From a worker thread they come as `encoded` (each stage's
 * result as the JSON its state file holds), which costs less to send between
 * threads than the objects (measured: a third of a worker's time went to copying
 * them) and is written to the state file without being encoded again.
 */
export type WorkResult = { ok: true; data: Partial<StageData>; encoded?: Partial<Record<StageName, string>> } | { ok: false; error: string };

/** A result as a worker sends it: each stage's result encoded, no objects. */
export function toTransfer(r: WorkResult): WorkResult {
  if (!r.ok) return r;
  const encoded: Partial<Record<StageName, string>> = {};
  for (const stage of Object.keys(r.data) as StageName[]) encoded[stage] = encodeStage(stage, r.data[stage]!);
  return { ok: true, data: {}, encoded };
}

/** A worker's result with its objects decoded again, keeping the encoded form for the state files. */
function fromTransfer(r: WorkResult): WorkResult {
  if (!r.ok || !r.encoded) return r;
  const data: Partial<StageData> = {};
  for (const stage of Object.keys(r.encoded) as StageName[]) (data as Record<StageName, unknown>)[stage] = decodeStage(stage, r.encoded[stage]!);
  return { ok: true, data, encoded: r.encoded };
}

export interface WorkItem {
  article: ArticleDoc;
  need: StageSet;
  split?: StageData['split'];
  actors?: StageData['actors'];
}

/** Articles are handed out at most this many at a time, so fast and slow threads end together. */
const MAX_CHUNK = 16;

/** Main thread → worker: a chunk to analyse (or, with none, the signal to stop). */
export interface ChunkMessage {
  items: WorkItem[];
}
/** Worker → main thread: the chunk's results, in its order. */
export interface ResultMessage {
  results: WorkResult[];
}

/**
 * Runs articles through their stages on N threads: this one and N − 1 workers,
 * each with its own copy of the knowledge, taking chunks from one queue.
 * Results come back in the input order. `analyzeHere` analyses one item on
 * this thread; it is called only after the workers have been started, so their
 * start-up (loading the knowledge) overlaps with this thread's.
 */
export async function runInWorkers(items: WorkItem[], options: AnalyzerOptions & { workers?: number }, analyzeHere: (item: WorkItem) => WorkResult): Promise<WorkResult[]> {
  const threads = Math.max(1, Math.min(options.workers ?? 1, items.length));
  // small batches get small chunks, so every thread gets several
  const chunk = Math.max(1, Math.min(MAX_CHUNK, Math.floor(items.length / (threads * 4))));
  const results = new Array<WorkResult>(items.length);
  let next = 0;
  const takeChunk = (): number[] => {
    const ids: number[] = [];
    while (ids.length < chunk && next < items.length) ids.push(next++);
    return ids;
  };

  const workers = Array.from({ length: threads - 1 }, () => new Promise<void>((resolve, reject) => {
    const worker = new Worker(new URL('./worker-boot.mjs', import.meta.url), { workerData: { actors: options.actors, agents: options.agents } satisfies AnalyzerOptions });
    // two chunks in flight: the worker never waits for the main thread to hand out the next one
    const inFlight: number[][] = [];
    const send = () => {
      const ids = takeChunk();
      if (ids.length) {
        inFlight.push(ids);
        worker.postMessage({ items: ids.map((i) => items[i]!) } satisfies ChunkMessage);
      }
    };
    worker.on('message', (m: ResultMessage) => {
      const ids = inFlight.shift()!;
      m.results.forEach((r, k) => (results[ids[k]!] = fromTransfer(r)));
      send();
      if (inFlight.length === 0) void worker.terminate().then(() => resolve());
    });
    worker.once('error', reject);
    worker.once('exit', () => (inFlight.length ? reject(new Error(`a worker stopped with ${inFlight.flat().length} articles unanalysed`)) : resolve()));
    send();
    send();
  }));

  // this thread works through the same queue, letting worker messages in between chunks
  const here = async () => {
    for (let ids = takeChunk(); ids.length; ids = takeChunk()) {
      for (const i of ids) results[i] = analyzeHere(items[i]!);
      await nextTurn();
    }
  };
  await Promise.all([here(), ...workers]);
  return results;
}
