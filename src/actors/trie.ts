import type { Token } from '../text/tokenize.ts';
import { tokenizePhrase, vocabularyId } from '../text/tokenize.ts';

/** How the text must be written for a dictionary word to match it. */
export const enum CaseRule {
  Any = 0,
  /** starts upper case ("Chad", not "chad") */
  Capital = 1,
  /** all upper case ("IS", "US", not "is", "us") */
  Acronym = 2,
}

export interface Pattern<P> {
  caseRules: CaseRule[];
  payload: P;
}

interface Node<P> {
  next: Map<number, Node<P>>;
  patterns?: Pattern<P>[];
  /** (first-step nodes) some phrase from here accepts a first word that is not capitalised */
  lowerStart?: boolean;
}

function caseRuleOf(token: Token): CaseRule {
  const letters = token.text.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && token.upper) return CaseRule.Acronym;
  if (token.cap) return CaseRule.Capital;
  return CaseRule.Any;
}

function caseFits(rule: CaseRule, token: Token): boolean {
  if (rule === CaseRule.Any) return true;
  if (rule === CaseRule.Acronym) return token.upper;
  return token.cap;
}

function fitsCase<P>(p: Pattern<P>, tokens: Token[], at: number): boolean {
  const rules = p.caseRules;
  for (let k = 0; k < rules.length; k++) if (!caseFits(rules[k]!, tokens[at + k]!)) return false;
  return true;
}

export interface TrieMatch<P> {
  /** token index of the first and one past the last matched token */
  first: number;
  last: number;
  payloads: P[];
}

/**
 * A token trie: a phrase is found by walking one map per token, so matching
 * costs time linear in the text whatever the number of phrases.
 */
export class PhraseTrie<P> {
  private readonly root: Node<P> = { next: new Map() };
  /** the root's children by vocabulary id, so the first step of every walk is an array read */
  private readonly firstStep: (Node<P> | undefined)[] = [];
  size = 0;

  /**
   * @param redundant tells when a payload adds nothing to one already stored for the same
   *   phrase and case rules (a later dictionary naming the same actor again): it is then not
   *   stored, so matching never sorts through it
   */
  constructor(private readonly redundant?: (added: P, stored: P) => boolean) {}

  /** Adds a phrase (tokenized as text is) with its payload. */
  add(phrase: string, payload: P, caseSensitive = true): void {
    const tokens = tokenizePhrase(phrase);
    if (tokens.length === 0) return;
    let node = this.root;
    for (const t of tokens) {
      const id = vocabularyId(t.key, true);
      let child = node.next.get(id);
      if (!child) {
        child = { next: new Map() };
        node.next.set(id, child);
        if (node === this.root) {
          // grown one slot at a time, so V8 keeps a flat array rather than a sparse (hashed) one
          while (this.firstStep.length <= id) this.firstStep.push(undefined);
          this.firstStep[id] = child;
        }
      }
      node = child;
    }
    const caseRules = caseSensitive ? tokens.map(caseRuleOf) : tokens.map(() => CaseRule.Any);
    if (caseRules[0] === CaseRule.Any) this.firstStep[vocabularyId(tokens[0]!.key)]!.lowerStart = true;
    const sameRules = (p: Pattern<P>) => p.caseRules.every((r, k) => r === caseRules[k]);
    if (this.redundant && node.patterns?.some((p) => sameRules(p) && this.redundant!(payload, p.payload))) return;
    (node.patterns ??= []).push({ caseRules, payload });
    this.size++;
  }

  /** The longest phrase starting at token `at`, with the payloads whose case rules fit. */
  longestAt(tokens: Token[], at: number): TrieMatch<P> | undefined {
    const firstId = tokens[at]!.id;
    if (firstId < 0) return undefined;
    let node: Node<P> | undefined = this.firstStep[firstId];
    // every phrase from here wants a capital first ("Said Musa"): a lower-case "said" starts none
    if (!node || (!node.lowerStart && !tokens[at]!.cap)) return undefined;
    // the deepest node with a pattern that fits; its payloads are gathered once, at the end
    let bestNode: Node<P> | undefined;
    let bestEnd = 0;
    for (let i = at; i < tokens.length; i++) {
      if (i > at) {
        const id = tokens[i]!.id;
        if (id < 0) break;
        node = node.next.get(id);
        if (!node) break;
      }
      const patterns = node.patterns;
      if (patterns) {
        for (let n = 0; n < patterns.length; n++) {
          if (fitsCase(patterns[n]!, tokens, at)) {
            bestNode = node;
            bestEnd = i + 1;
            break;
          }
        }
      }
    }
    if (!bestNode) return undefined;
    // made with its first payload: an empty array's first push reserves room for 17
    let payloads: P[] | undefined;
    for (const p of bestNode.patterns!) {
      if (!fitsCase(p, tokens, at)) continue;
      if (payloads) payloads.push(p.payload);
      else payloads = [p.payload];
    }
    return { first: at, last: bestEnd, payloads: payloads! };
  }

  /** Leftmost-longest, non-overlapping matches over a token list. */
  findAll(tokens: Token[]): TrieMatch<P>[] {
    const out: TrieMatch<P>[] = [];
    for (let i = 0; i < tokens.length; ) {
      // most tokens start no phrase: skip them without a call
      const t = tokens[i]!;
      const first = t.id < 0 ? undefined : this.firstStep[t.id];
      if (first === undefined || (!first.lowerStart && !t.cap)) {
        i++;
        continue;
      }
      const m = this.longestAt(tokens, i);
      if (m) {
        out.push(m);
        i = m.last;
      } else i++;
    }
    return out;
  }
}
