import * as A from 'apache-arrow';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pl from 'nodejs-polars';
import { afterAll, describe, expect, it } from 'vitest';
import { TableFiles } from '../../src/export/table-files.ts';
import type { SentenceRow } from '../../src/schemas/tables.ts';
import { cleanTmp, tmp } from '../helpers/tmp.ts';

afterAll(cleanTmp);

const sentence = (i: number): SentenceRow => ({
  article_id: `a${i}`, sentence_index: i, char_start: 0, char_end: 3, text: `s “${i}”`, speaker: i % 2 ? 'x' : null,
  actors: i % 3 ? ['USA'] : [], stance: 'neutral', confidence: 0.5, cues: [], sentiment: i,
});

describe('TableFiles', () => {
  it('writes a table batch by batch into one Arrow file and one CSV that read back whole', () => {
    const out = tmp('table-files');
    const files = new TableFiles(out);
    files.write('sentences', [0, 1, 2].map(sentence));
    files.write('sentences', [3, 4].map(sentence));
    files.commit();
    const table = A.tableFromIPC(readFileSync(path.join(out, 'sentences.arrow')));
    expect(table.batches.length).toBe(2);
    expect(table.getChild('sentence_index')!.toArray()).toEqual(Int32Array.from([0, 1, 2, 3, 4]));
    const polars = pl.readIPC(readFileSync(path.join(out, 'sentences.arrow')));
    expect(polars.height).toBe(5);
    expect(polars.getColumn('speaker').nullCount()).toBe(3);
    const csv = readFileSync(path.join(out, 'sentences.csv'), 'utf8').trimEnd().split('\n');
    expect(csv.length).toBe(6);
    expect(csv[4]).toContain('a3');
  });

  it('gives an empty table its schema and header', () => {
    const out = tmp('table-files-empty');
    const files = new TableFiles(out);
    files.write('relations', []);
    files.commit();
    expect(A.tableFromIPC(readFileSync(path.join(out, 'relations.arrow'))).numRows).toBe(0);
    expect(readFileSync(path.join(out, 'relations.csv'), 'utf8')).toMatch(/^article_id,/);
  });

  it('keeps the old files and leaves no temporaries when a row does not fit or the run gives up', () => {
    const out = tmp('table-files-abort');
    writeFileSync(path.join(out, 'sentences.csv'), 'old\n');
    const files = new TableFiles(out);
    files.write('sentences', [sentence(1)]);
    expect(() => files.write('sentences', [{ ...sentence(2), sentence_index: 'two' } as unknown as SentenceRow])).toThrow(/sentences row does not fit/);
    files.abort();
    expect(readFileSync(path.join(out, 'sentences.csv'), 'utf8')).toBe('old\n');
    expect(existsSync(path.join(out, 'sentences.arrow'))).toBe(false);
    expect(readdirSync(out).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });
});
