import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Analyzer, analyzeArticle } from '../../src/analyze.ts';
import { StanceDetector } from '../../src/stance/detect.ts';
import { loadStanceGrammar, type StanceGrammar } from '../../src/stance/grammar.ts';

const analyzer = new Analyzer();

/** The relations of a text's last sentence, read by a detector with `grammar` instead of the project's. */
function relationsWith(grammar: StanceGrammar, text: string): string[] {
  const found = analyzeArticle({ text, published: '2023-06-01' }, analyzer).actors;
  const detector = new StanceDetector({ ...analyzer.lexicon, grammar }, analyzer.kb, analyzer.grammar.speechVerbs);
  const [previous, last] = found.sentences.slice(-2);
  return detector.detect(last!, previous, new Map(found.actors.map((a) => [a.id, a]))).relations.map((r) => `${r.source}>${r.target ?? '-'}:${r.stance}`);
}

describe('the stance grammar file', () => {
  const grammar = loadStanceGrammar();

  it('loads every list, with plurals of the back-reference nouns and reciprocal pairs', () => {
    expect(grammar.objectPrepositions.has('against')).toBe(true);
    expect(grammar.backReferenceNouns.has('proposals')).toBe(true);
    expect(grammar.reciprocals.get('each')?.has('other')).toBe(true);
  });

  it('names the file and the list when a list is missing', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'geostance-grammar-')), 'grammar.json');
    writeFileSync(file, JSON.stringify({ object_prepositions: ['with'] }));
    expect(() => loadStanceGrammar(file)).toThrow(/grammar\.json[\s\S]*topic_prepositions/);
  });

  it('is what the rules read: an edit changes the result', () => {
    const text = 'Egypt put forward a truce plan on Sunday. Jordan welcomed the plan.';
    expect(relationsWith(grammar, text)).toEqual(['JOR>EGY:cooperation']);
    const noBackReference = { ...grammar, backReferenceNouns: new Set<string>() };
    expect(relationsWith(noBackReference, text)).toEqual([]);
  });
});
