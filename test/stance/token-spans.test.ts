import { describe, expect, it } from 'vitest';
import type { Mention } from '../../src/actors/mentions.ts';
import { anyIn, inCapitalisedName, lastConjunct, lowerOrPossessive, nextConjunct, onlyLowerWords, titleOnly, within } from '../../src/stance/token-spans.ts';
import { tokenize } from '../../src/text/tokenize.ts';

const tokensOf = (text: string) => tokenize(text, 0, text.length);
/** An actor mention over the tokens [first, last). */
const mention = (actorId: string, first: number, last: number): Mention =>
  ({ sentence: 0, actorId, surface: actorId, start: 0, end: 0, role: 'actor', how: 'name', first, last, plural: false, group: 0 });

describe('token spans', () => {
  it('tells what may stand before a name, before a speech verb, and whether a word of a set is in a span', () => {
    const tokens = tokensOf("by Ukraine's President Volodymyr Zelensky; Kenya's foreign ministry said");
    expect(titleOnly(tokens, 1, 4)).toBe(true); // Ukraine 's President
    expect(titleOnly(tokens, 0, 4)).toBe(false); // "by" is no title
    expect(lowerOrPossessive(tokens, 8, 11)).toBe(true); // 's foreign ministry
    expect(lowerOrPossessive(tokens, 7, 11)).toBe(false);
    expect(anyIn(tokens, 0, 4, new Set(['president']))).toBe(true);
    expect(anyIn(tokens, 0, 2, new Set(['president']))).toBe(false);
  });

  it('follows an "and"-list of actors, past a title before a name', () => {
    // Congo and Rwandan Foreign Minister Vincent Biruta agreed
    const tokens = tokensOf('Congo and Rwandan Foreign Minister Vincent Biruta agreed');
    const congo = mention('COD', 0, 1);
    const biruta = mention('vincent-biruta', 5, 7);
    expect(nextConjunct(tokens, [congo, biruta], congo)).toBe(biruta);
    expect(lastConjunct(tokens, [congo, biruta], congo)).toBe(biruta);
    // ", and" joins clauses, not names
    const clauses = tokensOf('Hamas, and Egypt said');
    expect(nextConjunct(clauses, [mention('hamas', 0, 1), mention('EGY', 3, 4)], mention('hamas', 0, 1))).toBeUndefined();
  });

  it('tells a capitalised name inside running text from a headline in title case', () => {
    const running = tokensOf('drills code-named Joint Sword ended');
    const at = running.findIndex((t) => t.text === 'Joint');
    expect(inCapitalisedName(running, at, at + 1)).toBe(true);
    const headline = tokensOf('China And Russia Hold Joint Drills');
    const j = headline.findIndex((t) => t.text === 'Joint');
    expect(inCapitalisedName(headline, j, j + 1)).toBe(false);
  });

  it('answers range questions over tokens and sorted mentions', () => {
    const tokens = tokensOf('cut off gas supplies to Moldova');
    expect(onlyLowerWords(tokens, 1, 3)).toBe(true);
    expect(onlyLowerWords(tokens, 1, 6)).toBe(false);
    const ms = [mention('A', 0, 1), mention('B', 3, 4), mention('C', 8, 9)];
    expect(within(ms, 2, 5).map((m) => m.actorId)).toEqual(['B']);
    expect(within(ms, 0, 9)).toBe(ms);
  });
});
