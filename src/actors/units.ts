import { firstAtOrAfter } from '../core/search.ts';
import type { Token } from '../text/tokenize.ts';
import type { Entry } from './knowledge.ts';
import type { AnalysedSentence } from './mentions.ts';

// Small helpers over the dictionary phrases ("units") found in one sentence.

/** A dictionary phrase found in a sentence, with what it stands for. */
export type Unit = { first: number; last: number; entry: Entry; consumed?: boolean };

export const COORD = new Set(['and', ',', '&', 'or', 'as', 'well']);
export const isCoordination = (t: Token) => COORD.has(t.key);
export const REBEL_SECTORS = new Set(['REB', 'INS', 'UAF', 'RAD']);
export const KIND_RANK: Record<Entry['kind'], number> = { actor: 0, seat: 1, capital: 2, demonym: 3, role: 4, short: 5 };
export const isCoordinationOrThe = (t: Token) => COORD.has(t.key) || t.key === 'the';
export const isPossessiveOrHyphen = (t: Token) => t.key === "'s" || t.text === '-';

export const NO_UNITS: Unit[] = [];
/** How far back (in tokens) a role looks for its owner or place; bounds the work in very long sentences. */
export const NEAR = 40;

/**
 * A sentence's units by the token they start and end at, so lookups stay O(1) in
 * very long sentences. Built on first use: only sentences with a role noun look units up.
 * (A class, not closures made per sentence: tsx names every such closure with a
 * property definition, which V8 makes slow.)
 */
export class UnitIndex {
  private startingAt: (Unit[] | undefined)[] | undefined;
  private endingAt: (Unit[] | undefined)[] | undefined;

  constructor(private readonly units: Unit[], private readonly tokenCount: number) {}

  /** Units that start at token i. */
  at(i: number): Unit[] {
    if (!this.startingAt) this.build();
    return (i >= 0 && this.startingAt![i]) || NO_UNITS;
  }

  /** Units that end at token i. */
  ending(i: number): Unit[] {
    if (!this.endingAt) this.build();
    return (i >= 0 && this.endingAt![i]) || NO_UNITS;
  }

  private build(): void {
    const startingAt: (Unit[] | undefined)[] = (this.startingAt = new Array(this.tokenCount + 1));
    const endingAt: (Unit[] | undefined)[] = (this.endingAt = new Array(this.tokenCount + 1));
    for (const x of this.units) {
      // `[x]`, not `[]` then push: an empty array's first push reserves room for 17
      const starting = startingAt[x.first];
      if (starting) starting.push(x);
      else startingAt[x.first] = [x];
      const ending = endingAt[x.last];
      if (ending) ending.push(x);
      else endingAt[x.last] = [x];
    }
  }
}

/** Index of the first unit that starts at or after `token` (units are in text order). */
export function firstUnitFrom(units: Unit[], token: number): number {
  return firstAtOrAfter(units, token, (u) => u.first);
}

/** Units ending before `before` and close to it, nearest first (units are in text order; k is the current one). */
export function nearBefore(units: Unit[], k: number, before: number): Unit[] {
  const out: Unit[] = [];
  for (let j = k - 1; j >= 0 && units[j]!.first >= before - NEAR; j--) if (units[j]!.last <= before) out.push(units[j]!);
  return out;
}

/** Which tokens of a sentence its mentions cover. */
export function coverage(s: AnalysedSentence): Uint8Array {
  const covered = new Uint8Array(s.tokens.length);
  for (const m of s.mentions) covered.fill(1, m.first, m.last);
  return covered;
}

export function hasConjunction(tokens: Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const k = tokens[i]!.key;
    if (k === 'and' || k === 'or' || k === '&') return true;
  }
  return false;
}

export function gapIs(tokens: Token[], a: number, b: number, ok: (t: Token) => boolean): boolean {
  for (let i = a; i < b; i++) if (!ok(tokens[i]!)) return false;
  return true;
}
