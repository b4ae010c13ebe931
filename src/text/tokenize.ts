/** A word or punctuation token of a sentence, with its UTF-16 span in the article text. */
export interface Token {
  text: string;
  /** lower case, no diacritics, curly apostrophes made straight, acronym dots dropped, n't → not */
  key: string;
  start: number;
  end: number;
  /** starts with an upper-case letter */
  cap: boolean;
  /** has letters and all of them are upper case */
  upper: boolean;
  /** a word or number, not punctuation */
  isWord: boolean;
  /** the key's number in the dictionary vocabulary, or -1 when no dictionary phrase uses the word */
  id: number;
}

/**
 * Words that occur in some dictionary phrase, numbered. A token whose key is not
 * here cannot start or continue any phrase, so matchers skip it after one lookup,
 * and walk their tries with small integers instead of strings.
 */
const vocabulary = new Map<string, number>();

export function vocabularyId(key: string, add = false): number {
  let id = vocabulary.get(key);
  if (id === undefined) {
    if (!add) return -1;
    id = vocabulary.size;
    vocabulary.set(key, id);
  }
  return id;
}

const keyCache = new Map<string, string>();

export function tokenKey(text: string): string {
  let key = keyCache.get(text);
  if (key === undefined) {
    key = /^[\x20-\x7e]*$/.test(text) ? text.toLowerCase() : text.normalize('NFD').replace(/\p{M}/gu, '').replace(/’/g, "'").toLowerCase();
    if (key.length > 2 && key.charCodeAt(1) === 46 && /^(?:\p{L}\.){2,}$/u.test(key)) key = key.replace(/\./g, '');
    if (key === "n't") key = 'not';
    if (keyCache.size > 200_000) keyCache.clear();
    keyCache.set(text, key);
  }
  return key;
}

const letterRe = /[\p{L}\p{M}]/u;
const upperRe = /\p{Lu}/u;
const lowerRe = /\p{Ll}/u;

function isLetter(c: number, text: string, i: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c >= 0xd800 && c <= 0xdbff) return letterRe.test(String.fromCodePoint(text.codePointAt(i)!));
  return letterRe.test(text[i]!);
}
const isDigit = (c: number) => c >= 48 && c <= 57;
const isApostrophe = (c: number) => c === 39 || c === 0x2019;
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0xfeff || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000 || c === 0x2028 || c === 0x2029;

function wordEnd(text: string, i: number, end: number): number {
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isDigit(c) || isLetter(c, text, i)) i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    else break;
  }
  return i;
}

/** A clitic after an apostrophe: 's, 'll, 're, 've, 'd, 'm, 't (not followed by a letter). */
function cliticEnd(text: string, i: number, end: number): number {
  const rest = text.slice(i + 1, i + 3).toLowerCase();
  const len = rest.startsWith('ll') || rest.startsWith('re') || rest.startsWith('ve') ? 2 : 's dmt'.includes(rest[0] ?? ' ') && rest[0] !== ' ' ? 1 : 0;
  if (len === 0) return i;
  const after = i + 1 + len;
  if (after < end && isLetter(text.charCodeAt(after), text, after)) return i;
  return after;
}

/** Tokens of `text.slice(start, end)`, with offsets into `text`: words, numbers, clitics, single punctuation marks. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    let j: number;
    let isWord = true;
    if (isDigit(c)) {
      j = i + 1;
      while (j < end) {
        const d = text.charCodeAt(j);
        if (isDigit(d)) j++;
        else if ((d === 46 || d === 44 || d === 58) && isDigit(text.charCodeAt(j + 1)) && j + 1 < end) j += 2;
        else break;
      }
      if (text.charCodeAt(j) === 37 && j < end) j++;
      else j = wordEnd(text, j, end); // "5.30pm", "2nd"
    } else if ((c === 110 || c === 78) && isApostrophe(text.charCodeAt(i + 1)) && (text.charCodeAt(i + 2) === 116 || text.charCodeAt(i + 2) === 84) && tokens.length && tokens[tokens.length - 1]!.end === i) {
      j = i + 3;
    } else if (isLetter(c, text, i)) {
      // dotted acronym: U.S., a.m.
      if (text.charCodeAt(i + 1) === 46 && i + 3 < end && isLetter(text.charCodeAt(i + 2), text, i + 2) && text.charCodeAt(i + 3) === 46 && text.charCodeAt(i + 2) < 0xd800) {
        j = i;
        while (j + 1 < end && isLetter(text.charCodeAt(j), text, j) && text.charCodeAt(j) < 0xd800 && text.charCodeAt(j + 1) === 46) j += 2;
      } else {
        j = wordEnd(text, i, end);
        // "don't" → "do" + "n't"
        if (j - i >= 2 && (text.charCodeAt(j - 1) === 110 || text.charCodeAt(j - 1) === 78) && isApostrophe(text.charCodeAt(j)) &&
            (text.charCodeAt(j + 1) === 116 || text.charCodeAt(j + 1) === 84) && !(j + 2 < end && isLetter(text.charCodeAt(j + 2), text, j + 2))) {
          j -= 1;
        }
      }
    } else if (isApostrophe(c) && tokens.length && tokens[tokens.length - 1]!.end === i && cliticEnd(text, i, end) > i) {
      j = cliticEnd(text, i, end);
    } else {
      j = i + (c >= 0xd800 && c <= 0xdbff && i + 1 < end ? 2 : 1);
      isWord = false;
    }
    const t = text.slice(i, j);
    const first = t.charCodeAt(0);
    // one look at each character: plain ASCII words (the bulk of the text) get their key without
    // the cache, lower-case ones are their own key
    let ascii = true;
    let hasUpper = false;
    let hasLower = false;
    for (let k = 0; k < t.length; k++) {
      const d = t.charCodeAt(k);
      if (d >= 97 && d <= 122) hasLower = true;
      else if (d >= 65 && d <= 90) hasUpper = true;
      else if (d >= 128) {
        ascii = false;
        if (!hasLower && lowerRe.test(t[k]!)) hasLower = true;
      } else if (d === 46 || d === 39) ascii = false;
    }
    const cap = first < 128 ? first >= 65 && first <= 90 : upperRe.test(t[0]!);
    const upper = cap && !hasLower;
    const key = ascii ? (hasUpper ? t.toLowerCase() : t) : tokenKey(t);
    tokens.push({ text: t, key, start: i, end: j, cap, upper, isWord, id: vocabulary.get(key) ?? -1 });
    i = j;
  }
  return tokens;
}
