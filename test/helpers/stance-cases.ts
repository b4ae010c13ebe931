import { readFileSync } from 'node:fs';
import { analyzeArticle, type Analyzer } from '../../src/analyze.ts';
import { articleRows } from '../../src/export/build-tables.ts';

/** One table-driven stance case (test/fixtures/stance/cases.jsonl). */
export interface StanceCase {
  id: string; rule: string; region: string; text: string; label: string; accept: string[];
  relations: { source: string; target: string | null; stance: string; mutual?: boolean; negated?: boolean }[];
  speaker?: string; published?: string;
}

export function loadCases(file = 'test/fixtures/stance/cases.jsonl'): StanceCase[] {
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as StanceCase);
}

const key = (s: string) => s.replace(/’/g, "'").toLowerCase().replace(/'s$/, '').replace(/^the /, '').replace(/[^a-z0-9]+/g, ' ').trim();

export interface CaseResult { labelOk: boolean; relHit: number; relTotal: number; relPrecHit: number; relPrecTotal: number; speakerOk: boolean | null; notes: string[] }

/** Runs one case: the expectations are about the passage's last sentence. */
export function runCase(c: StanceCase, analyzer?: Analyzer): CaseResult {
  const analysis = analyzeArticle({ text: c.text, published: c.published ?? null }, analyzer);
  const rows = articleRows({ article: analysis.article, units: analysis.units, actors: { sentences: analysis.actors.sentences, actors: analysis.actors.actors, candidates: [] }, stance: analysis.stance });
  const last = rows.sentences.at(-1)!;
  const names = new Map<string, string[]>();
  for (const m of rows.mentions) names.set(m.actor_id, [...(names.get(m.actor_id) ?? []), m.surface]);
  for (const a of analysis.actors.actors) names.set(a.id, [...(names.get(a.id) ?? []), a.name]);
  const is = (expected: string, actorId: string | null) => {
    if (!actorId) return false;
    const k = key(expected);
    return (names.get(actorId) ?? []).some((n) => {
      const nk = key(n);
      return nk === k || (nk.length >= 3 && ` ${k} `.includes(` ${nk} `)) || (k.length >= 3 && ` ${nk} `.includes(` ${k} `));
    });
  };
  const predicted = rows.relations.filter((r) => r.sentence_index === last.sentence_index);
  const match = (e: StanceCase['relations'][number], r: (typeof predicted)[number]) => r.stance === e.stance &&
    ((is(e.source, r.source) && (e.target === null || is(e.target, r.target))) || (!!e.mutual && e.target !== null && is(e.target, r.source) && is(e.source, r.target)));
  const notes: string[] = [];
  let relHit = 0;
  for (const e of c.relations) {
    if (predicted.some((r) => match(e, r))) relHit++;
    else notes.push(`missed ${e.source} -> ${e.target} ${e.stance}`);
  }
  let relPrecHit = 0;
  for (const r of predicted) {
    if (c.relations.some((e) => match(e, r))) relPrecHit++;
    else notes.push(`extra ${r.source} -> ${r.target} ${r.stance} (${r.cue})`);
  }
  const labelOk = c.accept.includes(last.stance);
  if (!labelOk) notes.unshift(`label ${last.stance}, expected ${c.accept.join('|')}`);
  const speakerOk = c.speaker ? is(c.speaker, last.speaker) : null;
  if (speakerOk === false) notes.push(`speaker ${last.speaker}, expected ${c.speaker}`);
  return { labelOk, relHit, relTotal: c.relations.length, relPrecHit, relPrecTotal: predicted.length, speakerOk, notes };
}
