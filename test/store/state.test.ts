import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Analyzer, storeActors } from '../../src/analyze.ts';
import { runCommand } from '../../src/cli/run.ts';
import { ingest } from '../../src/ingest/read-inputs.ts';
import { pack, unpack } from '../../src/store/packed.ts';
import { StateStore, type StageData, type StageRecord } from '../../src/store/state.ts';
import { cleanTmp, quiet, tmp } from '../helpers/tmp.ts';

afterAll(cleanTmp);

describe('pack', () => {
  it('keeps each record, in order, whatever the column order read back', () => {
    const rows = [{ a: 1, b: 'x', c: null }, { a: 2, b: 'y', c: [1, 2] }];
    const packed = pack(rows, ['a', 'b', 'c']);
    expect(packed).toEqual({ keys: ['a', 'b', 'c'], rows: [[1, 'x', null], [2, 'y', [1, 2]]] });
    expect(unpack(packed, ['c', 'a', 'b'])).toEqual(rows);
    expect(() => unpack(packed, ['a', 'd' as 'a'])).toThrow(/no "d" column/);
  });
});

describe('StateStore', () => {
  const analyzer = new Analyzer();
  const articles = ingest(['test/fixtures/articles']).articles.slice(0, 3);
  const records = articles.map((article) => {
    const r = analyzer.analyze(article);
    return { article, units: r.units, actors: storeActors(r.actors), stance: r.stance };
  });
  const stage = <K extends keyof StageData>(_stage: K, data: (r: (typeof records)[number]) => StageData[K]): StageRecord<StageData[K]>[] =>
    records.map((r) => ({ article_id: r.article.article_id, rules_hash: 'h', data: data(r) }));

  it('reads back exactly what each stage wrote', () => {
    const store = new StateStore(tmp());
    store.writeStage('split', stage('split', (r) => r.units));
    store.writeStage('actors', stage('actors', (r) => r.actors));
    store.writeStage('stance', stage('stance', (r) => r.stance));
    const read = <K extends keyof StageData>(k: K) => [...store.readStage(k).values()].map((r) => ({ article_id: r.article_id, rules_hash: r.rules_hash, data: r.data }));
    expect(read('split')).toEqual(stage('split', (r) => r.units));
    expect(read('actors')).toEqual(stage('actors', (r) => r.actors));
    expect(read('stance')).toEqual(stage('stance', (r) => r.stance));
    expect(records.some((r) => r.actors.sentences.some((s) => s.mentions.length > 1))).toBe(true);
  });

  it('writes a record read back unchanged as the very same line', () => {
    const out = tmp();
    const store = new StateStore(out);
    store.writeStage('stance', stage('stance', (r) => r.stance));
    const file = path.join(out, '.geostance', 'stance.v2.jsonl');
    const before = readFileSync(file, 'utf8');
    const records = [...store.readStage('stance').values()];
    expect(records.every((r) => r.line && before.includes(r.line))).toBe(true);
    store.writeStage('stance', records);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('names a state file it cannot read, and how to start afresh', () => {
    const out = tmp();
    const store = new StateStore(out);
    store.writeStage('actors', stage('actors', (r) => r.actors));
    const file = path.join(out, '.geostance', 'actors.v2.jsonl');
    writeFileSync(file, `${JSON.stringify({ article_id: 'a', rules_hash: 'h', data: { sentences: 1 } })}\n{"article_id":"b"}\n`);
    // a line's data is read when first used
    expect(() => store.readStage('actors')).toThrow(/actors\.v2\.jsonl: line 2 is not a stage record.*delete .*\.geostance/);
    writeFileSync(file, `${JSON.stringify({ article_id: 'a', rules_hash: 'h', data: { sentences: 1 } })}\n`);
    const record = store.readStage('actors').get('a')!;
    expect(record.rules_hash).toBe('h');
    expect(() => record.data).toThrow(/actors\.v2\.jsonl: line 1: .*delete .*\.geostance/);
  });

  it('ignores state left in the layout of geostance 0.1, recomputes it and removes it', async () => {
    const out = tmp();
    await runCommand('ingest', { inputs: ['data/articles'], out, log: quiet });
    const legacy = path.join(out, '.geostance', 'split.jsonl');
    writeFileSync(legacy, `${JSON.stringify({ article_id: 'x', rules_hash: 'old', data: [{ index: 1, start: 0, end: 3 }] })}\n`);
    await runCommand('split', { inputs: ['data/articles'], out, log: quiet });
    expect(existsSync(legacy)).toBe(false);
    expect(readFileSync(path.join(out, '.geostance', 'split.v2.jsonl'), 'utf8')).toContain('"keys":["index","start","end"]');
  });
});
