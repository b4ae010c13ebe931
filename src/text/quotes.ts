import type { Token } from './tokenize.ts';

const LEFT_DOUBLE = 0x201c;
const RIGHT_DOUBLE = 0x201d;
const LOW_DOUBLE = 0x201e;
const LEFT_GUILLEMET = 0xab;
const RIGHT_GUILLEMET = 0xbb;
const STRAIGHT_DOUBLE = 34;

/**
 * Marks which tokens stand inside a quotation. `open` says whether the
 * sentence starts inside a quote left open by the sentence before; the
 * result says whether a quote is still open at its end. Straight double
 * quotes toggle; curly and guillemet quotes open and close explicitly.
 */
export function markQuoted(tokens: Token[], open: boolean): { quoted: boolean[]; openAtEnd: boolean } {
  // sized once: grown from empty, the array was reallocated several times per sentence
  const quoted = new Array<boolean>(tokens.length);
  let inside = open;
  for (let i = 0; i < tokens.length; i++) {
    const text = tokens[i]!.text;
    const c = text.length === 1 ? text.charCodeAt(0) : 0;
    if (c === LEFT_DOUBLE || c === LOW_DOUBLE || c === LEFT_GUILLEMET) {
      inside = true;
      quoted[i] = false;
    } else if (c === RIGHT_DOUBLE || c === RIGHT_GUILLEMET) {
      inside = false;
      quoted[i] = false;
    } else if (c === STRAIGHT_DOUBLE) {
      inside = !inside;
      quoted[i] = false;
    } else quoted[i] = inside;
  }
  return { quoted, openAtEnd: inside };
}
