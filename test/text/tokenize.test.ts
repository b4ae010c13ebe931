import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize, tokenizePhrase, vocabularyId } from '../../src/text/tokenize.ts';

const view = (tokens: ReturnType<typeof tokenize>) => tokens.map((t) => [t.text, t.key, t.start, t.end, t.cap, t.upper, t.isWord]);

describe('tokenize', () => {
  it('splits words, clitics, acronyms, numbers and punctuation', () => {
    const tokens = tokenize('The U.S. didn’t sign Russia’s 5.5% offer, Mr Lavrov said.');
    expect(tokens.map((t) => t.text)).toEqual(['The', 'U.S.', 'did', 'n’t', 'sign', 'Russia', '’s', '5.5%', 'offer', ',', 'Mr', 'Lavrov', 'said', '.']);
    expect(tokens.map((t) => t.key)).toEqual(['the', 'us', 'did', 'not', 'sign', 'russia', "'s", '5.5%', 'offer', ',', 'mr', 'lavrov', 'said', '.']);
    expect(tokens[1]).toMatchObject({ cap: true, upper: true, isWord: true });
    expect(tokens[9]).toMatchObject({ isWord: false });
  });

  it('gives tokens spelled alike one shared form, with offsets into the whole text', () => {
    const text = 'Kyiv said. Kyiv agreed.';
    const [a, , , b] = tokenize(text, 0, text.length);
    expect(a!.form).toBe(b!.form);
    expect([b!.start, b!.end]).toEqual([11, 15]);
    expect(tokenize(text, 11, 15).map((t) => t.text)).toEqual(['Kyiv']);
  });

  it('sees vocabulary numbers given after a word was first read', () => {
    const word = 'Zyxwvutian';
    expect(tokenize(word)[0]!.id).toBe(-1);
    const id = vocabularyId('zyxwvutian', true);
    expect(tokenize(`the ${word} army`)[1]!.id).toBe(id);
  });

  it('stays right after the table of spellings fills up and starts afresh', () => {
    const words = Array.from({ length: 140_000 }, (_, i) => `Word${i.toString(36)}`);
    const tokens = tokenize(words.join(' '));
    expect(tokens.map((t) => t.text)).toEqual(words);
    expect(tokens.every((t, i) => t.key === words[i]!.toLowerCase() && t.cap)).toBe(true);
    expect(tokenize('Word0 Word1').map((t) => t.key)).toEqual(['word0', 'word1']);
  });

  it('splits a dictionary phrase exactly as the same words in a text', () => {
    const pieces = fc.constantFrom('Russia', '’s', "'s", 'don', "n't", 'n’t', 'U.S.', 'a.m.', ' ', '  ', ',', '.', '5', '.5', '%', 'ÉLYSÉE', 'Zhōngnánhǎi', '😀', '\u0301', '-', '“', 'al-Nusra', 'IS', 'is', '\n');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
      const phrase = parts.join('');
      expect(view(tokenizePhrase(phrase))).toEqual(view(tokenize(phrase)));
    }), { numRuns: 1500 });
  });
});
