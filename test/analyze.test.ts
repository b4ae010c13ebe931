import { describe, expect, it } from 'vitest';
import { Analyzer, analyzeArticle } from '../src/analyze.ts';
import { ingest } from '../src/ingest/read-inputs.ts';

describe('Analyzer', () => {
  const articles = ingest(['data/articles', 'test/fixtures/articles']).articles;

  it('reads each article on its own: the order they come in changes nothing', () => {
    const analyzer = new Analyzer();
    const strip = (r: ReturnType<Analyzer['analyze']>) => ({ actors: r.actors.actors, mentions: r.actors.sentences.map((s) => s.mentions), stance: r.stance });
    const forward = articles.map((a) => strip(analyzer.analyze(a)));
    const backward = [...articles].reverse().map((a) => strip(analyzer.analyze(a))).reverse();
    expect(backward).toEqual(forward);
    // people discovered in one article are that article's alone
    expect(forward.some((r) => r.actors.some((x) => x.discovered))).toBe(true);
    expect([...analyzer.kb.actors.values()].some((x) => x.discovered)).toBe(false);
  }, 60_000);

  it('analyses a plain record', () => {
    const r = analyzeArticle({ title: 'Talks', text: 'Russia and China agreed to cooperate on energy, the Kremlin said.' });
    expect(r.actors.actors.map((a) => a.id)).toEqual(expect.arrayContaining(['RUS', 'CHN']));
    expect(r.stance.relations.some((x) => x.stance === 'cooperation')).toBe(true);
  });
});
