import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Analyzer, rulesHashes, type AnalyzerOptions, type RulesHashes } from '../analyze.ts';
import { sha256 } from '../core/hash.ts';
import { formatMessage, message, type InputMessage } from '../core/messages.ts';
import { RunTables, sortArticles, type ArticleResult } from '../export/build-tables.ts';
import { TableFiles } from '../export/table-files.ts';
import { ingest } from '../ingest/read-inputs.ts';
import type { ArticleDoc } from '../schemas/input.ts';
import { Command, type RejectRow, type Rows, type RunRow, type TableName } from '../schemas/tables.ts';
import { lockFolder } from '../store/lock.ts';
import { encodeStage, lineOnlyRecord, STATE_DIR, StateStore, stateLine, type StageData, type StageName, type StageRecord } from '../store/state.ts';
import { VERSION } from '../version.ts';
import { analyzeOne } from './analyze-one.ts';
import { AnalysisPool, runInWorkers, type StageSet, type WorkItem, type WorkResult } from './workers.ts';

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
    if (command === 'pipeline') await pipelineSteps(ctx);
    else if (command === 'ingest') ingestStep(ctx);
    else if (command === 'export') await exportStep(ctx);
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

type Job = { article: ArticleDoc; need: StageSet };

/** What an analysis step works from and fills in: the jobs, and the records each stage keeps. */
interface AnalysisPlan {
  stages: StageName[];
  hashes: RulesHashes;
  articles: ArticleDoc[];
  prior: StageMaps;
  kept: StageMaps;
  jobs: Job[];
  /** an article's earlier stages' results, for a job that starts later */
  upstream: (id: string) => { split?: StageData['split']; actors?: StageData['actors'] };
  ok: number;
}

/** What each article still needs: a stage is redone when its rules changed or the stage before it was redone. */
function planAnalysis(ctx: RunContext, stages: StageName[]): AnalysisPlan {
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
  const jobs: Job[] = [];
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
  return { stages, hashes, articles, prior, kept, jobs, upstream, ok: 0 };
}

/** Keeps a job's results for the state files and the tables, or records why it failed. */
function collect(ctx: RunContext, plan: AnalysisPlan, { article, need }: Job, r: WorkResult): void {
  if (!r.ok) {
    const m = message(article.source, article.record, 'E_STAGE', r.error);
    ctx.log(`geostance: ${formatMessage(m)}`);
    ctx.rejects.push(m);
    return;
  }
  for (const s of need) {
    const encoded = r.encoded?.[s];
    const line = encoded === undefined ? undefined : stateLine(article.article_id, plan.hashes[s], encoded);
    (plan.kept[s] as Map<string, unknown>).set(article.article_id, { article_id: article.article_id, rules_hash: plan.hashes[s], data: r.data[s], line });
  }
  plan.ok++;
  ctx.processed.add(article.article_id);
}

/** Writes the state files that changed and hands the records on to the steps after. */
function finishAnalysis(ctx: RunContext, plan: AnalysisPlan): void {
  const order = new Map(plan.articles.map((a, i) => [a.article_id, i]));
  for (const s of plan.stages) {
    const map = plan.kept[s] as Map<string, StageRecord<unknown>>;
    const sorted = new Map([...map].sort((x, y) => order.get(x[0])! - order.get(y[0])!));
    (ctx.stages as Record<string, unknown>)[s] = sorted;
    // the state file already holds exactly these records, in this order: leave it alone
    const before = [...plan.prior[s]!.values()] as unknown[];
    const records = [...sorted.values()];
    if (records.length === before.length && records.every((r, i) => r === before[i])) continue;
    ctx.store.writeStage(s, records as StageRecord<StageData[typeof s]>[]);
  }
  ctx.log(`${plan.stages.join(' + ')}: ${plan.ok} article(s) processed, ${plan.articles.length - plan.jobs.length} unchanged`);
}

/**
 * Runs the given stages (in order) over every article that lacks an
 * up-to-date result, one article at a time through all of them, so that
 * tokens and mentions never have to be stored and read back in between.
 */
async function analyzeSteps(ctx: RunContext, stages: StageName[]): Promise<void> {
  const plan = planAnalysis(ctx, stages);
  const items = workItems(plan, plan.jobs);
  const results = ctx.options.workers && ctx.options.workers > 1 && items.length > 1
    ? await runInWorkers(items, ctx.options, analyzerHere(ctx))
    : items.map(analyzerHere(ctx));
  results.forEach((r, i) => collect(ctx, plan, plan.jobs[i]!, r));
  finishAnalysis(ctx, plan);
}

/** Jobs with the results of their earlier stages, as the analysis takes them. */
function workItems(plan: AnalysisPlan, jobs: Job[]): WorkItem[] {
  return jobs.map((j) => ({ ...j, ...plan.upstream(j.article.article_id) }));
}

