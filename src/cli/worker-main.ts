import { parentPort, workerData } from 'node:worker_threads';
import { Analyzer, type AnalyzerOptions } from '../analyze.ts';
import { analyzeOne } from './analyze-one.ts';
import { toTransfer, type ChunkMessage, type ResultMessage } from './workers.ts';

// one worker: load the knowledge once, then analyse each chunk the main thread sends
const analyzer = new Analyzer(workerData as AnalyzerOptions);
parentPort!.on('message', (m: ChunkMessage) => {
  parentPort!.postMessage({ results: m.items.map((item) => toTransfer(analyzeOne(analyzer, item.article, item.need, item))) } satisfies ResultMessage);
});
