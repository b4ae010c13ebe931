import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import * as z from 'zod';
import type { StoredActors, StanceAnalysis } from '../analyze.ts';
import type { SentenceUnit } from '../actors/resolve.ts';
import { writeFilesAtomically, writeLinesAtomically } from '../export/write-atomic.ts';
import { STAGE_CODECS } from './codecs.ts';
import { ArticleDoc } from '../schemas/input.ts';
import type { RejectRow, RunRow } from '../schemas/tables.ts';

/**
 * What each stage leaves in `<out>/.geostance/` for the next one: one JSON
 * line per article, tagged with the hash of the rules it was made with, so a
 * re-run skips what is already done and redoes what the rules changed.
 */
export const STATE_DIR = '.geostance';

export interface StageRecord<T> {
  article_id: string;
  rules_hash: string;
  data: T;
  /**
   * The record's line in its state file, when already known (read from the file, or
   * encoded by a worker thread): a re-run writes it back as is instead of encoding
   * the same data again.
   */
  line?: string;
}

/** One state-file line from a record's parts, `data` being the JSON of the stage's packed result. */
export function stateLine(article_id: string, rules_hash: string, data: string): string {
  return `{"article_id":${JSON.stringify(article_id)},"rules_hash":${JSON.stringify(rules_hash)},"data":${data}}`;
}

/** A stage result as its state file holds it (packed), in JSON. */
export function encodeStage<K extends StageName>(stage: K, data: StageData[K]): string {
  return JSON.stringify((STAGE_CODECS[stage].encode as (d: StageData[K]) => unknown)(data));
}

export function decodeStage<K extends StageName>(stage: K, json: string): StageData[K] {
  return (STAGE_CODECS[stage].decode as (stored: unknown) => StageData[K])(JSON.parse(json));
}

export interface StageData {
  split: SentenceUnit[];
  actors: StoredActors;
  stance: StanceAnalysis;
}
export type StageName = keyof StageData;

const StageHead = z.object({ article_id: z.string(), rules_hash: z.string() });

/** A record read from a state file, its data decoded on first use. */
class StoredRecord<T> implements StageRecord<T> {
  private decoded: T | undefined;
  constructor(
    readonly article_id: string,
    readonly rules_hash: string,
    readonly line: string,
    private readonly decode: () => T,
  ) {}
  get data(): T {
    return (this.decoded ??= this.decode());
  }
}

/** What stands before a state line's data: lines are written as {"article_id":…,"rules_hash":…,"data":…} (`stateLine`). */
const DATA_KEY = ',"data":';

/** The JSON of a state line's data (`at`: where DATA_KEY stands, if already known). */
function dataJson(line: string, at = line.indexOf(DATA_KEY)): string {
  return line.slice(at + DATA_KEY.length, -1);
}

/** A record known by its state-file line only, its data decoded from the line when asked for (and not kept). */
export function lineOnlyRecord<K extends StageName>(stage: K, article_id: string, rules_hash: string, line: string): StageRecord<StageData[K]> {
  return {
    article_id, rules_hash, line,
    get data() {
      return decodeStage(stage, dataJson(line));
    },
  };
}

/**
 * The layout of the stage files (`<stage>.v2.jsonl`). A new layout gets a new name,
 * so state left by an older geostance is never misread: it is ignored, its stages
 * are recomputed, and the first write removes it.
 */
const STAGE_FORMAT = 'v2';
const STAGES = new Set<string>(['split', 'actors', 'stance'] satisfies StageName[]);

export class StateStore {
  constructor(readonly out: string) {}

  private file(name: string): string {
    return path.join(this.out, STATE_DIR, STAGES.has(name) ? `${name}.${STAGE_FORMAT}.jsonl` : `${name}.jsonl`);
  }

  has(name: string): boolean {
    return existsSync(this.file(name));
  }

  /** each file's lines as last read or written by this store, so a write of the same lines can be skipped */
  private readonly known = new Map<string, string[]>();

  private readRaw(name: string): string[] {
    const f = this.file(name);
    if (!existsSync(f)) return [];
    const lines = readFileSync(f, 'utf8').split('\n').filter(Boolean);
    this.known.set(name, lines);
    return lines;
  }

