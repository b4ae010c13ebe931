import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { Analyzer, restoreActors, storeActors, type AnalyzerOptions } from '../analyze.ts';
import { formatMessage, message, type InputMessage } from '../core/messages.ts';
import { buildTables, type ArticleResult } from '../export/build-tables.ts';
import { toArrowIPC } from '../export/to-arrow.ts';
import { toCSV } from '../export/to-csv.ts';
import { writeFilesAtomically } from '../export/write-atomic.ts';
import { ingest } from '../ingest/read-inputs.ts';
import type { ArticleDoc } from '../schemas/input.ts';
import { TABLES, type RejectRow, type Rows, type RunRow, type TableName } from '../schemas/tables.ts';
import { StateStore, type StageData, type StageName, type StageRecord } from '../store/state.ts';
import { VERSION } from '../version.ts';
import { runStageInWorkers } from './workers.ts';

export const COMMANDS = ['pipeline', 'ingest', 'split', 'actors', 'stance', 'export'] as const;
export type Command = (typeof COMMANDS)[number];

export interface RunOptions extends AnalyzerOptions {
  inputs: string[];
  out: string;
  workers?: number;
  /** progress and problems; stderr by default */
  log?: (line: string) => void;
}

export interface RunSummary {
  run: RunRow;
  rejects: RejectRow[];
}

/** Thrown when a stage cannot start, e.g. the stage before it never ran. */
export class UsageError extends Error {}

interface Counts {
  processed: Set<string>;
  skipped: Set<string>;
  failed: number;
}

const PREVIOUS: Record<StageName, StageName | 'articles'> = { split: 'articles', actors: 'split', stance: 'actors' };

function newRunId(started: Date): string {
  return `${started.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}-${randomBytes(3).toString('hex')}`;
}

/** Runs one command (a stage, or the whole pipeline) and records it in `runs`. */
export async function runCommand(command: Command, options: RunOptions): Promise<RunSummary> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const store = new StateStore(options.out);
  const started = new Date();
  const run_id = newRunId(started);
  const rejects: InputMessage[] = [];
  const counts: Counts = { processed: new Set(), skipped: new Set(), failed: 0 };
  let analyzer: Analyzer | undefined;
  const getAnalyzer = () => (analyzer ??= new Analyzer(options));
  let status = 'ok';
  let failure: unknown;
  try {
    const steps: Command[] = command === 'pipeline' ? ['ingest', 'split', 'actors', 'stance', 'export'] : [command];
    for (const step of steps) {
      if (step === 'ingest') ingestStep(store, options, rejects, counts, log);
      else if (step === 'export') exportStep(store, log);
      else await stageStep(step as StageName, store, getAnalyzer, options, rejects, counts, log);
    }
  } catch (e) {
    status = 'failed';
    failure = e;
  }
  const rejectRows: RejectRow[] = rejects.map((m) => ({ run_id, ...m }));
  const run: RunRow = {
    run_id, command, started_at: started.toISOString(), finished_at: status === 'ok' ? new Date().toISOString() : null, status,
    articles_new: counts.processed.size, articles_skipped: [...counts.skipped].filter((id) => !counts.processed.has(id)).length,
    articles_failed: rejects.filter((r) => r.code !== 'E_DUPLICATE').length, version: VERSION,
    rules_hash: analyzer?.hashes.stance ?? store.readRuns().at(-1)?.rules_hash ?? '',
  };
  recordRun(store, run, rejectRows, command === 'ingest' || command === 'pipeline');
  if (failure) throw failure;
  return { run, rejects: rejectRows };
}

function ingestStep(store: StateStore, options: RunOptions, rejects: InputMessage[], counts: Counts, log: (l: string) => void): void {
  const before = new Set(store.readArticles().map((a) => a.article_id));
  const result = ingest(options.inputs);
  for (const r of result.rejects) log(`geostance: ${formatMessage(r)}`);
  rejects.push(...result.rejects);
  for (const a of result.articles) (before.has(a.article_id) ? counts.skipped : counts.processed).add(a.article_id);
  store.writeArticles(result.articles);
  log(`ingest: ${result.articles.length} article(s), ${counts.processed.size} new, ${result.rejects.length} rejected`);
}

