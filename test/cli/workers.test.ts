import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../src/analyze.ts';
import { analyzeOne } from '../../src/cli/analyze-one.ts';
import { runInWorkers, type WorkItem } from '../../src/cli/workers.ts';
import { ingest } from '../../src/ingest/read-inputs.ts';

describe('runInWorkers', () => {
  const articles = ingest(['data/articles', 'test/fixtures/articles']).articles;
  const items: WorkItem[] = articles.map((article) => ({ article, need: ['split', 'actors', 'stance'] }));
  const analyzer = new Analyzer();

  it('shares the articles between this thread and the workers, and returns results in input order', async () => {
    let here = 0;
    const results = await runInWorkers(items, { workers: 3 }, (item) => {
      here++;
      return analyzeOne(analyzer, item.article, item.need, item);
    });
    // the workers took part: this thread analysed only some of the articles
    expect(here).toBeGreaterThan(0);
    expect(here).toBeLessThan(items.length);
    expect(results).toHaveLength(items.length);
    const alone = items.map((item) => analyzeOne(analyzer, item.article, item.need, item));
    const dataOf = (r: (typeof results)[number]) => (r.ok ? r.data : r.error);
    expect(results.map(dataOf)).toEqual(alone.map(dataOf));
    // what a worker analysed also comes as the JSON its state file will hold
    expect(results.some((r) => r.ok && r.encoded?.stance)).toBe(true);
  }, 60_000);

  it('runs everything on this thread with one worker', async () => {
    let here = 0;
    await runInWorkers(items.slice(0, 3), { workers: 1 }, (item) => {
      here++;
      return analyzeOne(analyzer, item.article, item.need, item);
    });
    expect(here).toBe(3);
  });

  it('fails the run when a worker cannot start', async () => {
    const broken = { workers: 2, actors: ['/nonexistent/dictionary.actors'] };
    await expect(runInWorkers(items, broken, (item) => analyzeOne(analyzer, item.article, item.need, item))).rejects.toThrow(/nonexistent/);
  }, 60_000);
});