/** Analyses one item on this thread; the knowledge is loaded only when some article needs a stage. */
function analyzerHere(ctx: RunContext): (item: WorkItem) => WorkResult {
  return (item) => analyzeOne((ctx.analyzer ??= new Analyzer(ctx.options)), item.article, item.need, item);
}

/**
 * The whole pipeline, streamed: articles are analysed in table order a batch at a time, and each
 * batch's rows are written once it is analysed, so a run holds the results of one batch as objects
 * and the rest only as their state-file lines. With --workers, the worker threads analyse the next
 * batch while this thread writes the rows of the one before, then this thread joins in.
 */
async function pipelineSteps(ctx: RunContext): Promise<void> {
  // workers are started first, so that loading their knowledge overlaps with reading the inputs
  const threads = ctx.options.workers ?? 1;
  const pool = threads > 1 ? new AnalysisPool(threads, ctx.options) : undefined;
  try {
    ingestStep(ctx);
    await analyseAndExport(ctx, pool);
  } finally {
    await pool?.close();
  }
}

/** The pipeline after ingest: what is new is analysed (on `pool`, if given) batch by batch into the tables. */
async function analyseAndExport(ctx: RunContext, pool: AnalysisPool | undefined): Promise<void> {
  const plan = planAnalysis(ctx, STAGES);
  if (plan.jobs.length === 0) {
    finishAnalysis(ctx, plan);
    await exportStep(ctx);
    return;
  }
  const analyzeHere = analyzerHere(ctx);
  const jobs = new Map(plan.jobs.map((j) => [j.article.article_id, j]));
  const split = plan.kept.split!;
  const actors = plan.kept.actors!;
  const stance = plan.kept.stance!;
  const counts = await writeAnalysisTables(ctx.store.out, plan.articles, {
    analyse: (batch) => {
      const todo = batch.flatMap((article) => jobs.get(article.article_id) ?? []);
      const items = workItems(plan, todo);
      const started = pool?.start(items);
      return async () => {
        const results = started ? await started.finish(analyzeHere) : items.map(analyzeHere);
        results.forEach((r, i) => collect(ctx, plan, todo[i]!, r));
      };
    },
    resultOf: (article) => {
      const id = article.article_id;
      const [units, found, stances] = [split.get(id), actors.get(id), stance.get(id)];
      if (!units || !found || !stances) return undefined; // failed, now or earlier
      const result = { article, units: units.data, actors: found.data, stance: stances.data };
      // from here on the run keeps the article's results only as their state-file lines (a stored record that was
      // read stays the same record for the state file's comparison, so it is replaced in both maps)
      release(plan, 'split', id, units);
      release(plan, 'actors', id, found);
      release(plan, 'stance', id, stances);
      return result;
    },
    beforeCommit: () => finishAnalysis(ctx, plan),
  });
  ctx.store.writeExportFingerprint(tablesFingerprint(completeOf(plan.articles, split, actors, stance), split, actors, stance));
  logExport(ctx, counts);
}

/** Keeps an exported record as its state-file line only (decoded again if asked for its data). */
function release<K extends StageName>(plan: AnalysisPlan, stage: K, id: string, r: StageRecord<StageData[K]>): void {
  const lean = lineOnlyRecord(stage, r.article_id, r.rules_hash, r.line ?? stateLine(r.article_id, r.rules_hash, encodeStage(stage, r.data)));
  (plan.kept[stage] as Map<string, unknown>).set(id, lean);
  const prior = plan.prior[stage] as Map<string, unknown>;
  if (prior.get(id) === r) prior.set(id, lean);
}

type RecordMap = Map<string, StageRecord<unknown>>;

/** The articles every stage has a result for: those the tables have rows of. */
function completeOf(articles: ArticleDoc[], split: RecordMap, actors: RecordMap, stance: RecordMap): ArticleDoc[] {
  return articles.filter((a) => split.has(a.article_id) && actors.has(a.article_id) && stance.has(a.article_id));
}

/** What the tables are made from: the articles and the rules each stage's results were made with. */
function tablesFingerprint(complete: ArticleDoc[], split: RecordMap, actors: RecordMap, stance: RecordMap): string {
  return sha256(JSON.stringify(complete.map((a) => [a, split.get(a.article_id)!.rules_hash, actors.get(a.article_id)!.rules_hash, stance.get(a.article_id)!.rules_hash])) + VERSION);
}

