/**
 * Offset conversion between JavaScript string indices (UTF-16 code units) and
 * the Unicode code points every table uses, so that Python's `text[start:end]`
 * slices the same span. All conversions in the project go through here.
 */

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Number of code points in `text` (a lone surrogate counts as one). */
export function codePointLength(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    if (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) {
      n--;
      i++;
    }
  }
  return n;
}

/**
 * Converts increasing UTF-16 indices of one text to code-point offsets in
 * amortised O(1) each: it remembers where the last call stopped. Calls with a
 * smaller index than the previous one restart from the beginning.
 */
export class CodePointCursor {
  private unit = 0;
  private point = 0;
  constructor(private readonly text: string) {}

  toCodePoint(utf16Index: number): number {
    if (utf16Index < this.unit) {
      this.unit = 0;
      this.point = 0;
    }
    const text = this.text;
    let u = this.unit;
    let p = this.point;
    while (u < utf16Index) {
      if (isHighSurrogate(text.charCodeAt(u)) && u + 1 < text.length && isLowSurrogate(text.charCodeAt(u + 1))) {
        // an index pointing between the halves of a pair belongs to the pair's code point
        if (u + 1 === utf16Index) break;
        u += 2;
      } else {
        u += 1;
      }
      p++;
    }
    this.unit = u;
    this.point = p;
    return p;
  }
}

/** UTF-16 index → code-point offset (single use; prefer CodePointCursor in loops). */
export function toCodePointOffset(text: string, utf16Index: number): number {
  return new CodePointCursor(text).toCodePoint(utf16Index);
}

/** Code-point offset → UTF-16 index. */
export function toUtf16Index(text: string, codePointOffset: number): number {
  let u = 0;
  for (let p = 0; p < codePointOffset && u < text.length; p++) {
    u += isHighSurrogate(text.charCodeAt(u)) && isLowSurrogate(text.charCodeAt(u + 1)) ? 2 : 1;
  }
  return u;
}

/** Slices `text` by code-point offsets, as Python's `text[start:end]` would. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  const s = toUtf16Index(text, start);
  const e = s + toUtf16Index(text.slice(s), end - start);
  return text.slice(s, e);
}
