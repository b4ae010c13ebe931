import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Analyzer, rulesHashes, type AnalyzerOptions, type RulesHashes } from '../analyze.ts';
import { sha256 } from '../core/hash.ts';
import { formatMessage, message, type InputMessage } from '../core/messages.ts';
import { RunTables, sortArticles } from '../export/build-tables.ts';
import { TableFiles } from '../export/table-files.ts';
import { ingest } from '../ingest/read-inputs.ts';
import type { ArticleDoc } from '../schemas/input.ts';
import { Command, type RejectRow, type Rows, type RunRow, type TableName } from '../schemas/tables.ts';
import { lockFolder } from '../store/lock.ts';
import { STATE_DIR, StateStore, stateLine, type StageData, type StageName, type StageRecord } from '../store/state.ts';
import { VERSION } from '../version.ts';
import { analyzeOne } from './analyze-one.ts';
import { runInWorkers, type StageSet, type WorkResult } from './workers.ts';

export const COMMANDS = Command.options;
export type { Command };

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

/** A stage cannot start because the stage before it never ran in --out (the run fails: exit 1). */
export class MissingStageError extends Error {}

type StageMaps = { [K in StageName]?: Map<string, StageRecord<StageData[K]>> };

/** What one command run carries from step to step: no step reads back what an earlier one just wrote. */
interface RunContext {
  store: StateStore;
  options: RunOptions;
  log: (line: string) => void;
  rejects: InputMessage[];
  processed: Set<string>;
  skipped: Set<string>;
  articles?: ArticleDoc[];
  stages: StageMaps;
  hashes?: RulesHashes;
  analyzer?: Analyzer;
}

const STAGES: StageName[] = ['split', 'actors', 'stance'];
const PREVIOUS: Record<StageName, StageName | 'articles'> = { split: 'articles', actors: 'split', stance: 'actors' };

function newRunId(started: Date): string {
  return `${started.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}-${randomBytes(3).toString('hex')}`;
}

/** Runs one command (a stage, or the whole pipeline) and records it in `runs`. */
export async function runCommand(command: Command, options: RunOptions): Promise<RunSummary> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const started = new Date();
  const run_id = newRunId(started);
  const ctx: RunContext = { store: new StateStore(options.out), options, log, rejects: [], processed: new Set(), skipped: new Set(), stages: {} };
  const unlock = lockFolder(path.join(options.out, STATE_DIR));
  try {
    return await runLocked(command, ctx, run_id, started);
  } finally {
    unlock();
  }
}

async function runLocked(command: Command, ctx: RunContext, run_id: string, started: Date): Promise<RunSummary> {
  const { options } = ctx;
  let status: RunRow['status'] = 'ok';
  let failure: unknown;
  try {
    if (command === 'pipeline') {
      ingestStep(ctx);
      await analyzeSteps(ctx, STAGES);
      exportStep(ctx);
    } else if (command === 'ingest') ingestStep(ctx);
    else if (command === 'export') exportStep(ctx);
    else await analyzeSteps(ctx, [command]);
  } catch (e) {
    status = 'failed';
    failure = e;
  }
  const rejectRows: RejectRow[] = ctx.rejects.map((m) => ({ run_id, ...m }));
  const run: RunRow = {
    run_id, command, started_at: started.toISOString(), finished_at: status === 'ok' ? new Date().toISOString() : null, status,
    articles_new: ctx.processed.size, articles_skipped: [...ctx.skipped].filter((id) => !ctx.processed.has(id)).length,
    articles_failed: ctx.rejects.filter((r) => r.code !== 'E_DUPLICATE').length, version: VERSION,
    rules_hash: (ctx.hashes ??= rulesHashes(options)).stance,
  };
  recordRun(ctx.store, run, rejectRows, command === 'ingest' || command === 'pipeline');
  if (failure) throw failure;
  return { run, rejects: rejectRows };
}

function ingestStep(ctx: RunContext): void {
  const before = ctx.store.readArticleIds();
  const result = ingest(ctx.options.inputs);
  for (const r of result.rejects) ctx.log(`geostance: ${formatMessage(r)}`);
  ctx.rejects.push(...result.rejects);
  let fresh = 0;
  for (const a of result.articles) {
    if (before.has(a.article_id)) ctx.skipped.add(a.article_id);
    else {
      ctx.processed.add(a.article_id);
      fresh++;
    }
  }
  ctx.store.writeArticles(result.articles);
  ctx.articles = result.articles;
  ctx.log(`ingest: ${result.articles.length} article(s), ${fresh} new, ${result.rejects.length} rejected`);
}

