import type { Token } from '../text/tokenize.ts';
import type { Grammar } from './grammar.ts';

/** Lower-case ASCII kebab-case id for a name ("Maria Zakharova" → maria-zakharova). */
export function slugify(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'actor';
}

/** Length of an unknown capitalised personal name at `at` (up to five words), else 0. */
export function unknownNameLength(g: Grammar, tokens: Token[], at: number): number {
  let i = at;
  let words = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (t.cap && t.isWord && !t.upper && !g.notNames.has(t.text) && !g.organisationWords.has(t.text)) {
      words++;
      i++;
    } else if (t.isWord && t.upper && t.text.length === 1 && tokens[i + 1]?.text === '.') {
      i += 2; // middle initial "F."
    } else if (words > 0 && g.nameParticles.has(t.key) && tokens[i + 1]?.text === '-') {
      i += 2; // "al-Assad"
    } else if (words > 0 && g.nameParticles.has(t.key) && tokens[i + 1]?.cap) {
      i += 1;
    } else break;
    if (words >= 5) break;
  }
  if (words === 0) return 0;
  while (i > at && !tokens[i - 1]!.cap) i--;
  return i - at;
}
