/**
 * Small questions the stance rules ask of a sentence's tokens and actor mentions. Module
 * functions rather than closures inside token loops: a closure over the loop index made V8
 * allocate a scope for every turn of the loop.
 */
import type { Mention } from '../actors/mentions.ts';
import { firstAtOrAfter } from '../core/search.ts';
import type { CueEntry } from '../schemas/knowledge.ts';
import type { Token } from '../text/tokenize.ts';

/** The mentions (sorted by first token) that start between `from` and `to`. */
export function within(sorted: Mention[], from: number, to: number): Mention[] {
  const lo = firstAtOrAfter(sorted, from, (m) => m.first);
  let end = lo;
  while (end < sorted.length && sorted[end]!.first <= to) end++;
  return lo === 0 && end === sorted.length ? sorted : sorted.slice(lo, end);
}

/** The first mention (in `actors` order) that starts at a token in [from, to]. */
export function firstStartingIn(actors: Mention[], from: number, to: number): Mention | undefined {
  for (const m of actors) if (m.first >= from && m.first <= to) return m;
  return undefined;
}


/**
 * The noun reading of a cue after a determiner or possessive (`nounMarkers`), also with one adjective between
 * ("Ukraine's staunchest allies"), else the lexicon's first reading.
 */
export function readingAfter(entries: CueEntry[], nounMarkers: Set<string>, before: Token | undefined, twoBefore?: Token): CueEntry {
  const nounContext = before !== undefined && (nounMarkers.has(before.key) || (before.isWord && !before.cap && twoBefore !== undefined && nounMarkers.has(twoBefore.key)));
  if (nounContext) for (const e of entries) if (e.pos === 'noun') return e;
  return entries[0]!;
}

/** The mention joined to `m` by "and" or "and the", if one follows (", and" joins clauses more often than names). */
export function nextConjunct(tokens: Token[], actors: Mention[], m: Mention): Mention | undefined {
  let i = m.last;
  if (tokens[i]?.key !== 'and') return undefined;
  i++;
  if (tokens[i]?.key === 'the') i++;
  // "… and Rwandan Foreign Minister Vincent Biruta": a title before the name
  for (let n = 0; n < 4 && tokens[i]?.cap && !firstStartingIn(actors, i, i); n++) i++;
  return firstStartingIn(actors, i, i);
}

/** The last mention of the "and"-list that starts with `m`. */
export function lastConjunct(tokens: Token[], actors: Mention[], m: Mention): Mention {
  let last = m;
  for (let next = nextConjunct(tokens, actors, last); next; next = nextConjunct(tokens, actors, last)) last = next;
  return last;
}

/** Does an actor mention start at token `at`, or right after "the" there? */
export function startsMention(actors: Mention[], at: number, tokens: Token[]): boolean {
  const i = tokens[at]?.key === 'the' ? at + 1 : at;
  return actors.some((m) => m.first === i);
}


/**
 * A cue word that starts a capitalised name inside running text ("code-named ‘Joint Sword’",
 * "Operation Prosperity Guardian"): capitalised, followed by a capitalised word, after a
 * lower-case word or a quotation mark (so a headline in title case keeps its cues).
 */
export function inCapitalisedName(tokens: Token[], first: number, last: number): boolean {
  const t = tokens[first]!;
  const next = tokens[last];
  const before = tokens[first - 1];
  if (!t.cap || t.upper || !next?.cap || !next.isWord || !before) return false;
  return (before.isWord && !before.cap) || QUOTE_MARKS.has(before.text);
}
const QUOTE_MARKS = new Set(['‘', '“', '"', "'"]);

/** A lower-case word in -ed after "and": most often the verb of a second predicate. */
export function isPastVerb(t: Token | undefined): boolean {
  return t !== undefined && t.isWord && !t.cap && t.key.length > 4 && t.key.endsWith('ed');
}

/** A word that may stand between a verb and its object: lower case, not a function word ("new", "more", "military"). */
export function isModifier(t: Token, functionWords: Set<string>): boolean {
  return (t.isWord && !t.cap && !functionWords.has(t.key)) || t.key === "'s";
}

/** Whether every token in [from, to) is a lower-case word ("the", "gas", "military"). */
export function onlyLowerWords(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!tokens[i]!.isWord || tokens[i]!.cap) return false;
  return true;
}

/** Whether a token in [from, to) has the key `key`. */
export function anyKeyIn(tokens: Token[], from: number, to: number, key: string): boolean {
  for (let i = from; i < to; i++) if (tokens[i]!.key === key) return true;
  return false;
}

/** Whether a token in [from, to) is one of `texts`. */
export function anyTextIn(tokens: Token[], from: number, to: number, texts: Set<string>): boolean {
  for (let i = from; i < to; i++) if (texts.has(tokens[i]!.text)) return true;
  return false;
}

/** Whether some mention lies wholly within tokens [from, to). */
export function anyWithin(actors: Mention[], from: number, to: number): boolean {
  for (const m of actors) if (m.first >= from && m.last <= to) return true;
  return false;
}

/** Whether a token in [from, to) has a key in `keys`. */
export function anyIn(tokens: Token[], from: number, to: number, keys: Set<string>): boolean {
  for (let i = from; i < to; i++) if (keys.has(tokens[i]!.key)) return true;
  return false;
}

/** Whether tokens [from, to) are only "the", a possessive or capitalised words: what may stand before a name ("the", "Ukraine's President"). */
export function titleOnly(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.key !== 'the' && t.key !== "'s" && !(t.isWord && t.cap)) return false;
  }
  return true;
}

/** Whether every token in [from, to) is a lower-case word or a possessive "'s". */
export function lowerOrPossessive(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i]!.key !== "'s" && (!tokens[i]!.isWord || tokens[i]!.cap)) return false;
  return true;
}