/** Every table from what the stages left, written together so no reader sees half a run. */
async function exportStep(ctx: RunContext): Promise<void> {
  if (!ctx.stages.stance && !ctx.store.has('stance')) throw new MissingStageError(`export: nothing to export in ${ctx.store.out} — run "npm run stance" first`);
  const articles = ctx.articles ?? ctx.store.readArticles();
  const split = stageMap(ctx, 'split');
  const actors = stageMap(ctx, 'actors');
  const stance = stageMap(ctx, 'stance');
  const complete = completeOf(articles, split, actors, stance);
  // the tables are a function of the articles and the rules their results were made with: skip rewriting identical
  // ones (decided before any stored result is decoded)
  const fingerprint = tablesFingerprint(complete, split, actors, stance);
  const analysisTables = ['articles', 'sentences', 'mentions', 'relations', 'actors', 'candidates'];
  if (ctx.store.readExportFingerprint() === fingerprint && analysisTables.every((t) => existsSync(path.join(ctx.store.out, `${t}.arrow`)) && existsSync(path.join(ctx.store.out, `${t}.csv`)))) {
    ctx.log(`export: ${complete.length} articles, tables unchanged`);
    return;
  }
  // what was exported is let go: a re-run over a large store decodes one batch of stored results at a time
  const take = <T>(map: Map<string, StageRecord<T>>, id: string): T => {
    const data = map.get(id)!.data;
    map.delete(id);
    return data;
  };
  const counts = await writeAnalysisTables(ctx.store.out, complete, {
    resultOf: (article) => ({ article, units: take(split, article.article_id), actors: take(actors, article.article_id), stance: take(stance, article.article_id) }),
  });
  ctx.store.writeExportFingerprint(fingerprint);
  logExport(ctx, counts);
}

function logExport(ctx: RunContext, counts: Record<ArticleTables, number>): void {
  ctx.log(`export: ${counts.articles} articles, ${counts.sentences} sentences, ${counts.mentions} mentions, ${counts.relations} relations → ${ctx.store.out}`);
}

/**
 * Writes the analysis tables of `articles` in table order, a batch at a time, so no whole table is held:
 * `analyse` starts a batch's analysis and returns what completes it (the next batch is started before
 * this batch's rows are written, so work on other threads overlaps with them), `resultOf` gives an
 * article's results (none: it has no row), and `beforeCommit` runs once every row is written, before
 * the files are put in place. If anything fails, the tables from before stay.
 */
async function writeAnalysisTables(out: string, articles: ArticleDoc[], steps: {
  analyse?: (batch: ArticleDoc[]) => () => Promise<void>;
  resultOf: (article: ArticleDoc) => ArticleResult | undefined;
  beforeCommit?: () => void;
}): Promise<Record<ArticleTables, number>> {
  const tables = new TableExport(out);
  try {
    const order = sortArticles(articles.map((article) => ({ article }))).map((x) => x.article);
    const batches: ArticleDoc[][] = [];
    for (let i = 0; i < order.length; i += EXPORT_BATCH) batches.push(order.slice(i, i + EXPORT_BATCH));
    let complete = batches.length ? steps.analyse?.(batches[0]!) : undefined;
    for (let b = 0; b < batches.length; b++) {
      await complete?.();
      complete = b + 1 < batches.length ? steps.analyse?.(batches[b + 1]!) : undefined;
      for (const article of batches[b]!) {
        const result = steps.resultOf(article);
        if (result) tables.add(result);
      }
      tables.flush();
    }
    steps.beforeCommit?.();
    return tables.commit();
  } catch (e) {
    tables.abort();
    throw e;
  }
}

type ArticleTables = 'articles' | 'sentences' | 'mentions' | 'relations';

/** The analysis tables of a run, written a batch of articles at a time. */
class TableExport {
  private readonly files: TableFiles;
  private readonly run = new RunTables();
  private batch: Pick<Rows, ArticleTables> = { articles: [], sentences: [], mentions: [], relations: [] };
  private readonly counts: Record<ArticleTables, number> = { articles: 0, sentences: 0, mentions: 0, relations: 0 };

  constructor(out: string) {
    this.files = new TableFiles(out);
  }

  /** One article's results (in table order), held as rows until the next flush. */
  add(result: ArticleResult): void {
    const rows = this.run.add(result);
    for (const name of ARTICLE_TABLES) for (const row of rows[name]) (this.batch[name] as unknown[]).push(row);
  }

  /** Writes the rows added since the last flush as one record batch of each table. */
  flush(): void {
    for (const name of ARTICLE_TABLES) {
      this.files.write(name, this.batch[name]);
      this.counts[name] += this.batch[name].length;
    }
    this.batch = { articles: [], sentences: [], mentions: [], relations: [] };
  }

  /** Writes the actors and candidates tables and puts every file in place; the row counts of the others. */
  commit(): Record<ArticleTables, number> {
    this.flush();
    this.files.write('actors', this.run.actorRows());
    this.files.write('candidates', this.run.candidateRows());
    this.files.commit();
    return this.counts;
  }

  abort(): void {
    this.files.abort();
  }
}

const ARTICLE_TABLES: ArticleTables[] = ['articles', 'sentences', 'mentions', 'relations'];

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
