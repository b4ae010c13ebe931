import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as z from 'zod';
import type { StoredActors, StanceAnalysis } from '../analyze.ts';
import type { SentenceUnit } from '../actors/resolve.ts';
import { writeFilesAtomically } from '../export/write-atomic.ts';
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

export class StateStore {
  constructor(readonly out: string) {}

  private file(name: string): string {
    return path.join(this.out, STATE_DIR, `${name}.jsonl`);
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
    for (const v of this.readLines(stage)) {
      const r = StageLine.parse(v);
      map.set(r.article_id, r as StageRecord<StageData[K]>);
    }
    return map;
  }

  writeStage<K extends StageName>(stage: K, records: StageRecord<StageData[K]>[]): void {
    this.writeLines(stage, records);
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
