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

/** Articles are taken at most this many at a time, so fast and slow threads end together. */
const MAX_CHUNK = 16;

/**
 * Main thread → worker: a batch to work through. Every thread gets the whole batch and claims
 * chunks of it from one shared counter, so a worker goes on while this thread is busy with
 * other work (writing tables) instead of waiting for it to hand out the next chunk.
 */
export interface BatchMessage {
  items: WorkItem[];
  /** one Int32: the index of the first item no thread has claimed yet */
  claimed: SharedArrayBuffer;
  chunk: number;
}
/** Worker → main thread: the results of one chunk, from item `first` on; or, once, that its knowledge is loaded. */
export type ResultMessage = { first: number; results: WorkResult[] } | { ready: true };

/** The next chunk of a batch no thread has claimed yet, as [first, end) (empty when none is left). */
export function claimChunk(claimed: Int32Array, chunk: number, length: number): [number, number] {
  const first = Math.min(Atomics.add(claimed, 0, chunk), length);
  return [first, Math.min(first + chunk, length)];
}

/** A batch of items handed to the pool: every thread claims chunks from it, results land in input order. */
class BatchWork {
  readonly results: WorkResult[];
  readonly claimed = new Int32Array(new SharedArrayBuffer(4));
  readonly chunk: number;
  private done = 0;
  private settle!: { resolve: () => void; reject: (e: Error) => void };
  readonly finished: Promise<void>;

  constructor(readonly items: WorkItem[], threads: number) {
    this.results = new Array<WorkResult>(items.length);
    // small batches get small chunks, so every thread gets several
    this.chunk = Math.max(1, Math.min(MAX_CHUNK, Math.floor(items.length / (threads * 4))));
    this.finished = new Promise<void>((resolve, reject) => (this.settle = { resolve, reject }));
    // a batch that fails while nobody waits for it yet must not end the process
    this.finished.catch(() => undefined);
    if (items.length === 0) this.settle.resolve();
  }

  put(first: number, results: WorkResult[]): void {
    results.forEach((r, k) => (this.results[first + k] = r));
    this.done += results.length;
    if (this.done === this.items.length) this.settle.resolve();
  }

  fail(e: Error): void {
    this.settle.reject(e);
  }
}

/**
 * Worker threads kept for a whole run, each with its own copy of the knowledge. A batch handed
 * to `start` goes to the workers at once, and this thread joins in only when it calls `finish`:
 * in between it is free for other work (writing the tables of the batch before), which is how a
 * run with workers overlaps analysis with output.
 */
export class AnalysisPool {
  private readonly workers: Worker[] = [];
  private current: BatchWork | undefined;
  private failure: Error | undefined;
  private closing = false;
  /** every worker has loaded its knowledge: a batch is finished only then, so a worker that cannot start fails the run */
  private readonly ready: Promise<unknown>;
  private rejectReady: (e: Error) => void = () => undefined;

  /** `threads`: this one and `threads − 1` workers */
  constructor(readonly threads: number, options: AnalyzerOptions) {
    const loaded: Promise<void>[] = [];
    for (let w = 1; w < threads; w++) {
      const worker = new Worker(new URL('./worker-boot.mjs', import.meta.url), { workerData: { actors: options.actors, agents: options.agents } satisfies AnalyzerOptions });
      this.workers.push(worker);
      loaded.push(new Promise<void>((resolve) => worker.once('message', () => resolve())));
      worker.on('message', (m: ResultMessage) => {
        if ('first' in m) this.current!.put(m.first, m.results.map(fromTransfer));
      });
      worker.once('error', (e) => this.fail(e));
      worker.once('exit', () => {
        if (!this.closing) this.fail(new Error('a worker stopped before the run ended'));
      });
    }
    this.ready = Promise.race([Promise.all(loaded), new Promise((_, reject) => (this.rejectReady = reject))]);
    this.ready.catch(() => undefined);
  }

  /** Resolves once every worker has loaded its knowledge; rejects if one cannot. */
  async whenReady(): Promise<void> {
    await this.ready;
  }

  private fail(e: Error): void {
    this.failure ??= e;
    this.rejectReady(this.failure);
    this.current?.fail(this.failure);
  }

  /** Hands a batch to the workers now; the batch before must be finished. */
  start(items: WorkItem[]): { finish: (analyzeHere: (item: WorkItem) => WorkResult) => Promise<WorkResult[]> } {
    if (this.failure) throw this.failure;
    const batch = (this.current = new BatchWork(items, this.threads));
    for (const worker of this.workers) worker.postMessage({ items, claimed: batch.claimed.buffer as SharedArrayBuffer, chunk: batch.chunk } satisfies BatchMessage);
    return {
      // this thread claims chunks from the same counter, letting worker messages in between them
      finish: async (analyzeHere) => {
        for (let [first, end] = claimChunk(batch.claimed, batch.chunk, items.length); first < end; [first, end] = claimChunk(batch.claimed, batch.chunk, items.length)) {
          batch.put(first, items.slice(first, end).map(analyzeHere));
          await nextTurn();
        }
        await Promise.all([batch.finished, this.ready]);
        return batch.results;
      },
    };
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/**
 * Runs articles through their stages on N threads: this one and N − 1 workers,
 * taking chunks from one queue. Results come back in the input order. `analyzeHere`
 * analyses one item on this thread; it is called only after the workers have been
 * started, so their start-up (loading the knowledge) overlaps with this thread's.
 */
export async function runInWorkers(items: WorkItem[], options: AnalyzerOptions & { workers?: number }, analyzeHere: (item: WorkItem) => WorkResult): Promise<WorkResult[]> {
  const pool = new AnalysisPool(Math.max(1, Math.min(options.workers ?? 1, items.length)), options);
  try {
    return await pool.start(items).finish(analyzeHere);
  } finally {
    await pool.close();
  }
}
