import { describe, expect, it } from 'vitest';
import { withGappedMatches } from '../../src/stance/gapped.ts';
import { loadCueLexicon } from '../../src/stance/lexicon.ts';
import { tokenize } from '../../src/text/tokenize.ts';

const lexicon = loadCueLexicon();
const isHead = () => true;
const cuesIn = (text: string) => {
  const tokens = tokenize(text, 0, text.length);
  return withGappedMatches(tokens, [], lexicon.gapped, isHead, lexicon.grammar.functionWords).map((m) => `${m.payloads[0]!.cue}@${m.first}-${m.last}`);
};

describe('verb-and-object cues with words between', () => {
  it('matches up to three modifiers between verb and object, a possessive included', () => {
    expect(cuesIn('Canada imposed fresh sanctions')).toEqual(['impose sanctions@1-4']);
    expect(cuesIn("Somalia recalled the country's ambassador")).toEqual(['recall ambassador@1-6']);
  });

  it('does not reach over function words or four words', () => {
    expect(cuesIn('Canada imposed on Iran sanctions')).toEqual([]);
    expect(cuesIn('Canada imposed very many new tough sanctions')).toEqual([]);
  });

  it('lets one -ly adverb, and nothing else, stand between a verb and its particle', () => {
    expect(cuesIn('Warsaw stood firmly behind Kyiv')).toEqual(['stand behind@1-4']);
    expect(cuesIn('Warsaw stood quite firmly behind Kyiv')).toEqual([]);
    expect(cuesIn('Warsaw stood tall behind Kyiv')).toEqual([]);
  });

  it('reads the words that may not stand between from the grammar file', () => {
    const tokens = tokenize('Canada imposed fresh sanctions', 0, 30);
    const strict = new Set([...lexicon.grammar.functionWords, 'fresh']);
    expect(withGappedMatches(tokens, [], lexicon.gapped, isHead, strict)).toEqual([]);
  });

  it('leaves a cue matched as written alone', () => {
    const tokens = tokenize('imposed new sanctions', 0, 21);
    const written = [{ first: 0, last: 3, payloads: [lexicon.entries[0]!] }];
    expect(withGappedMatches(tokens, written, lexicon.gapped, isHead, lexicon.grammar.functionWords)).toBe(written);
  });
});
