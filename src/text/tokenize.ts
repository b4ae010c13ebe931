/** A word or punctuation token of a sentence, with its UTF-16 span in the article text. */
export interface Token {
  text: string;
  /** lower case, no diacritics, curly apostrophes made straight, acronym dots dropped */
  key: string;
  start: number;
  end: number;
  /** starts with an upper-case letter */
  cap: boolean;
  /** has letters and all of them are upper case */
  upper: boolean;
  isWord: boolean;
}

// dotted acronyms (U.S., a.m.), words with inner apostrophes kept apart from
// clitics ('s, n't, 'll), numbers with separators, then any single other character
const TOKEN_RE = /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+(?=n['’]t\b)|n['’]t\b|['’](?:s|S|ll|re|ve|d|m|t)\b|\p{N}+(?:[.,:]\p{N}+)*%?|[\p{L}\p{M}\p{N}]+|\S/gu;

const keyCache = new Map<string, string>();

export function tokenKey(text: string): string {
  let key = keyCache.get(text);
  if (key === undefined) {
    key = text.normalize('NFD').replace(/\p{M}/gu, '').replace(/’/g, "'").toLowerCase();
    if (/^(?:\p{L}\.){2,}$/u.test(text)) key = key.replace(/\./g, '');
    if (key === "n't") key = 'not';
    if (keyCache.size > 200_000) keyCache.clear();
    keyCache.set(text, key);
  }
  return key;
}

const upperStart = /^\p{Lu}/u;
const hasLower = /\p{Ll}/u;
const isWordRe = /^[\p{L}\p{N}]/u;

/** Tokens of `text.slice(start, end)`, with offsets into `text`. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const slice = text.slice(start, end);
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(slice); m; m = TOKEN_RE.exec(slice)) {
    const t = m[0];
    const isWord = isWordRe.test(t) || t.length > 1;
    tokens.push({
      text: t,
      key: tokenKey(t),
      start: start + m.index,
      end: start + m.index + t.length,
      cap: upperStart.test(t),
      upper: upperStart.test(t) && !hasLower.test(t),
      isWord,
    });
  }
  return tokens;
}
