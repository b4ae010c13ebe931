import type { ActorRow, MentionRow, RelationRow, SentenceRow } from '../../src/schemas/tables.ts';

/**
 * Scores one article's rows against a careful reader's annotation, with the
 * same matching rules as ../shared/tools/score-seed.py, so that the project's
 * own annotated articles are held to the same measure as the seed.
 */
export interface GoldActor { type: string; country: string | null; names: string[] }
export interface GoldRelation { source: string; target: string | null; stance: string; mutual?: boolean }
export interface GoldSentence { i: number; text: string; actors: string[]; optional?: string[]; stance: string[]; relations: GoldRelation[]; speaker?: string }
export interface GoldFile { actors: Record<string, GoldActor>; sentences: GoldSentence[] }

export interface Score {
  sentences: number; split: number; stance: number;
  actorHit: number; actorTotal: number; precHit: number; precTotal: number;
  relHit: number; relTotal: number; relPrecHit: number; relPrecTotal: number;
  notes: string[];
}

const norm = (s: string | null | undefined) => (s ?? '').replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();
function key(s: string | null | undefined): string {
  let k = (s ?? '').replace(/\(.*?\)/g, '').replace(/’/g, "'").toLowerCase().trim();
  k = k.replace(/^(the)\s+/, '').replace(/'s$/, '');
  return k.replace(/[^a-z0-9]+/g, ' ').trim();
}
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function scoreArticle(gold: GoldFile, rows: { sentences: SentenceRow[]; mentions: MentionRow[]; relations: RelationRow[]; actors: ActorRow[] }): Score {
  const actors = new Map(rows.actors.map((a) => [a.actor_id, a]));
  const matches = (gkey: string, actorId: string, surface = ''): boolean => {
    const g = gold.actors[gkey];
    if (!g) return false;
    const a = actors.get(actorId) ?? { name: actorId, type: '', country: '' };
    const cands = [key(a.name), key(actorId), key(surface)].filter(Boolean);
    for (const n of g.names) {
      const k = key(n);
      if (!k) continue;
      for (const c of cands) {
        if (c === k || (k.length >= 4 && new RegExp(`\\b${escape(k)}\\b`).test(c))) return true;
        const kl = k.split(' ').at(-1)!;
        if (g.type === 'person' && c.split(' ').at(-1) === kl && kl.length > 3) return true;
      }
    }
    const t = (a.type ?? '').toLowerCase();
    if (g.type === 'country' && (a.country ?? '') === g.country && !['person', 'media', 'armed_group', 'igo', 'organization'].includes(t)) return true;
    if (gkey === 'SYRREB' && t === 'armed_group' && a.country === 'SYR') return true;
    return false;
  };
  const s: Score = { sentences: gold.sentences.length, split: 0, stance: 0, actorHit: 0, actorTotal: 0, precHit: 0, precTotal: 0, relHit: 0, relTotal: 0, relPrecHit: 0, relPrecTotal: 0, notes: [] };
  for (const g of gold.sentences) {
    const gt = norm(g.text);
    let p = rows.sentences.find((x) => norm(x.text) === gt);
    if (p) s.split++;
    else p = rows.sentences.find((x) => norm(x.text) && (gt.includes(norm(x.text)) || norm(x.text).includes(gt)));
    if (!p) {
      s.notes.push(`[${g.i}] no sentence found: ${gt.slice(0, 60)}`);
      s.actorTotal += g.actors.length;
      s.relTotal += g.relations.length;
      continue;
    }
    const ms = rows.mentions.filter((m) => m.sentence_index === p.sentence_index && m.role === 'actor');
    for (const ga of g.actors) {
      s.actorTotal++;
      if (ms.some((m) => matches(ga, m.actor_id, m.surface))) s.actorHit++;
      else s.notes.push(`[${g.i}] actor missed: ${ga}`);
    }
    const allowed = [...g.actors, ...(g.optional ?? []), ...(g.speaker ? [g.speaker] : [])];
    for (const m of ms) {
      s.precTotal++;
      if (allowed.some((ga) => matches(ga, m.actor_id, m.surface))) s.precHit++;
      else s.notes.push(`[${g.i}] extra actor: ${m.actor_id} (${m.surface})`);
    }
    if (g.stance.includes(p.stance)) s.stance++;
    else s.notes.push(`[${g.i}] stance ${p.stance}, expected ${g.stance.join('|')}: ${gt.slice(0, 70)}`);
    const prs = rows.relations.filter((r) => r.sentence_index === p.sentence_index);
    const relMatch = (gr: GoldRelation, r: RelationRow) => {
      if (r.stance !== gr.stance) return false;
      const pair = (src: string, tgt: string | null) => matches(src, r.source) && (gr.target === null || (!!r.target && matches(tgt!, r.target)));
      return pair(gr.source, gr.target) || (!!gr.mutual && gr.target !== null && pair(gr.target, gr.source));
    };
    for (const gr of g.relations) {
      s.relTotal++;
      if (prs.some((r) => relMatch(gr, r))) s.relHit++;
      else s.notes.push(`[${g.i}] relation missed: ${gr.source} -> ${gr.target} ${gr.stance}`);
    }
    for (const r of prs) {
      s.relPrecTotal++;
      if (g.relations.some((gr) => relMatch(gr, r))) s.relPrecHit++;
      else s.notes.push(`[${g.i}] extra relation: ${r.source} -> ${r.target} ${r.stance} (${r.cue})`);
    }
  }
  return s;
}

export function addScores(a: Score, b: Score): Score {
  const out = { ...a, notes: [...a.notes, ...b.notes] };
  for (const k of Object.keys(a) as (keyof Score)[]) if (k !== 'notes') (out[k] as number) = (a[k] as number) + (b[k] as number);
  return out;
}

export const ratio = (a: number, b: number) => (b ? a / b : 0);