function stageMap<K extends StageName>(ctx: RunContext, stage: K): Map<string, StageRecord<StageData[K]>> {
  const known = ctx.stages[stage] as Map<string, StageRecord<StageData[K]>> | undefined;
  if (known) return known;
  const read = ctx.store.readStage(stage);
  (ctx.stages as Record<string, unknown>)[stage] = read;
  return read;
}

/**
 * Runs the given stages (in order) over every article that lacks an
 * up-to-date result, one article at a time through all of them, so that
 * tokens and mentions never have to be stored and read back in between.
 */
async function analyzeSteps(ctx: RunContext, stages: StageName[]): Promise<void> {
  const first = stages[0]!;
  const previous = PREVIOUS[first];
  if (previous !== 'articles' && !ctx.stages[previous] && !ctx.store.has(previous)) {
    throw new MissingStageError(`${first}: nothing to read in ${path.join(ctx.options.out, '.geostance')} — run "npm run ${previous}" first`);
  }
  if (previous === 'articles' && !ctx.articles && !ctx.store.has('articles')) {
    throw new MissingStageError(`${first}: nothing to read in ${path.join(ctx.options.out, '.geostance')} — run "npm run ingest" first`);
  }
  const hashes = (ctx.hashes ??= rulesHashes(ctx.options));
  const articles = (ctx.articles ??= ctx.store.readArticles());
  const inputs: StageMaps = {};
  if (previous !== 'articles') (inputs as Record<string, unknown>)[previous] = stageMap(ctx, previous);
  const prior: StageMaps = {};
  for (const stage of stages) (prior as Record<string, unknown>)[stage] = stageMap(ctx, stage);

  // what each article still needs: a stage is redone when its rules changed or the stage before it was redone
  const jobs: { article: ArticleDoc; need: StageSet }[] = [];
  const kept: StageMaps = {};
  for (const s of stages) (kept as Record<string, unknown>)[s] = new Map();
  for (const a of articles) {
    if (previous !== 'articles' && !inputs[previous]!.has(a.article_id)) continue; // failed earlier
    const need: StageSet = [];
    for (const s of stages) {
      const done = prior[s]!.get(a.article_id);
      if (need.length || !done || done.rules_hash !== hashes[s]) need.push(s);
      else (kept[s] as Map<string, unknown>).set(a.article_id, done);
    }
    if (need.length) jobs.push({ article: a, need });
    else ctx.skipped.add(a.article_id);
  }
  const upstream = (id: string) => ({
    split: (kept.split?.get(id) ?? inputs.split?.get(id))?.data,
    actors: (kept.actors?.get(id) ?? inputs.actors?.get(id))?.data,
  });
  // the knowledge is loaded only when some article needs a stage
  const analyzer = () => (ctx.analyzer ??= new Analyzer(ctx.options));
  const results: WorkResult[] = ctx.options.workers && ctx.options.workers > 1 && jobs.length > 1
    ? await runInWorkers(jobs.map((j) => ({ ...j, ...upstream(j.article.article_id) })), ctx.options, (item) => analyzeOne(analyzer(), item.article, item.need, item))
    : jobs.map((j) => analyzeOne(analyzer(), j.article, j.need, upstream(j.article.article_id)));
  results.forEach((r, i) => {
    const { article, need } = jobs[i]!;
    if (!r.ok) {
      const m = message(article.source, article.record, 'E_STAGE', r.error);
      ctx.log(`geostance: ${formatMessage(m)}`);
      ctx.rejects.push(m);
      return;
    }
    for (const s of need) {
      const encoded = r.encoded?.[s];
      const line = encoded === undefined ? undefined : stateLine(article.article_id, hashes[s], encoded);
      (kept[s] as Map<string, unknown>).set(article.article_id, { article_id: article.article_id, rules_hash: hashes[s], data: r.data[s], line });
    }
    ctx.processed.add(article.article_id);
  });
  const order = new Map(articles.map((a, i) => [a.article_id, i]));
  for (const s of stages) {
    const map = kept[s] as Map<string, StageRecord<unknown>>;
    const sorted = new Map([...map].sort((x, y) => order.get(x[0])! - order.get(y[0])!));
    (ctx.stages as Record<string, unknown>)[s] = sorted;
    // the state file already holds exactly these records, in this order: leave it alone
    const before = [...prior[s]!.values()] as unknown[];
    const records = [...sorted.values()];
    if (records.length === before.length && records.every((r, i) => r === before[i])) continue;
    ctx.store.writeStage(s, records as StageRecord<StageData[typeof s]>[]);
  }
  ctx.log(`${stages.join(' + ')}: ${results.filter((r) => r.ok).length} article(s) processed, ${articles.length - jobs.length} unchanged`);
}