  private readLines(name: string): unknown[] {
    return this.readRaw(name).map((line, i) => this.parseLine(name, line, i));
  }

  private parseLine(name: string, line: string, i: number): unknown {
    try {
      return JSON.parse(line) as unknown;
    } catch {
      throw new Error(`${this.file(name)}: line ${i + 1} is not JSON; delete ${path.join(this.out, STATE_DIR)} to start afresh`);
    }
  }

  private writeLines(name: string, lines: string[]): void {
    // a file that already says this stays untouched
    const known = this.known.get(name);
    if (known && known.length === lines.length && known.every((l, i) => l === lines[i]) && existsSync(this.file(name))) return;
    writeLinesAtomically(this.file(name), lines);
    this.known.set(name, lines);
  }

  private writeValues(name: string, values: unknown[]): void {
    this.writeLines(name, values.map((v) => JSON.stringify(v)));
  }

  /** The ids of the stored articles, without checking the records (a run only needs to know what is new). */
  readArticleIds(): Set<string> {
    return new Set(this.readLines('articles').map((v) => (v as { article_id: string }).article_id));
  }

  readArticles(): ArticleDoc[] {
    return this.readLines('articles').map((v) => ArticleDoc.parse(v));
  }

  writeArticles(articles: ArticleDoc[]): void {
    this.writeValues('articles', articles);
  }

  /**
   * A stage's records by article id. Each line's data is decoded only when asked
   * for: a run with nothing new reads the ids and hashes and decodes nothing.
   */
  readStage<K extends StageName>(stage: K): Map<string, StageRecord<StageData[K]>> {
    const map = new Map<string, StageRecord<StageData[K]>>();
    this.readRaw(stage).forEach((line, i) => {
      // the head ({"article_id":…,"rules_hash":…) parses alone
      const at = line.indexOf(DATA_KEY);
      const head = StageHead.safeParse(this.parseLine(stage, at > 0 ? `${line.slice(0, at)}}` : line, i));
      if (!head.success || at < 0) throw new Error(`${this.file(stage)}: line ${i + 1} is not a stage record; delete ${path.join(this.out, STATE_DIR)} to start afresh`);
      const decode = () => {
        try {
          return decodeStage(stage, dataJson(line, at));
        } catch (e) {
          throw new Error(`${this.file(stage)}: line ${i + 1}: ${(e as Error).message}; delete ${path.join(this.out, STATE_DIR)} to start afresh`);
        }
      };
      map.set(head.data.article_id, new StoredRecord(head.data.article_id, head.data.rules_hash, line, decode));
    });
    return map;
  }

  writeStage<K extends StageName>(stage: K, records: StageRecord<StageData[K]>[]): void {
    this.writeLines(stage, records.map((r) => r.line ?? stateLine(r.article_id, r.rules_hash, encodeStage(stage, r.data))));
    rmSync(path.join(this.out, STATE_DIR, `${stage}.jsonl`), { force: true }); // the unpacked layout of 0.1
  }

  readRuns(): RunRow[] {
    return this.readLines('runs') as RunRow[];
  }

  writeRuns(runs: RunRow[]): void {
    this.writeValues('runs', runs);
  }

  /** What the tables in `out` were last written from. */
  readExportFingerprint(): string | null {
    const f = path.join(this.out, STATE_DIR, 'export.json');
    if (!existsSync(f)) return null;
    try {
      return (JSON.parse(readFileSync(f, 'utf8')) as { fingerprint?: string }).fingerprint ?? null;
    } catch {
      return null;
    }
  }

  writeExportFingerprint(fingerprint: string): void {
    writeFilesAtomically([{ path: path.join(this.out, STATE_DIR, 'export.json'), data: `${JSON.stringify({ fingerprint })}\n` }]);
  }

  readRejects(): RejectRow[] {
    return this.readLines('rejects') as RejectRow[];
  }

  writeRejects(rejects: RejectRow[]): void {
    this.writeValues('rejects', rejects);
  }
}
