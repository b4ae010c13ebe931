import { describe, expect, it } from 'vitest';
import { analyzeArticle, storeActors } from '../../src/analyze.ts';
import { articleRows } from '../../src/export/build-tables.ts';

const rowsOf = (text: string) => {
  const a = analyzeArticle({ text, published: '2023-06-01' });
  return articleRows({ article: a.article, units: a.units, actors: storeActors(a.actors), stance: a.stance });
};

describe('article rows', () => {
  it('lists a quote’s speaker among the actors of each of its sentences, after the ones named there', () => {
    const { sentences } = rowsOf('“Russia’s decision will hurt the poorest. It is a mistake,” Kenyan President William Ruto told reporters.');
    const body = sentences.filter((s) => s.sentence_index > 0);
    expect(body.map((s) => s.speaker)).toEqual(['william-ruto', 'william-ruto']);
    expect(body.map((s) => s.actors)).toEqual([['RUS', 'william-ruto'], ['william-ruto']]);
  });

  it('gives code-point offsets that slice the text as Python does', () => {
    const text = 'Title\n\n🇺🇦 Ukraine thanked Poland.';
    const { articles, sentences, mentions } = rowsOf(text);
    const points = [...articles[0]!.text];
    for (const m of mentions) expect(points.slice(m.char_start, m.char_end).join('')).toBe(m.surface);
    for (const s of sentences) expect(points.slice(s.char_start, s.char_end).join('')).toBe(s.text);
  });
});
