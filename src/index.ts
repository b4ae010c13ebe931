/**
 * geostance as a library: the stages as functions, the table schemas, and the
 * runner the npm scripts use.
 */
export { splitSentences, SentenceSplitter, type SentenceSpan } from './split/split-sentences.ts';
export { analyzeArticle, Analyzer, type AnalyzerOptions, type ArticleAnalysis } from './analyze.ts';
export { articleRows, buildTables } from './export/build-tables.ts';
export { ingest, readInputFile, listInputs } from './ingest/read-inputs.ts';
export { toArticleDoc } from './ingest/normalize.ts';
export { loadProjectKnowledge, ActorKnowledge, type ActorInfo } from './actors/knowledge.ts';
export { parseTabariActors, parseTabariAgents, loadExternalDictionaries } from './actors/tabari.ts';
export { runCommand, writeTables, COMMANDS, type Command, type RunOptions } from './cli/run.ts';
export { toArrowIPC, arrowSchema } from './export/to-arrow.ts';
export { toCSV } from './export/to-csv.ts';
export { codePointLength, sliceCodePoints, toCodePointOffset, toUtf16Index } from './core/offsets.ts';
export * from './schemas/tables.ts';
export { ArticleDoc, InputRecord } from './schemas/input.ts';
