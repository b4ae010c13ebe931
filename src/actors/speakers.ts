import type { Grammar } from './grammar.ts';
import type { AnalysedSentence, Mention } from './mentions.ts';
import { coverage } from './units.ts';

/** Who speaks the quotation in this sentence: the actor next to a speech verb outside the quote. */
export function findSpeaker(g: Grammar, s: AnalysedSentence): string | null {
  const { tokens, quoted } = s;
  // the speech verb nearest the quotation marks comes first ("Asked whether Iran …, Grossi said: “…")
  const marks: number[] = [];
  tokens.forEach((t, i) => {
    if (t.text === '“' || t.text === '”' || t.text === '"') marks.push(i);
  });
  const taken = coverage(s);
  const verbs = tokens.map((_, i) => i).filter((i) => !quoted[i] && g.speechVerbs.has(tokens[i]!.key) && !taken[i]).slice(0, 50);
  verbs.sort((a, b) => distanceToMark(marks, a) - distanceToMark(marks, b));
  const outside = s.mentions.filter((m) => m.role === 'actor' && !quoted[m.first]);
  for (const i of verbs) {
    // "Tom Perriello, the U.S. special envoy for Sudan, told reporters": the name before the apposition speaks
    const opened = appositionStart(tokens, i);
    const named = opened >= 0 ? outside.find((m) => m.last === opened) : undefined;
    if (named) return named.actorId;
    let before: Mention | undefined;
    let after: Mention | undefined;
    for (const m of outside) {
      if (m.last <= i && i - m.last <= 4 && (!before || m.last > before.last)) before = m;
      if (m.first > i && m.first - i <= 3 && (!after || m.first < after.first)) after = m;
    }
    if (before) return before.actorId;
    if (after) return after.actorId;
  }
  return null;
}

/** Where ", …," that ends right before token `verb` opens (the first comma), or -1. */
function appositionStart(tokens: AnalysedSentence['tokens'], verb: number): number {
  if (tokens[verb - 1]?.text !== ',') return -1;
  for (let j = verb - 2; j >= 0 && j >= verb - 14; j--) {
    const t = tokens[j]!.text;
    if (t === ',') return j;
    if (t === '”' || t === '"' || t === '“') return -1;
  }
  return -1;
}

/** Tokens from i to the nearest quotation mark. */
function distanceToMark(marks: number[], i: number): number {
  let best = 99;
  for (const m of marks) best = Math.min(best, Math.abs(m - i));
  return best;
}
