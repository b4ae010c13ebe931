import { CodePointCursor } from '../core/offsets.ts';
import { loadSplitRules, type SplitRules } from './rules.ts';

/** A sentence: its text and its span in code points, `text === [...input].slice(start, end).join('')`. */
export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

// One forward scan over UTF-16 code units. Work beyond a comparison or two per
// character happens only at terminators and newlines, which keeps the splitter
// linear and fast; the decisions at a terminator read a few words around it.

const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;
const PERIOD = 46;
const QUESTION = 63;
const BANG = 33;
const ELLIPSIS = 0x2026;
const APOSTROPHE = 39;
const RIGHT_SINGLE = 0x2019;

export function isSpaceCode(c: number): boolean {
  if (c <= SPACE) return c === SPACE || (c >= TAB && c <= CR);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0xfeff || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

const isTerminatorCode = (c: number) => c === PERIOD || c === QUESTION || c === BANG || c === ELLIPSIS ||
  c === 0x203c || c === 0x2047 || c === 0x2048 || c === 0x2049;

// closing quotes and brackets that belong to the sentence they end
const CLOSERS = new Set([34, 39, 0x201d, 0x2019, 41, 93, 125, 0xbb, 0x203a]);
const QUOTE_CLOSERS = new Set([34, 39, 0x201d, 0x2019, 0xbb, 0x203a]);
const OPENERS = new Set([34, 39, 0x201c, 0x2018, 40, 91, 123, 0xab, 0x2039, 0x201e]);

const letterRe = /\p{L}|\p{M}/u;
const upperRe = /\p{Lu}|\p{Lt}/u;
const lowerRe = /\p{Ll}/u;

function isLetterCode(c: number, ch: string): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return letterRe.test(ch);
}
function isUpper(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  return upperRe.test(String.fromCodePoint(text.codePointAt(i)!));
}
function isLower(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 97 && c <= 122;
  return lowerRe.test(String.fromCodePoint(text.codePointAt(i)!));
}
const isDigitCode = (c: number) => c >= 48 && c <= 57;

/** The word (letters, digits, inner dots and apostrophes) that ends right before `end`. */
function wordBefore(text: string, end: number): { word: string; start: number } {
  let s = end;
  while (s > 0) {
    const c = text.charCodeAt(s - 1);
    if (c === PERIOD || c === APOSTROPHE || c === RIGHT_SINGLE || isDigitCode(c) || isLetterCode(c, text[s - 1]!)) s--;
    else if (c >= 0xdc00 && c <= 0xdfff && s > 1) s -= 2; // astral letters are rare; keep them in the word
    else break;
  }
  // a leading dot is punctuation, not part of the word ("...Gen")
  while (s < end && text.charCodeAt(s) === PERIOD) s++;
  return { word: text.slice(s, end), start: s };
}

/** The word starting at `start` (letters, apostrophes and hyphens). */
function wordAt(text: string, start: number): string {
  let e = start;
  while (e < text.length) {
    const c = text.charCodeAt(e);
    if (c === APOSTROPHE || c === RIGHT_SINGLE || c === 45 || isLetterCode(c, text[e]!)) e++;
    else break;
  }
  return text.slice(start, e);
}

function skipSpaces(text: string, i: number): number {
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** Is there a blank line (two newlines with only spaces between) in [from, to)? */
function hasBlankLine(text: string, from: number, to: number): boolean {
  let newlines = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || c === 0x2029) {
      if (++newlines === 2) return true;
    } else if (c === CR) {
      if (text.charCodeAt(i + 1) !== LF && ++newlines === 2) return true;
    }
  }
  return false;
}

function isDottedAcronym(word: string): boolean {
  // U.S, U.N, a.m, U.S.A, Ph.D: short parts joined by dots
  if (word.indexOf('.') < 0) return false;
  return word.split('.').every((part) => part.length >= 1 && part.length <= 2);
}

