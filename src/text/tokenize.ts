/**
 * What a word's spelling says about it, shared by every token spelled the same way:
 * tokens point at one interned `WordForm` instead of each carrying its own strings.
 */
export class Lexeme {
  /** the key's number in the dictionary vocabulary, or -1 when no dictionary phrase uses the word */
  id = -1;
  constructor(readonly key: string) {}
}

export class WordForm {
  constructor(
    readonly text: string,
    readonly lexeme: Lexeme,
    readonly cap: boolean,
    readonly upper: boolean,
    readonly isWord: boolean,
  ) {}
}

/** A word or punctuation token of a sentence, with its UTF-16 span in the article text. */
export class Token {
  /** lower case, no diacritics, curly apostrophes made straight, acronym dots dropped, n't → not */
  readonly key: string;
  /**
   * the key's number in the dictionary vocabulary, or -1 when no dictionary phrase uses
   * the word; copied from the lexeme when the token is made (tokens live for one
   * analysis, the vocabulary only grows while dictionaries load), so matchers read it in one step
   */
  readonly id: number;
  constructor(
    readonly form: WordForm,
    readonly start: number,
    readonly end: number,
  ) {
    this.key = form.lexeme.key;
    this.id = form.lexeme.id;
  }
  get text(): string {
    return this.form.text;
  }
  /** starts with an upper-case letter */
  get cap(): boolean {
    return this.form.cap;
  }
  /** has letters and all of them are upper case */
  get upper(): boolean {
    return this.form.upper;
  }
  /** a word or number, not punctuation */
  get isWord(): boolean {
    return this.form.isWord;
  }
}

/** Keys by their lexeme; kept for good, because vocabulary ids live on them. */
const lexemes = new Map<string, Lexeme>();
let vocabularySize = 0;
const MAX_LEXEMES = 500_000;

function lexemeOf(key: string): Lexeme {
  let lexeme = lexemes.get(key);
  if (lexeme === undefined) {
    lexeme = new Lexeme(key);
    // past the cap (a stream of distinct numbers, say), words outside the vocabulary stay unshared
    if (lexemes.size < MAX_LEXEMES) lexemes.set(key, lexeme);
  }
  return lexeme;
}

/**
 * Words that occur in some dictionary phrase are numbered. A token whose key has
 * no number cannot start or continue any phrase, so matchers skip it after one
 * read, and walk their tries with small integers instead of strings.
 */
export function vocabularyId(key: string, add = false): number {
  const known = lexemes.get(key);
  if (known !== undefined && known.id >= 0) return known.id;
  if (!add) return -1;
  const lexeme = known ?? new Lexeme(key);
  if (!known) lexemes.set(key, lexeme);
  lexeme.id = vocabularySize++;
  return lexeme.id;
}

function tokenKey(text: string): string {
  let key = /^[\x20-\x7e]*$/.test(text) ? text.toLowerCase() : text.normalize('NFD').replace(/\p{M}/gu, '').replace(/’/g, "'").toLowerCase();
  if (key.length > 2 && key.charCodeAt(1) === 46 && /^(?:\p{L}\.){2,}$/u.test(key)) key = key.replace(/\./g, '');
  if (key === "n't") key = 'not';
  return key;
}

const upperRe = /\p{Lu}/u;
const lowerRe = /\p{Ll}/u;

function newForm(t: string, isWord: boolean): WordForm {
  let hasLower = false;
  for (let k = 0; k < t.length; k++) {
    const d = t.charCodeAt(k);
    if (d >= 97 && d <= 122) hasLower = true;
    else if (d >= 128 && !hasLower && lowerRe.test(t[k]!)) hasLower = true;
  }
  const first = t.charCodeAt(0);
  const cap = first < 128 ? first >= 65 && first <= 90 : upperRe.test(t[0]!);
  return new WordForm(t, lexemeOf(tokenKey(t)), cap, cap && !hasLower, isWord);
}

/**
 * Spellings seen so far, in an open-addressing table keyed by the text's own code
 * units: a token spelled as an earlier one costs a hash and a compare, no new strings.
 */
const TABLE_BITS = 17;
const TABLE_SIZE = 1 << TABLE_BITS;
const MASK = TABLE_SIZE - 1;
const MAX_FORMS = TABLE_SIZE >> 1;
let formHashes = new Int32Array(TABLE_SIZE);
let forms: (WordForm | undefined)[] = new Array<WordForm | undefined>(TABLE_SIZE).fill(undefined);
let formCount = 0;

/** one-character spellings (punctuation, "a", "I") by character code: no hashing for the commonest tokens */
const SINGLE_LIMIT = 0x2100;
const singleWords: (WordForm | undefined)[] = new Array<WordForm | undefined>(SINGLE_LIMIT).fill(undefined);
const singleMarks: (WordForm | undefined)[] = new Array<WordForm | undefined>(SINGLE_LIMIT).fill(undefined);

