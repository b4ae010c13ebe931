import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../src/analyze.ts';
import { analyzeOne } from '../../src/cli/analyze-one.ts';
import { AnalysisPool, claimChunk, runInWorkers, type WorkItem } from '../../src/cli/workers.ts';
import { ingest } from '../../src/ingest/read-inputs.ts';

/** Blocks this thread, as writing a batch's tables does while the workers analyse the next. */
const busyFor = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

describe('AnalysisPool', () => {
  const articles = ingest(['data/articles', 'test/fixtures/articles']).articles;
  const items: WorkItem[] = articles.map((article) => ({ article, need: ['split', 'actors', 'stance'] }));
  const analyzer = new Analyzer();

  it('lets the workers go on while this thread is busy, and returns results in input order', async () => {
    const pool = new AnalysisPool(3, {});
    try {
      await pool.whenReady();
      let here = 0;
      const batch = pool.start(items);
      busyFor(300);
      const results = await batch.finish((item) => {
        here++;
        busyFor(20);
        return analyzeOne(analyzer, item.article, item.need, item);
      });
      // the workers took most of the batch while this thread was blocked
      expect(here).toBeLessThan(items.length / 2);
      expect(results).toHaveLength(items.length);
      const alone = items.map((item) => analyzeOne(analyzer, item.article, item.need, item));
      const dataOf = (r: (typeof results)[number]) => (r.ok ? r.data : r.error);
      expect(results.map(dataOf)).toEqual(alone.map(dataOf));
      // what a worker analysed also comes as the JSON its state file will hold
      expect(results.some((r) => r.ok && r.encoded?.stance)).toBe(true);
      // the same workers take the next batch
      const again = await pool.start(items.slice(0, 4)).finish((item) => analyzeOne(analyzer, item.article, item.need, item));
      expect(again.map(dataOf)).toEqual(alone.slice(0, 4).map(dataOf));
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('fails a batch when a worker cannot start, even if this thread analysed all of it', async () => {
    const pool = new AnalysisPool(2, { actors: ['/nonexistent/dictionary.actors'] });
    try {
      await expect(pool.start(items.slice(0, 2)).finish((item) => analyzeOne(analyzer, item.article, item.need, item))).rejects.toThrow(/nonexistent/);
      expect(() => pool.start(items.slice(0, 2))).toThrow(/nonexistent/);
    } finally {
      await pool.close();
    }
  }, 60_000);
});

describe('runInWorkers', () => {
  it('runs everything on this thread with one worker', async () => {
    const items: WorkItem[] = ingest(['data/articles']).articles.slice(0, 3).map((article) => ({ article, need: ['split'] }));
    const analyzer = new Analyzer();
    let here = 0;
    await runInWorkers(items, { workers: 1 }, (item) => {
      here++;
      return analyzeOne(analyzer, item.article, item.need, item);
    });
    expect(here).toBe(3);
  });
});

describe('claimChunk', () => {
  it('hands out each item once, in chunks, and nothing past the end', () => {
    const counter = new Int32Array(new SharedArrayBuffer(4));
    expect(claimChunk(counter, 4, 10)).toEqual([0, 4]);
    expect(claimChunk(counter, 4, 10)).toEqual([4, 8]);
    expect(claimChunk(counter, 4, 10)).toEqual([8, 10]);
    expect(claimChunk(counter, 4, 10)).toEqual([10, 10]);
  });
});
