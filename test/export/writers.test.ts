import * as A from 'apache-arrow';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { toArrowIPC } from '../../src/export/to-arrow.ts';
import { toCSV } from '../../src/export/to-csv.ts';
import { writeFilesAtomically } from '../../src/export/write-atomic.ts';
import { RunRow, SentenceRow } from '../../src/schemas/tables.ts';
import { cleanTmp, tmp } from '../helpers/tmp.ts';

afterAll(cleanTmp);

const row = (over: Partial<SentenceRow> = {}): SentenceRow => ({
  article_id: 'a', sentence_index: 1, char_start: 0, char_end: 5, text: 'He said, "no"\n— “fine”', speaker: null,
  actors: ['USA', 'RUS'], stance: 'neutral', confidence: 0.5, cues: [], sentiment: -2, ...over,
});

describe('toArrowIPC', () => {
  it('writes the declared types, nulls and lists', () => {
    const table = A.tableFromIPC(toArrowIPC(SentenceRow, [row(), row({ speaker: 'john-kerry', cues: ['declined to comment'] })]));
    const types = Object.fromEntries(table.schema.fields.map((f) => [f.name, String(f.type)]));
    expect(types).toMatchObject({ sentence_index: 'Int32', confidence: 'Float64', actors: 'List<Utf8>', speaker: 'Utf8' });
    expect(table.schema.fields.find((f) => f.name === 'speaker')!.nullable).toBe(true);
    expect(table.schema.fields.find((f) => f.name === 'text')!.nullable).toBe(false);
    const rows = table.toArray().map((r) => r.toJSON());
    expect(rows[0]!.speaker).toBeNull();
    expect([...rows[1]!.cues]).toEqual(['declined to comment']);
    expect(rows[0]!.text).toBe(row().text);
  });

  it('writes timestamps and an empty table', () => {
    const run = { run_id: 'r', command: 'pipeline', started_at: '2026-01-02T03:04:05.000Z', finished_at: null, status: 'failed', articles_new: 0, articles_skipped: 0, articles_failed: 0, version: '0', rules_hash: 'x' };
    const t = A.tableFromIPC(toArrowIPC(RunRow, [run]));
    expect(String(t.schema.fields.find((f) => f.name === 'started_at')!.type)).toMatch(/Timestamp/);
    expect(t.get(0)!.toJSON().started_at).toBe(Date.parse(run.started_at));
    expect(A.tableFromIPC(toArrowIPC(RunRow, [])).numRows).toBe(0);
  });
});

describe('toCSV', () => {
  it('writes RFC 4180 with a header, lists joined by ;', () => {
    const csv = toCSV(SentenceRow, [row()]);
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.meta.fields).toEqual(Object.keys(SentenceRow.shape));
    expect(parsed.data[0]).toMatchObject({ actors: 'USA;RUS', speaker: '', text: row().text, cues: '' });
    expect(csv.endsWith('\n')).toBe(true);
  });

  it('quotes exactly the fields a reader could misread, and they read back unchanged', () => {
    const texts = ['plain words', 'a, comma', 'say "no"', 'line\r\nbreak', ' leading space', 'trailing space ', '""', '', 'semi;colon', 'Ünïcode “quotes” — ok'];
    const rows = texts.map((text, i) => row({ text, sentence_index: i, confidence: i / 3, cues: i % 2 ? ['a, b', 'c'] : [] }));
    const csv = toCSV(SentenceRow, rows);
    const lines = csv.split('\n');
    expect(lines[1]).toContain(',plain words,');
    expect(lines[2]).toContain(',"a, comma",');
    expect(lines[3]).toContain(',"say ""no""",');
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((r) => r.text)).toEqual(texts);
    expect(parsed.data.map((r) => Number(r.confidence))).toEqual(texts.map((_, i) => i / 3));
    expect(parsed.data[1]!.cues).toBe('a, b;c');
  });
});

describe('writeFilesAtomically', () => {
  it('leaves the old files and no temporaries when a write fails', () => {
    const dir = tmp();
    const good = path.join(dir, 'a.csv');
    writeFileSync(good, 'old');
    writeFileSync(path.join(dir, 'blocker'), 'a file, so nothing can be written under it');
    expect(() => writeFilesAtomically([{ path: good, data: 'new' }, { path: path.join(dir, 'blocker', 'b.csv'), data: 'x' }])).toThrow();
    expect(readFileSync(good, 'utf8')).toBe('old');
    expect(readdirSync(dir).sort()).toEqual(['a.csv', 'blocker']);
    mkdirSync(path.join(dir, 'sub'));
    writeFilesAtomically([{ path: good, data: 'new' }, { path: path.join(dir, 'sub', 'b.csv'), data: 'b' }]);
    expect(readFileSync(good, 'utf8')).toBe('new');
  });
});