function formAt(text: string, i: number, j: number, isWord: boolean): WordForm {
  if (j - i === 1) {
    const c = text.charCodeAt(i);
    if (c < SINGLE_LIMIT) {
      const table = isWord ? singleWords : singleMarks;
      return (table[c] ??= newForm(text[i]!, isWord));
    }
  }
  let h = 0x811c9dc5 | 0;
  for (let k = i; k < j; k++) h = Math.imul(h ^ text.charCodeAt(k), 16777619);
  const length = j - i;
  let slot = h & MASK;
  for (;;) {
    const form = forms[slot];
    if (form === undefined) break;
    if (formHashes[slot] === h) {
      const s = form.text;
      if (s.length === length) {
        let same = true;
        for (let k = 0; k < length; k++) {
          if (s.charCodeAt(k) !== text.charCodeAt(i + k)) {
            same = false;
            break;
          }
        }
        if (same && form.isWord === isWord) return form;
      }
    }
    slot = (slot + 1) & MASK;
  }
  // copy the characters out, so a form never keeps a whole article alive
  const form = newForm(j - i === 1 ? text[i]! : (' ' + text.slice(i, j)).slice(1), isWord);
  if (formCount >= MAX_FORMS) {
    formHashes = new Int32Array(TABLE_SIZE);
    forms = new Array<WordForm | undefined>(TABLE_SIZE).fill(undefined);
    formCount = 0;
    slot = h & MASK;
  }
  formHashes[slot] = h;
  forms[slot] = form;
  formCount++;
  return form;
}

const letterRe = /[\p{L}\p{M}]/u;

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

/**
 * Where the token starting at `i` (not a space) ends; `~end` when it is punctuation.
 * `prevEnd` is where the token before it ended, for clitics ("don't" → "do" + "n't").
 */
function tokenEnd(text: string, i: number, end: number, prevEnd: number): number {
  const c = text.charCodeAt(i);
  let j: number;
  if (isDigit(c)) {
    j = i + 1;
    while (j < end) {
      const d = text.charCodeAt(j);
      if (isDigit(d)) j++;
      else if ((d === 46 || d === 44 || d === 58) && isDigit(text.charCodeAt(j + 1)) && j + 1 < end) j += 2;
      else break;
    }
    if (text.charCodeAt(j) === 37 && j < end) return j + 1;
    return wordEnd(text, j, end); // "5.30pm", "2nd"
  }
  if ((c === 110 || c === 78) && isApostrophe(text.charCodeAt(i + 1)) && (text.charCodeAt(i + 2) === 116 || text.charCodeAt(i + 2) === 84) && prevEnd === i) {
    return i + 3;
  }
  if (isLetter(c, text, i)) {
    // dotted acronym: U.S., a.m.
    if (text.charCodeAt(i + 1) === 46 && i + 3 < end && isLetter(text.charCodeAt(i + 2), text, i + 2) && text.charCodeAt(i + 3) === 46 && text.charCodeAt(i + 2) < 0xd800) {
      j = i;
      while (j + 1 < end && isLetter(text.charCodeAt(j), text, j) && text.charCodeAt(j) < 0xd800 && text.charCodeAt(j + 1) === 46) j += 2;
      return j;
    }
    j = wordEnd(text, i, end);
    // "don't" → "do" + "n't"
    if (j - i >= 2 && (text.charCodeAt(j - 1) === 110 || text.charCodeAt(j - 1) === 78) && isApostrophe(text.charCodeAt(j)) &&
        (text.charCodeAt(j + 1) === 116 || text.charCodeAt(j + 1) === 84) && !(j + 2 < end && isLetter(text.charCodeAt(j + 2), text, j + 2))) {
      j -= 1;
    }
    return j;
  }
  if (isApostrophe(c) && prevEnd === i) {
    j = cliticEnd(text, i, end);
    if (j > i) return j;
  }
  return ~(i + (c >= 0xd800 && c <= 0xdbff && i + 1 < end ? 2 : 1));
}

/** Tokens of `text.slice(start, end)`, with offsets into `text`: words, numbers, clitics, single punctuation marks. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  // collected in one reused array, then copied out at their exact length: growing a fresh
  // array from empty reallocates it several times per sentence
  const tokens = scratch;
  let n = 0;
  let prevEnd = -1;
  for (let i = start; i < end; ) {
    if (isSpace(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const e = tokenEnd(text, i, end, prevEnd);
    const j = e < 0 ? ~e : e;
    tokens[n++] = new Token(formAt(text, i, j, e >= 0), i, j);
    prevEnd = i = j;
  }
  const out = tokens.slice(0, n);
  if (n > 4096) scratch = []; // not kept at the size of a huge sentence
  return out;
}
let scratch: Token[] = [];

/**
 * Tokens of a dictionary phrase or cue, split by the same rules as article text.
 * A function of its own, apart from `tokenize`: when loading tens of thousands of
 * phrases went through `tokenize` (nearly every word new), V8 tuned it for that
 * work and then ran it 2.3 times slower on articles (measured with the bench corpus).
 */
export function tokenizePhrase(phrase: string): Token[] {
  const tokens: Token[] = [];
  let prevEnd = -1;
  for (let i = 0; i < phrase.length; ) {
    if (isSpace(phrase.charCodeAt(i))) {
      i++;
      continue;
    }
    const e = tokenEnd(phrase, i, phrase.length, prevEnd);
    const j = e < 0 ? ~e : e;
    tokens.push(new Token(newForm(phrase.slice(i, j), e >= 0), i, j));
    prevEnd = i = j;
  }
  return tokens;
}