const LIST_MARKER_RE = /^(?:[•·▪‣◦*●○■□►–—-]|\(?(?:\d{1,3}|[A-Za-z]|[ivxIVX]{1,4})[.)])(?=\s)/;
const CREDIT_RE = /^(?:\(?(?:Reporting|Additional reporting|Writing|Editing|Compiled|Translated) by\b|By [A-Z])/;

/** Does the line starting at `i` begin a new unit on its own (list item, byline, credit)? */
function lineStartsUnit(text: string, i: number): boolean {
  const head = text.slice(i, i + 40);
  return LIST_MARKER_RE.test(head) || CREDIT_RE.test(head);
}

export class SentenceSplitter {
  constructor(private readonly rules: SplitRules) {}

  /** Splits `text` into trimmed sentences with code-point offsets. */
  split(text: string): SentenceSpan[] {
    const spans = this.splitUtf16(text);
    const cursor = new CodePointCursor(text);
    const out: SentenceSpan[] = new Array(spans.length / 2);
    for (let k = 0; k < spans.length; k += 2) {
      const s = spans[k]!;
      const e = spans[k + 1]!;
      out[k / 2] = { text: text.slice(s, e), start: cursor.toCodePoint(s), end: cursor.toCodePoint(e) };
    }
    return out;
  }

  /** Sentence boundaries as a flat list of UTF-16 [start, end) pairs. */
  splitUtf16(text: string): number[] {
    const out: number[] = [];
    const n = text.length;
    let segStart = -1;
    let lineStart = 0;
    let lineNumber = 0;
    const push = (s: number, e: number) => {
      while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
      if (e > s) out.push(s, e);
    };
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === LF || c === CR || c === 0x2028 || c === 0x2029) {
        const next = skipSpaces(text, i);
        if (segStart >= 0) {
          if (next >= n || hasBlankLine(text, i, next) || c === 0x2029 ||
              this.singleNewlineEnds(text, segStart, lineStart, lineNumber, i, next)) {
            push(segStart, i);
            segStart = -1;
          }
        }
        lineStart = next;
        lineNumber++;
        i = next;
        continue;
      }
      if (isSpaceCode(c)) {
        i++;
        continue;
      }
      if (segStart < 0) segStart = i;
      if (isTerminatorCode(c)) {
        const end = this.boundaryAt(text, i, segStart, lineStart);
        if (end > 0) {
          push(segStart, end);
          segStart = -1;
          i = end;
        } else {
          i = -end;
        }
        continue;
      }
      i++;
    }
    if (segStart >= 0) push(segStart, n);
    return out;
  }

  /** A single line break ends a headline, a list item or a line before a credit. */
  private singleNewlineEnds(text: string, segStart: number, lineStart: number, lineNumber: number, nl: number, next: number): boolean {
    if (lineStartsUnit(text, next)) return true;
    if (segStart !== lineStart) return false;
    const line = text.slice(lineStart, nl).trimEnd();
    if (line.length === 0 || isTerminatorCode(line.charCodeAt(line.length - 1))) return false;
    if (!isUpper(text, next) && !isDigitCode(text.charCodeAt(next)) && !OPENERS.has(text.charCodeAt(next))) return false;
    // the first line of a text is its headline; later, only a Title Case or ALL CAPS line is a heading
    if (lineNumber === 0 || (lineNumber === 1 && text.slice(0, lineStart).trim() === '')) return true;
    return line.split(/\s+/).every((w) => w.length <= 3 || /^[^\p{Ll}]/u.test(w));
  }

  /**
   * At a terminator at `i`: returns the index just after the sentence's last
   * character when a sentence ends here, else the negated index to go on from.
   */
  private boundaryAt(text: string, i: number, segStart: number, lineStart: number): number {
    const n = text.length;
    const first = text.charCodeAt(i);
    let k = i;
    let periods = 0;
    let strong = false; // ? or !
    let ellipsis = first === ELLIPSIS;
    while (k < n) {
      const c = text.charCodeAt(k);
      if (c === PERIOD) {
        periods++;
        k++;
        // spaced ellipsis ". . ."
        if (text.charCodeAt(k) === SPACE && text.charCodeAt(k + 1) === PERIOD && (periods > 1 || text.charCodeAt(k + 2) === SPACE || text.charCodeAt(k + 2) === PERIOD)) {
          ellipsis = true;
          k++;
        }
      } else if (c === ELLIPSIS) {
        ellipsis = true;
        k++;
      } else if (isTerminatorCode(c)) {
        strong = true;
        k++;
      } else break;
    }
    if (periods > 1) ellipsis = true;
    let quoted = false;
    let closed = false;
    while (k < n && CLOSERS.has(text.charCodeAt(k))) {
      const c = text.charCodeAt(k);
      // an apostrophe after a terminator closes a quote only when no letter follows ("U.S.'s" stays)
      if ((c === APOSTROPHE || c === RIGHT_SINGLE) && k + 1 < n && isLetterCode(text.charCodeAt(k + 1), text[k + 1]!)) break;
      if (QUOTE_CLOSERS.has(c)) quoted = true;
      closed = true;
      k++;
    }
    if (k >= n) return n;
    if (!isSpaceCode(text.charCodeAt(k))) return -k; // "3.5", "U.S.A", "example.com", "?!"
    const m = skipSpaces(text, k);
    if (m >= n) return k;
    if (hasBlankLine(text, k, m)) return k;
    const nc = text.charCodeAt(m);
    // a sentence never starts in lower case or with a comma ("… etc., and", "“Why?” he asked")
    if (isLower(text, m) || nc === 44 || nc === 59 || nc === 58) return -k;
    if (quoted && this.attributionFollows(text, m)) return -k;
    if (strong && !ellipsis) {
      const bang = this.rules.bangNames.find((b) => text.endsWith(b, i + 1) || text.endsWith(b, k));
      if (bang && !this.startsSentence(text, m)) return -k;
      return k;
    }
    if (ellipsis || strong || closed) return k;
    return this.periodEnds(text, i, m, segStart, lineStart) ? k : -k;
  }

  /** “…!” Smith shouted. — a capitalised name then a speech verb continues the sentence. */
  private attributionFollows(text: string, m: number): boolean {
    let p = m;
    for (let w = 0; w < 4; w++) {
      const word = wordAt(text, p);
      if (word.length === 0) return false;
      if (this.rules.speechVerbs.has(word)) return w > 0;
      if (w === 0 && this.rules.starters.has(word)) return false;
      if (!isUpper(text, p)) return false;
      p += word.length;
      if (text.charCodeAt(p) === PERIOD) p++; // "Lt. Col."
      if (p >= text.length || !isSpaceCode(text.charCodeAt(p))) return false;
      p = skipSpaces(text, p);
    }
    return false;
  }

  private startsSentence(text: string, m: number): boolean {
    const nc = text.charCodeAt(m);
    if (OPENERS.has(nc)) return true;
    return this.rules.starters.has(wordAt(text, m));
  }

  private has(set: Set<string>, word: string): boolean {
    return set.has(word) || set.has(word.toLowerCase());
  }

  /** A single period at `i` with the next sentence's first character at `m`. */
  private periodEnds(text: string, i: number, m: number, segStart: number, lineStart: number): boolean {
    const rules = this.rules;
    const { word, start } = wordBefore(text, i);
    const nextIsDigit = isDigitCode(text.charCodeAt(m));
    if (word.length === 0) return true;
    // "1." "a." "iv." opening a list line
    if (start === lineStart && start === segStart && /^(?:\d{1,3}|[A-Za-z]|[ivxIVX]{1,4})$/.test(word)) return false;
    if (this.has(rules.neverFinal, word)) return false;
    if (rules.title.has(word)) return !(isUpper(text, m) || nextIsDigit);
    if (this.has(rules.number, word) && nextIsDigit) return false;
    if (rules.month.has(word)) return nextIsDigit ? false : this.startsSentence(text, m);
    if (this.has(rules.ending, word)) return this.startsSentence(text, m);
    if (isDottedAcronym(word)) return this.startsSentence(text, m);
    if (word.length === 1 && isUpper(text, start)) {
      // an initial ("John F. Kennedy") unless a lower-case word precedes it ("than I. We")
      if (start === segStart || (isUpper(text, m) && text.charCodeAt(m + 1) === PERIOD)) return false; // "J. R. R. Tolkien"
      const prev = wordBefore(text, skipBackSpaces(text, start));
      if (prev.word.length === 0) return this.startsSentence(text, m);
      return isLower(text, prev.start);
    }
    return true;
  }
}

function skipBackSpaces(text: string, i: number): number {
  while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) i--;
  return i;
}

let defaultSplitter: SentenceSplitter | undefined;

/** Splits English news text into sentences with code-point offsets, using `data/split/rules.json`. */
export function splitSentences(text: string): SentenceSpan[] {
  defaultSplitter ??= new SentenceSplitter(loadSplitRules());
  return defaultSplitter.split(text);
}
