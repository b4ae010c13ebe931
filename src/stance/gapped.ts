import type { TrieMatch } from '../actors/trie.ts';
import type { CueEntry } from '../schemas/knowledge.ts';
import type { Token } from '../text/tokenize.ts';
import type { GappedCue } from './lexicon.ts';
import { isModifier } from './token-spans.ts';

/** A lower-case word in -ly ("firmly", "publicly"): what may stand between a verb and its particle. */
const isAdverb = (t: Token) => t.isWord && !t.cap && t.key.length > 4 && t.key.endsWith('ly');

/**
 * Adds verb-and-object cues with up to three lower-case words, none of them `functionWords`, between ("imposed new sanctions",
 * "sending more weapons", "recalled the country's ambassador"), and verb-and-particle cues with one adverb between ("stood
 * firmly behind"), where no cue was matched as written.
 */
export function withGappedMatches(tokens: Token[], matches: TrieMatch<CueEntry>[], gapped: Map<string, GappedCue[]>, isHead: (id: number) => boolean, functionWords: Set<string>): TrieMatch<CueEntry>[] {
  let found: TrieMatch<CueEntry>[] | undefined;
  for (let i = 0; i < tokens.length - 2; i++) {
    if (!isHead(tokens[i]!.id)) continue;
    for (const g of gapped.get(tokens[i]!.key) ?? []) {
      if (g.adverbOnly) {
        if (isAdverb(tokens[i + 1]!) && g.object.every((w, k) => tokens[i + 2 + k]?.key === w)) (found ??= []).push({ first: i, last: i + 2 + g.object.length, payloads: [g.entry] });
        continue;
      }
      for (let gap = 1; gap <= 3; gap++) {
        const at = i + 1 + gap;
        // every word between must be a modifier ("new", "more"), a possessive "'s" included ("the country's ambassador")
        if (at > tokens.length || !isModifier(tokens[i + gap]!, functionWords)) break;
        if (at + g.object.length > tokens.length || !g.object.every((w, k) => tokens[at + k]!.key === w)) continue;
        (found ??= []).push({ first: i, last: at + g.object.length, payloads: [g.entry] });
        break;
      }
    }
  }
  if (!found) return matches;
  // a cue matched as written wins over one with words between
  const kept = found.filter((f) => !matches.some((m) => m.first < f.last && f.first < m.last));
  return kept.length ? [...matches, ...kept].sort((a, b) => a.first - b.first) : matches;
}
