import { DuckDBInstance } from '@duckdb/node-api';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pl from 'nodejs-polars';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../src/cli/run.ts';
import { columnsOf } from '../../src/schemas/columns.ts';
import { TABLES, type TableName } from '../../src/schemas/tables.ts';
import { cleanTmp, quiet, tmp } from '../helpers/tmp.ts';

const ANALYSIS_TABLES: TableName[] = ['articles', 'sentences', 'mentions', 'relations', 'actors', 'candidates'];
const POLARS_TYPE = { utf8: 'String', int32: 'Int32', float64: 'Float64', bool: 'Bool', list_utf8: 'List(DataType(String))', timestamp_ms: 'Datetime' } as const;

const readArrow = (out: string, table: string) => pl.readIPC(readFileSync(path.join(out, `${table}.arrow`)));
const csvOf = (out: string, table: string) => readFileSync(path.join(out, `${table}.csv`), 'utf8');
const STAGE_FILES = ['split.v2.jsonl', 'actors.v2.jsonl', 'stance.v2.jsonl'];
/** Each stage's state file in `out`, as text. */
const stateOf = (out: string) => STAGE_FILES.map((f) => readFileSync(path.join(out, '.geostance', f), 'utf8'));
const sampleCount = () => {
  // 5 .txt files, 2 records in wires.jsonl, 1 in desk.csv
  let n = 0;
  for (const f of readdirSync('data/articles')) {
    const body = readFileSync(path.join('data/articles', f), 'utf8');
    if (f.endsWith('.txt')) n++;
    else if (f.endsWith('.jsonl')) n += body.split('\n').filter((l) => l.trim()).length;
    else if (f.endsWith('.csv')) n += 1;
  }
  return n;
};

let out: string;

beforeAll(async () => {
  out = tmp();
  await runCommand('pipeline', { inputs: ['data/articles'], out, log: quiet });
}, 120_000);
afterAll(cleanTmp);