async function stageStep(
  stage: StageName, store: StateStore, getAnalyzer: () => Analyzer, options: RunOptions,
  rejects: InputMessage[], counts: Counts, log: (l: string) => void,
): Promise<void> {
  const previous = PREVIOUS[stage];
  if (!store.has(previous)) {
    throw new UsageError(`${stage}: nothing to read in ${path.join(options.out, '.geostance')} — run "npm run ${previous === 'articles' ? 'ingest' : previous}" first`);
  }
  const analyzer = getAnalyzer();
  const hash = analyzer.hashes[stage];
  const articles = store.readArticles();
  const prior = store.readStage(stage);
  const inputs = {
    split: stage === 'split' ? undefined : store.readStage('split'),
    actors: stage === 'stance' ? store.readStage('actors') : undefined,
  };
  const todo: ArticleDoc[] = [];
  const kept: StageRecord<StageData[typeof stage]>[] = [];
  for (const a of articles) {
    const done = prior.get(a.article_id);
    if (stage !== 'split' && !inputs.split?.has(a.article_id)) continue; // failed earlier
    if (stage === 'stance' && !inputs.actors?.has(a.article_id)) continue;
    if (done && done.rules_hash === hash) {
      kept.push(done);
      counts.skipped.add(a.article_id);
    } else todo.push(a);
  }
  const compute = (a: ArticleDoc): StageData[typeof stage] => {
    if (stage === 'split') return analyzer.split(a);
    const units = inputs.split!.get(a.article_id)!.data as StageData['split'];
    if (stage === 'actors') return storeActors(analyzer.actors(a, units));
    const stored = inputs.actors!.get(a.article_id)!.data as StageData['actors'];
    return analyzer.stance(a, restoreActors(a.text, stored, analyzer.kb));
  };
  const results = options.workers && options.workers > 1 && todo.length > 1
    ? await runStageInWorkers(stage, todo, inputs, options)
    : todo.map((a) => {
      try {
        return { ok: true as const, data: compute(a) };
      } catch (e) {
        return { ok: false as const, error: (e as Error).message };
      }
    });
  results.forEach((r, i) => {
    const a = todo[i]!;
    if (r.ok) {
      kept.push({ article_id: a.article_id, rules_hash: hash, data: r.data as StageData[typeof stage] });
      counts.processed.add(a.article_id);
    } else {
      const m = message(a.source, a.record, 'E_STAGE', `${stage}: ${r.error}`);
      log(`geostance: ${formatMessage(m)}`);
      rejects.push(m);
    }
  });
  const order = new Map(articles.map((a, i) => [a.article_id, i]));
  kept.sort((x, y) => order.get(x.article_id)! - order.get(y.article_id)!);
  store.writeStage(stage, kept);
  log(`${stage}: ${todo.length} article(s) processed, ${kept.length - results.filter((r) => r.ok).length} unchanged`);
}

/** Every table from what the stages left, written together so no reader sees half a run. */
function exportStep(store: StateStore, log: (l: string) => void): void {
  if (!store.has('stance')) throw new UsageError(`export: nothing to export in ${store.out} — run "npm run stance" first`);
  const articles = store.readArticles();
  const split = store.readStage('split');
  const actors = store.readStage('actors');
  const stance = store.readStage('stance');
  const results: ArticleResult[] = [];
  for (const article of articles) {
    const u = split.get(article.article_id);
    const a = actors.get(article.article_id);
    const s = stance.get(article.article_id);
    if (u && a && s) results.push({ article, units: u.data, actors: a.data, stance: s.data });
  }
  const tables = buildTables(results);
  writeTables(store.out, tables);
  log(`export: ${tables.articles.length} articles, ${tables.sentences.length} sentences, ${tables.mentions.length} mentions, ${tables.relations.length} relations → ${store.out}`);
}

/** Validates rows against their schema and writes `<table>.arrow` and `<table>.csv` atomically. */
export function writeTables(out: string, tables: Partial<Rows>): void {
  const files: { path: string; data: string | Uint8Array }[] = [];
  for (const [name, rows] of Object.entries(tables) as [TableName, Record<string, unknown>[]][]) {
    const schema = TABLES[name];
    for (const row of rows) {
      const parsed = schema.safeParse(row);
      if (!parsed.success) throw new Error(`internal: a ${name} row does not fit its schema: ${parsed.error.message}`);
    }
    files.push({ path: path.join(out, `${name}.arrow`), data: toArrowIPC(schema, rows) });
    files.push({ path: path.join(out, `${name}.csv`), data: toCSV(schema, rows) });
  }
  writeFilesAtomically(files);
}

/** Appends the run to `runs`; the rejects table holds the latest run that read the inputs. */
function recordRun(store: StateStore, run: RunRow, rejects: RejectRow[], readInputs: boolean): void {
  const runs = [...store.readRuns(), run];
  store.writeRuns(runs);
  const currentRejects = readInputs ? rejects : [...store.readRejects().filter((r) => r.code !== 'E_STAGE'), ...rejects];
  store.writeRejects(currentRejects);
  writeTables(store.out, { runs, rejects: currentRejects });
}