/** Every table from what the stages left, written together so no reader sees half a run. */
function exportStep(ctx: RunContext): void {
  if (!ctx.stages.stance && !ctx.store.has('stance')) throw new MissingStageError(`export: nothing to export in ${ctx.store.out} — run "npm run stance" first`);
  const articles = ctx.articles ?? ctx.store.readArticles();
  const split = stageMap(ctx, 'split');
  const actors = stageMap(ctx, 'actors');
  const stance = stageMap(ctx, 'stance');
  const complete = articles.filter((a) => split.has(a.article_id) && actors.has(a.article_id) && stance.has(a.article_id));
  // the tables are a function of the articles and the rules their results were made with: skip rewriting identical
  // ones (decided before any stored result is decoded)
  const fingerprint = sha256(JSON.stringify(complete.map((a) => [a, split.get(a.article_id)!.rules_hash, actors.get(a.article_id)!.rules_hash, stance.get(a.article_id)!.rules_hash])) + VERSION);
  const analysisTables = ['articles', 'sentences', 'mentions', 'relations', 'actors', 'candidates'];
  if (ctx.store.readExportFingerprint() === fingerprint && analysisTables.every((t) => existsSync(path.join(ctx.store.out, `${t}.arrow`)) && existsSync(path.join(ctx.store.out, `${t}.csv`)))) {
    ctx.log(`export: ${complete.length} articles, tables unchanged`);
    return;
  }
  // article by article in table order, a batch at a time: no whole table is ever held, and what was
  // exported is let go (a re-run over a large store decodes one batch of stored results at a time)
  const order = sortArticles(complete.map((article) => ({ article }))).map((x) => x.article);
  const take = <T>(map: Map<string, StageRecord<T>>, id: string): T => {
    const data = map.get(id)!.data;
    map.delete(id);
    return data;
  };
  const files = new TableFiles(ctx.store.out);
  const run = new RunTables();
  const counts = { articles: 0, sentences: 0, mentions: 0, relations: 0 };
  try {
    for (let i = 0; i < order.length; i += EXPORT_BATCH) {
      const batch: Pick<Rows, 'articles' | 'sentences' | 'mentions' | 'relations'> = { articles: [], sentences: [], mentions: [], relations: [] };
      for (const article of order.slice(i, i + EXPORT_BATCH)) {
        const id = article.article_id;
        const rows = run.add({ article, units: take(split, id), actors: take(actors, id), stance: take(stance, id) });
        for (const name of ['articles', 'sentences', 'mentions', 'relations'] as const) for (const row of rows[name]) (batch[name] as unknown[]).push(row);
      }
      for (const name of ['articles', 'sentences', 'mentions', 'relations'] as const) {
        files.write(name, batch[name]);
        counts[name] += batch[name].length;
      }
    }
    files.write('actors', run.actorRows());
    files.write('candidates', run.candidateRows());
    files.commit();
  } catch (e) {
    files.abort();
    throw e;
  }
  ctx.store.writeExportFingerprint(fingerprint);
  ctx.log(`export: ${counts.articles} articles, ${counts.sentences} sentences, ${counts.mentions} mentions, ${counts.relations} relations → ${ctx.store.out}`);
}

/** Articles per record batch of the exported tables (a batch's rows are the only ones held at a time). */
const EXPORT_BATCH = 1000;

/** Validates rows against their schema and writes `<table>.arrow` and `<table>.csv` of each table atomically. */
export function writeTables(out: string, tables: Partial<Rows>): void {
  const files = new TableFiles(out);
  try {
    for (const [name, rows] of Object.entries(tables) as [TableName, Record<string, unknown>[]][]) files.write(name, rows);
    files.commit();
  } catch (e) {
    files.abort();
    throw e;
  }
}

/** Appends the run to `runs`; the rejects table holds the latest run that read the inputs. */
function recordRun(store: StateStore, run: RunRow, rejects: RejectRow[], readInputs: boolean): void {
  const runs = [...store.readRuns(), run];
  store.writeRuns(runs);
  const currentRejects = readInputs ? rejects : [...store.readRejects().filter((r) => r.code !== 'E_STAGE'), ...rejects];
  store.writeRejects(currentRejects);
  writeTables(store.out, { runs, rejects: currentRejects });
}
