import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import * as z from 'zod';
import type { StoredActors, StanceAnalysis } from '../analyze.ts';
import type { SentenceUnit } from '../actors/resolve.ts';
import { writeFilesAtomically } from '../export/write-atomic.ts';
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
}

export interface StageData {
  split: SentenceUnit[];
  actors: StoredActors;
  stance: StanceAnalysis;
}
export type StageName = keyof StageData;

const StageLine = z.object({ article_id: z.string(), rules_hash: z.string(), data: z.unknown() });

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

  private readLines(name: string): unknown[] {
    const f = this.file(name);
    if (!existsSync(f)) return [];
    return readFileSync(f, 'utf8').split('\n').filter(Boolean).map((line, i) => {
      try {
        return JSON.parse(line) as unknown;
      } catch {
        throw new Error(`${f}: line ${i + 1} is not JSON; delete ${path.join(this.out, STATE_DIR)} to start afresh`);
      }
    });
  }

  private writeLines(name: string, values: unknown[]): void {
    writeFilesAtomically([{ path: this.file(name), data: values.map((v) => JSON.stringify(v)).join('\n') + (values.length ? '\n' : '') }]);
  }

  readArticles(): ArticleDoc[] {
    return this.readLines('articles').map((v) => ArticleDoc.parse(v));
  }

  writeArticles(articles: ArticleDoc[]): void {
    this.writeLines('articles', articles);
  }

  readStage<K extends StageName>(stage: K): Map<string, StageRecord<StageData[K]>> {
    const map = new Map<string, StageRecord<StageData[K]>>();
    const decode = STAGE_CODECS[stage].decode as (stored: unknown) => StageData[K];
    this.readLines(stage).forEach((v, i) => {
      const r = StageLine.parse(v);
      let data: StageData[K];
      try {
        data = decode(r.data);
      } catch (e) {
        throw new Error(`${this.file(stage)}: line ${i + 1}: ${(e as Error).message}; delete ${path.join(this.out, STATE_DIR)} to start afresh`);
      }
      map.set(r.article_id, { article_id: r.article_id, rules_hash: r.rules_hash, data });
    });
    return map;
  }

  writeStage<K extends StageName>(stage: K, records: StageRecord<StageData[K]>[]): void {
    const encode = STAGE_CODECS[stage].encode as (data: StageData[K]) => unknown;
    this.writeLines(stage, records.map((r) => ({ article_id: r.article_id, rules_hash: r.rules_hash, data: encode(r.data) })));
    rmSync(path.join(this.out, STATE_DIR, `${stage}.jsonl`), { force: true }); // the unpacked layout of 0.1
  }

  readRuns(): RunRow[] {
    return this.readLines('runs') as RunRow[];
  }

  writeRuns(runs: RunRow[]): void {
    this.writeLines('runs', runs);
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
    this.writeLines('rejects', rejects);
  }
}