describe('pipeline on data/articles', () => {
  it('writes every table as Arrow and CSV', () => {
    for (const table of Object.keys(TABLES)) {
      expect(existsSync(path.join(out, `${table}.arrow`)), table).toBe(true);
      expect(existsSync(path.join(out, `${table}.csv`)), table).toBe(true);
    }
  });

  it('reads back in polars with the declared types, nulls only where allowed', () => {
    for (const [table, schema] of Object.entries(TABLES)) {
      const df = readArrow(out, table);
      for (const col of columnsOf(schema)) {
        const series = df.getColumn(col.name);
        expect(String(series.dtype), `${table}.${col.name}`).toContain(POLARS_TYPE[col.arrow]);
        if (!col.nullable) expect(series.nullCount(), `${table}.${col.name} nulls`).toBe(0);
      }
    }
  });

  it('has every sample article and consistent row counts', () => {
    const articles = readArrow(out, 'articles');
    expect(articles.height).toBe(sampleCount());
    const sentences = readArrow(out, 'sentences');
    expect(sentences.height).toBe(Number(articles.getColumn('n_sentences').sum()));
    expect(readArrow(out, 'mentions').height).toBeGreaterThan(articles.height * 10);
    expect(readArrow(out, 'relations').height).toBeGreaterThan(articles.height * 3);
    const labels = new Set(sentences.getColumn('stance').toArray());
    for (const label of ['cooperation', 'opposition', 'refusal_to_comment', 'neutral']) expect(labels).toContain(label);
  });

  it('reads back in DuckDB from CSV with the same row counts', async () => {
    const db = await DuckDBInstance.create(':memory:');
    const conn = await db.connect();
    for (const table of Object.keys(TABLES)) {
      const file = path.join(out, `${table}.csv`).replace(/'/g, "''");
      const reader = await conn.runAndReadAll(`SELECT count(*) AS n FROM read_csv('${file}', header = true, auto_detect = true)`);
      const n = Number(reader.getRowObjects()[0]!.n);
      expect(n, table).toBe(readArrow(out, table).height);
    }
    const types = await conn.runAndReadAll(`DESCRIBE SELECT * FROM read_csv('${path.join(out, 'sentences.csv')}', header = true)`);
    const byName = Object.fromEntries(types.getRowObjects().map((r) => [r.column_name, r.column_type]));
    expect(byName.sentence_index).toMatch(/INT/);
    expect(byName.confidence).toBe('DOUBLE');
    conn.closeSync();
  });

  it('gives code-point offsets that slice the article text, as Python would', () => {
    const articles = readArrow(out, 'articles').toRecords() as { article_id: string; text: string }[];
    const text = new Map(articles.map((a) => [a.article_id, [...a.text]]));
    for (const table of ['sentences', 'mentions']) {
      for (const row of readArrow(out, table).toRecords() as { article_id: string; char_start: number; char_end: number; text?: string; surface?: string }[]) {
        const span = text.get(row.article_id)!.slice(row.char_start, row.char_end).join('');
        expect(span).toBe(row.text ?? row.surface);
      }
    }
  });

  it('puts the headline at sentence 0 and finds speakers of quotes', () => {
    const sentences = readArrow(out, 'sentences');
    const articles = readArrow(out, 'articles').toRecords() as { article_id: string; title: string }[];
    const headlines = sentences.filter(pl.col('sentence_index').eq(0)).toRecords() as { article_id: string; text: string }[];
    expect(headlines).toHaveLength(articles.length);
    for (const h of headlines) expect(h.text).toBe(articles.find((a) => a.article_id === h.article_id)!.title);
    expect(sentences.getColumn('speaker').nullCount()).toBeLessThan(sentences.height);
  });

  it('changes nothing when run again on the same inputs', async () => {
    const before = ANALYSIS_TABLES.map((t) => csvOf(out, t));
    const state = path.join(out, '.geostance');
    const written = (dir: string, names: string[]) => names.map((f) => statSync(path.join(dir, f)).mtimeMs);
    const files = { tables: ANALYSIS_TABLES.flatMap((t) => [`${t}.arrow`, `${t}.csv`]), state: ['articles.jsonl', ...STAGE_FILES] };
    const times = { tables: written(out, files.tables), state: written(state, files.state) };
    const { run } = await runCommand('pipeline', { inputs: ['data/articles'], out, log: quiet });
    // neither the tables nor the stage state were written again
    expect(written(out, files.tables)).toEqual(times.tables);
    expect(written(state, files.state)).toEqual(times.state);
    expect(run.articles_new).toBe(0);
    expect(run.articles_skipped).toBe(sampleCount());
    expect(ANALYSIS_TABLES.map((t) => csvOf(out, t))).toEqual(before);
    expect(readArrow(out, 'runs').height).toBe(2);
  });

  it('processes only an added article and ends with the tables of a fresh run', async () => {
    const input = tmp();
    cpSync('data/articles', input, { recursive: true });
    const incremental = tmp();
    await runCommand('pipeline', { inputs: [input], out: incremental, log: quiet });
    writeFileSync(path.join(input, 'added.txt'), 'Kenya and Somalia agree joint border patrols\n\nNAIROBI (Reuters) - Kenya and Somalia agreed on Tuesday to set up joint patrols along their border to fight al-Shabaab militants, officials said.\n\nThe Somali government welcomed the deal, but al-Shabaab did not respond to a request for comment.\n');
    const { run } = await runCommand('pipeline', { inputs: [input], out: incremental, log: quiet });
    expect(run.articles_new).toBe(1);
    expect(run.articles_skipped).toBe(sampleCount());
    const fresh = tmp();
    await runCommand('pipeline', { inputs: [input], out: fresh, log: quiet });
    for (const t of ANALYSIS_TABLES) expect(csvOf(incremental, t), t).toBe(csvOf(fresh, t));
    // the state kept from the first run, with the new article added, is what a fresh run stores
    expect(stateOf(incremental)).toEqual(stateOf(fresh));
  }, 120_000);

  // with 2 workers, the stance stage rebuilds tokens from the stored actor results in worker threads
  it.each([1, 2])('gives the same tables when each stage runs on its own (--workers %i)', async (workers) => {
    const staged = tmp();
    for (const stage of ['ingest', 'split', 'actors', 'stance', 'export'] as const) {
      await runCommand(stage, { inputs: ['data/articles'], out: staged, workers, log: quiet });
    }
    for (const t of ANALYSIS_TABLES) expect(csvOf(staged, t), t).toBe(csvOf(out, t));
    expect(readArrow(staged, 'runs').height).toBe(5);
  }, 120_000);

  it('gives the same tables with --workers 2', async () => {
    const parallel = tmp();
    await runCommand('pipeline', { inputs: ['data/articles'], out: parallel, workers: 2, log: quiet });
    for (const t of ANALYSIS_TABLES) expect(csvOf(parallel, t), t).toBe(csvOf(out, t));
    expect(stateOf(parallel)).toEqual(stateOf(out));
  }, 120_000);

  it('refuses a stage whose input is missing, leaving a failed run', async () => {
    const empty = tmp();
    await expect(runCommand('stance', { inputs: ['data/articles'], out: empty, log: quiet })).rejects.toThrow(/run "npm run actors" first/);
    const runs = readArrow(empty, 'runs').toRecords() as { status: string }[];
    expect(runs[0]!.status).toBe('failed');
  });
});

describe('more dictionaries', () => {
  it('reads a TABARI .actors file given with --actors, and re-runs the actors stage when it changes', async () => {
    const input = tmp();
    writeFileSync(path.join(input, 'a.txt'), 'Freedonia and Sylvania sign pact\n\nFreedonia signed a defence pact with Sylvania on Monday, Ambassador Trentino said.\n');
    const dict = path.join(tmp(), 'marx.actors');
    writeFileSync(dict, 'FREEDONIA_ [FRD]\nSYLVANIA_ [SYL]\n');
    const out = tmp();
    await runCommand('pipeline', { inputs: [input], out, actors: [dict], log: quiet });
    const rel = readArrow(out, 'relations').toRecords() as { source: string; target: string; stance: string }[];
    expect(rel).toEqual(expect.arrayContaining([expect.objectContaining({ source: 'FRD', target: 'SYL', stance: 'cooperation' })]));
    writeFileSync(dict, 'FREEDONIA_ [FRD]\nSYLVANIA_ [SYL]\nAMBASSADOR_TRENTINO_ [SYLGOV]\n');
    const { run } = await runCommand('pipeline', { inputs: [input], out, actors: [dict], log: quiet });
    expect(run.articles_new).toBe(1);
    const actors = readArrow(out, 'actors').getColumn('actor_id').toArray();
    expect(actors).toContain('ambassador-trentino');
  });
});

describe('bad input', () => {
  it('lists each bad file or record with its reason and lets the rest through', async () => {
    const input = tmp();
    writeFileSync(path.join(input, 'good.txt'), 'Chad and Niger hold talks\n\nChad and Niger held talks on border security on Monday.\n');
    writeFileSync(path.join(input, 'broken.json'), '{"title": "x", "text": ');
    writeFileSync(path.join(input, 'mixed.jsonl'), '{"title":"Sudan talks","text":"Sudan and Egypt held talks."}\nnot json\n{"title":"no text"}\n{"id":"e1","title":"Empty","text":"   "}\n');
    writeFileSync(path.join(input, 'empty.txt'), '\n\n');
    writeFileSync(path.join(input, 'latin1.txt'), Buffer.from([0x54, 0x61, 0x6c, 0x6b, 0x73, 0x0a, 0x0a, 0xe9, 0x74, 0xe9]));
    writeFileSync(path.join(input, 'nocol.csv'), 'title,body\nA,B\n');
    const out = tmp();
    const { run, rejects } = await runCommand('pipeline', { inputs: [input, path.join(input, 'missing.json')], out, log: quiet });
    expect(run.status).toBe('ok');
    expect(readArrow(out, 'articles').height).toBe(2);
    const found = rejects.map((r) => `${path.basename(r.source)}|${r.record ?? ''}|${r.code}`).sort();
    expect(found).toEqual([
      'broken.json||E_JSON', 'empty.txt||E_EMPTY', 'latin1.txt||E_ENCODING', 'missing.json||E_READ',
      'mixed.jsonl|2|E_JSON', 'mixed.jsonl|3|E_SCHEMA', 'mixed.jsonl|e1|E_EMPTY', 'nocol.csv||E_SCHEMA',
    ]);
    expect(readArrow(out, 'rejects').height).toBe(8);
    expect(csvOf(out, 'rejects')).toContain('text is required');
  });

  it('exits 0 with rejects, 2 on bad usage, and prints help', () => {
    const input = tmp();
    writeFileSync(path.join(input, 'bad.json'), '[');
    const out = tmp();
    const ok = spawnSync('npx', ['tsx', 'pipeline/ingest.ts', '--input', input, '--out', out], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stderr).toMatch(/bad\.json: \[E_JSON\]/);
    const bad = spawnSync('npx', ['tsx', 'pipeline/split.ts', '--bogus'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--bogus/);
    const help = spawnSync('npx', ['tsx', 'pipeline/actors.ts', '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/--input PATH/);
    const failed = spawnSync('npx', ['tsx', 'pipeline/export.ts', '--out', tmp()], { encoding: 'utf8' });
    expect(failed.status).toBe(1);
  }, 60_000);
});

const seedDir = path.resolve('../shared/seed');
const scorer = path.resolve('../shared/tools/score-seed.py');
describe.skipIf(!existsSync(seedDir) || !existsSync(scorer))('seed article (../shared/seed)', () => {
  it('meets the bars of the pipeline, actors and stance issues', async () => {
    const input = tmp();
    cpSync(path.join(seedDir, 'us-russia-syria.txt'), path.join(input, 'us-russia-syria.txt'));
    const seedOut = tmp();
    await runCommand('pipeline', { inputs: [input], out: seedOut, log: quiet });
    const report = execFileSync('python3', [scorer, seedOut, '--require', 'split=17,stance=16,actor_recall=0.95,actor_precision=0.90,relation_recall=0.80,relation_precision=0.70'], { encoding: 'utf8' });
    expect(report).toMatch(/^seed: /m);
  });
});
if (!existsSync(seedDir)) console.warn(`seed check skipped: ${seedDir} is absent`);
