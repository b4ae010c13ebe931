import { readdirSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_FILES } from './actors/knowledge.ts';
import { dataPath } from './core/data-path.ts';
import { loadJsonl } from './core/load-jsonl.ts';
import { ActorEntry, CountryExtra, CueEntry, RoleNoun, SeatEntry } from './schemas/knowledge.ts';

/**
 * What a schema cannot see in the knowledge files: the same id twice, a full
 * name claimed by two actors, a role that ends before it starts, a cue written
 * twice. `npm run data:check` prints these; the tests require there are none.
 */
export interface DataProblem {
  file: string;
  problem: string;
}

// acronyms keep their case, as the matcher does ("JEM" and "JeM" are two groups)
const norm = (s: string) => (/[A-Z].*[A-Z]/.test(s) && s.length <= 6 ? s : s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’']/g, "'").toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ').trim());

export function checkData(): DataProblem[] {
  const problems: DataProblem[] = [];
  const ids = new Map<string, string>();
  const names = new Map<string, string>();
  for (const file of [DEFAULT_FILES.organizations, DEFAULT_FILES.people]) {
    const short = path.relative(dataPath(), file);
    for (const e of loadJsonl(file, ActorEntry)) {
      if (ids.has(e.id)) problems.push({ file: short, problem: `id "${e.id}" is also in ${ids.get(e.id)}` });
      ids.set(e.id, short);
      for (const r of e.roles) {
        if (r.from && r.to && r.to < r.from) problems.push({ file: short, problem: `${e.id}: role ${r.code} ends (${r.to}) before it starts (${r.from})` });
      }
      for (const n of new Set([e.name, ...e.aliases].map(norm))) {
        const owner = names.get(n);
        if (owner && owner !== e.id) problems.push({ file: short, problem: `name "${n}" belongs to both ${owner} and ${e.id}` });
        names.set(n, e.id);
      }
    }
  }
  const seats = new Map<string, string>();
  for (const s of loadJsonl(DEFAULT_FILES.seats, SeatEntry)) {
    const k = norm(s.alias);
    if (seats.has(k) && seats.get(k) !== `${s.country}${s.sector}`) problems.push({ file: 'actors/seats.jsonl', problem: `seat "${s.alias}" is both ${seats.get(k)} and ${s.country}${s.sector}` });
    seats.set(k, `${s.country}${s.sector}`);
  }
  const countries = new Set<string>();
  for (const c of loadJsonl(DEFAULT_FILES.countriesExtra, CountryExtra)) {
    if (countries.has(c.country)) problems.push({ file: 'actors/countries-extra.jsonl', problem: `${c.country} has two lines` });
    countries.add(c.country);
  }
  const nouns = new Set<string>();
  for (const r of loadJsonl(DEFAULT_FILES.roles, RoleNoun)) {
    if (nouns.has(r.noun)) problems.push({ file: 'agents/roles.jsonl', problem: `role noun "${r.noun}" is written twice` });
    nouns.add(r.noun);
  }
  for (const f of readdirSync(dataPath('cues')).filter((x) => x.endsWith('.jsonl'))) {
    const seen = new Set<string>();
    for (const c of loadJsonl(dataPath('cues', f), CueEntry)) {
      const k = `${c.cue.toLowerCase()}|${c.pos}`;
      if (seen.has(k)) problems.push({ file: `cues/${f}`, problem: `cue "${c.cue}" (${c.pos}) is written twice` });
      seen.add(k);
    }
  }
  return problems;
}
