import { parentPort, workerData } from 'node:worker_threads';
import { Analyzer, type AnalyzerOptions } from '../analyze.ts';
import { analyzeOne } from './analyze-one.ts';
import { claimChunk, toTransfer, type BatchMessage, type ResultMessage } from './workers.ts';

// one worker: load the knowledge once, then claim chunks of each batch the main thread sends until none is left
const analyzer = new Analyzer(workerData as AnalyzerOptions);
parentPort!.postMessage({ ready: true } satisfies ResultMessage);
parentPort!.on('message', ({ items, claimed, chunk }: BatchMessage) => {
  const counter = new Int32Array(claimed);
  for (let [first, end] = claimChunk(counter, chunk, items.length); first < end; [first, end] = claimChunk(counter, chunk, items.length)) {
    const results = items.slice(first, end).map((item) => toTransfer(analyzeOne(analyzer, item.article, item.need, item)));
    parentPort!.postMessage({ first, results } satisfies ResultMessage);
  }
});
