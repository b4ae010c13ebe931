import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fromCsv, fromJson, fromJsonl, fromTxt, ingest } from '../../src/ingest/read-inputs.ts';
import { cleanText, normalizePublished } from '../../src/ingest/normalize.ts';
import { cleanTmp, tmp } from '../helpers/tmp.ts';

afterAll(cleanTmp);

describe('ingest', () => {
  it('reads a .txt file: first non-empty line is the headline', () => {
    const { articles, rejects } = fromTxt('\n\nRebels seize town\n\nThe rebels took the town.\n', 'a.txt');
    expect(rejects).toEqual([]);
    expect(articles[0]).toMatchObject({ title: 'Rebels seize town', text: 'Rebels seize town\n\nThe rebels took the town.', body_start: 19, source: 'a.txt', record: null });
  });

  it('gives the same id whatever the line ends, BOM or spacing', () => {
    const a = fromTxt('Talks end\n\nThe talks  ended.\n', 'a.txt').articles[0]!;
    const b = fromTxt('\uFEFFTalks end\r\n\r\nThe talks ended.\r\n', 'b.txt').articles[0]!;
    const c = fromJson('{"title":"Talks end","text":"The talks ended."}', 'c.json').articles[0]!;
    expect(a.article_id).toMatch(/^[0-9a-f]{16}$/);
    expect(b.article_id).toBe(a.article_id);
    expect(c.article_id).toBe(a.article_id);
    expect(fromTxt('Talks end\n\nThe talks ended!', 'd.txt').articles[0]!.article_id).not.toBe(a.article_id);
  });

  it('reads a JSON record or array, with ids or positions', () => {
    const one = fromJson('{"id": 7, "title": "T", "text": "Body.", "published": "2016-07-01", "url": "https://x", "outlet": "AFP"}', 'one.json');
    expect(one.articles[0]).toMatchObject({ record: '7', published: '2016-07-01', url: 'https://x', outlet: 'AFP' });
    const many = fromJson('[{"title":"A","text":"One."},{"text":"Two."}]', 'many.json');
    expect(many.articles.map((a) => [a.record, a.title])).toEqual([['1', 'A'], ['2', null]]);
    expect(many.articles[1]!.text).toBe('Two.');
  });

  it('reads JSONL and reports each bad line by number', () => {
    const r = fromJsonl('{"title":"A","text":"One."}\n\n{oops\n{"title":"C"}\n', 'x.jsonl');
    expect(r.articles.map((a) => a.record)).toEqual(['1']);
    expect(r.rejects.map((m) => [m.record, m.code])).toEqual([['3', 'E_JSON'], ['4', 'E_SCHEMA']]);
  });

  it('reads CSV with quoted commas, quotes and newlines', () => {
    const csv = 'id,title,text,published\r\nk1,"Peace, at last","He said ""yes"".\nThen left.",2020-01-02\r\n';
    const r = fromCsv(csv, 'x.csv');
    expect(r.rejects).toEqual([]);
    expect(r.articles[0]).toMatchObject({ record: 'k1', title: 'Peace, at last', published: '2020-01-02' });
    expect(r.articles[0]!.text).toContain('He said "yes".\nThen left.');
  });

  it('normalises dates it can read and keeps others', () => {
    expect(normalizePublished('2016-09-08')).toBe('2016-09-08');
    expect(normalizePublished('Thu, 08 Sep 2016 10:00:00 GMT')).toBe('2016-09-08T10:00:00.000Z');
    expect(normalizePublished('last week')).toBe('last week');
    expect(cleanText('\uFEFFa\r\nb\rc')).toBe('a\nb\nc');
  });

  it('walks folders, keeps the first of duplicate articles and names files relative to the folder', () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'a.txt'), 'Head\n\nSame body.');
    writeFileSync(path.join(dir, 'b.json'), '{"title":"Head","text":"Same body."}');
    writeFileSync(path.join(dir, 'notes.md'), '# not an input');
    const r = ingest([dir]);
    expect(r.articles.map((a) => a.source)).toEqual(['a.txt']);
    expect(r.rejects.map((m) => [m.source, m.code])).toEqual([['b.json', 'E_DUPLICATE']]);
  });
});
