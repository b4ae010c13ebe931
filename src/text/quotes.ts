import type { Token } from './tokenize.ts';

const OPEN = new Set(['“', '«', '„']);
const CLOSE = new Set(['”', '»']);

/**
 * Marks which tokens stand inside a quotation. `open` says whether the
 * sentence starts inside a quote left open by the sentence before; the
 * result says whether a quote is still open at its end. Straight double
 * quotes toggle; curly and guillemet quotes open and close explicitly.
 */
export function markQuoted(tokens: Token[], open: boolean): { quoted: boolean[]; openAtEnd: boolean } {
  const quoted = new Array<boolean>(tokens.length);
  let inside = open;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!.text;
    if (OPEN.has(t)) {
      inside = true;
      quoted[i] = false;
    } else if (CLOSE.has(t)) {
      inside = false;
      quoted[i] = false;
    } else if (t === '"') {
      inside = !inside;
      quoted[i] = false;
    } else quoted[i] = inside;
  }
  return { quoted, openAtEnd: inside };
}
