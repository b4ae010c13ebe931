import { existsSync } from 'node:fs';
import worldCountries, { type Country } from 'world-countries';
import { dataPath } from '../core/data-path.ts';
import { loadJsonl } from '../core/load-jsonl.ts';
import {
  ActorEntry, CountryExtra, RoleNoun, SeatEntry,
  type RoleSpan,
} from '../schemas/knowledge.ts';
import type { ActorType, MentionHow } from '../schemas/tables.ts';
import { PhraseTrie } from './trie.ts';

/** An actor the run knows: from a dictionary, or made from the text. */
export interface ActorInfo {
  id: string;
  name: string;
  type: ActorType;
  country: string | null;
  code: string;
  roles: RoleSpan[];
  /** where the entry comes from: a data file, a --actors file, or "text" */
  dictionary: string;
  discovered: boolean;
}

/** What a dictionary phrase stands for when it is found in a text. */
export type Entry =
  | { kind: 'actor'; actorId: string; how: MentionHow }
  | { kind: 'short'; actorId: string }
  | { kind: 'demonym'; country: string; plural: boolean }
  | { kind: 'capital'; country: string }
  | { kind: 'seat'; country: string; sector: string }
  | { kind: 'role'; sector: string; person: boolean; plural: boolean; noun: string };

export const SECTOR_NAMES: Record<string, string> = {
  GOV: 'government', MIL: 'military', REB: 'rebels', OPP: 'opposition', LEG: 'legislature', JUD: 'judiciary',
  COP: 'police', SPY: 'intelligence', MED: 'media', CVL: 'civilians', BUS: 'business', INS: 'insurgents',
  UAF: 'armed forces', REF: 'refugees', NGO: 'NGOs', IGO: 'international officials', EDU: 'education',
  HLH: 'health', LAB: 'labour', ELI: 'elites', CRM: 'criminals', AGR: 'agriculture', ENV: 'environment',
  HRI: 'rights groups', RAD: 'radicals', MOD: 'moderates', PTY: 'parties', SET: 'settlers',
};

export function sectorType(sector: string): ActorType {
  if (['GOV', 'LEG', 'JUD', 'COP', 'SPY'].includes(sector)) return 'government';
  if (sector === 'MIL' || sector === 'UAF') return 'military';
  if (['REB', 'INS', 'RAD'].includes(sector)) return 'armed_group';
  if (sector === 'MED') return 'media';
  return 'group';
}

/**
 * Two entries read a phrase the same way: same kind and target, whatever `how` says. The
 * resolver takes the first entry of a kind, so a second such entry could never be chosen.
 */
function sameReading(added: Entry, stored: Entry): boolean {
  if (added.kind !== stored.kind) return false;
  const { how: _a, ...a } = added as Entry & { how?: string };
  const { how: _b, ...b } = stored as Entry & { how?: string };
  return JSON.stringify(a) === JSON.stringify(b);
}

export class ActorKnowledge {
  readonly actors = new Map<string, ActorInfo>();
  readonly names = new PhraseTrie<Entry>(sameReading);
  /** short forms (surnames, "the Post") by key, for lookups after a full name was seen */
  readonly shortOwners = new Map<string, string[]>();
  /** the last words of the role nouns of people ("spokesperson", "minister", "officials"), lower case */
  readonly personRoleWords = new Set<string>();
  readonly sources: string[] = [];

  addActor(info: ActorInfo): void {
    const known = this.actors.get(info.id);
    if (known) {
      // a later dictionary adds roles to an actor it shares an id with
      known.roles.push(...info.roles.filter((r) => !known.roles.some((k) => k.code === r.code && k.from === r.from)));
      return;
    }
    this.actors.set(info.id, info);
  }

  addName(phrase: string, entry: Entry, caseSensitive = true): void {
    const cleaned = phrase.replace(/^the\s+/i, '').trim();
    if (cleaned) this.names.add(cleaned, entry, caseSensitive);
  }

  addShort(phrase: string, actorId: string): void {
    const cleaned = phrase.replace(/^the\s+/i, '').trim();
    if (!cleaned) return;
    this.names.add(cleaned, { kind: 'short', actorId });
    const owners = this.shortOwners.get(cleaned.toLowerCase()) ?? [];
    if (!owners.includes(actorId)) owners.push(actorId);
    this.shortOwners.set(cleaned.toLowerCase(), owners);
  }

  /** Adds a named actor with all its names. */
  addEntry(entry: ActorEntry, dictionary: string, deriveSurname = true): void {
    const code = entry.code ?? latestRole(entry.roles)?.code ?? entry.country ?? '';
    this.addActor({
      id: entry.id, name: entry.name, type: entry.type, country: entry.country, code,
      roles: [...entry.roles], dictionary, discovered: false,
    });
    this.addName(entry.name, { kind: 'actor', actorId: entry.id, how: 'name' });
    for (const alias of entry.aliases) this.addName(alias, { kind: 'actor', actorId: entry.id, how: 'alias' });
    const shorts = entry.short.length || entry.type !== 'person' || !deriveSurname ? entry.short : [surnameOf(entry.name)];
    for (const s of shorts) this.addShort(s, entry.id);
  }

  countryName(iso3: string): string {
    return this.actors.get(iso3)?.name ?? iso3;
  }

  /** The actor for a country's sector ("RUS" + "MIL" → RUSMIL), made on first use. */
  sectorActor(country: string, sector: string): ActorInfo {
    const id = `${country}${sector}`;
    let info = this.actors.get(id);
    if (!info) {
      info = {
        id, name: `${this.countryName(country)} ${SECTOR_NAMES[sector] ?? sector}`, type: sectorType(sector),
        country, code: id, roles: [], dictionary: 'composed', discovered: false,
      };
      this.actors.set(id, info);
    }
    return info;
  }
}

export function latestRole(roles: RoleSpan[]): RoleSpan | undefined {
  return [...roles].sort((a, b) => (b.to ?? '9999').localeCompare(a.to ?? '9999') || (b.from ?? '').localeCompare(a.from ?? ''))[0];
}

/** "Bashar al-Assad" → "Assad"; "Xi Jinping" keeps its family-name-first form via data's `short`. */
export function surnameOf(name: string): string {
  const last = name.trim().split(/\s+/).pop() ?? name;
  return last.replace(/^(?:al|el|ad|as|ash|an|ar|at|az)-/i, '');
}

function pluralDemonym(d: string): string | undefined {
  if (/(?:ese|ss|sh|ch|Swiss|Thai|Lao)$/.test(d) || /i$/.test(d) && !/(?:Saudi|Iraqi|Israeli|Pakistani|Yemeni|Kuwaiti|Qatari|Omani|Emirati|Bahraini|Somali|Bangladeshi|Azerbaijani|Kazakhstani|Uzbekistani|Afghani)$/.test(d)) return undefined;
  return `${d}s`;
}

const isLatin = (s: string) => /^[\p{Script=Latin}\p{N}\s.'’()-]+$/u.test(s);

/** Every country of the world-countries package: names, official names, demonyms, capitals. */
// the package's types describe a CommonJS module; at run time its default export is the array
const countries = worldCountries as unknown as Country[];

export function addPackageCountries(kb: ActorKnowledge): void {
  // where two territories share a name or demonym ("Congolese", "French"), the larger one keeps it
  const sorted = [...countries].sort((a, b) => Number(b.independent) - Number(a.independent) || b.area - a.area);
  const claimed = new Set<string>();
  const claim = (phrase: string) => {
    const k = phrase.toLowerCase();
    if (claimed.has(k)) return false;
    claimed.add(k);
    return true;
  };
  for (const c of sorted) {
    const id = c.cca3;
    kb.addActor({ id, name: c.name.common, type: 'country', country: id, code: id, roles: [], dictionary: 'world-countries', discovered: false });
    const names = [c.name.common, c.name.official, ...c.altSpellings.filter((s: string) => s.length >= 3 && !s.includes(','))];
    for (const n of names) {
      if (isLatin(n) && claim(n)) kb.addName(n, { kind: 'actor', actorId: id, how: n === c.name.common ? 'name' : 'alias' });
    }
    const dem = c.demonyms?.eng;
    if (dem && c.independent) {
      for (const d of new Set([dem.m, dem.f].flatMap((x) => x.split(/,\s*|\s+or\s+/)))) {
        if (!d || !claim(d)) continue;
        kb.addName(d, { kind: 'demonym', country: id, plural: false });
        const p = pluralDemonym(d);
        if (p && claim(p)) kb.addName(p, { kind: 'demonym', country: id, plural: true });
      }
    }
    if (c.independent) {
      for (const cap of c.capital ?? []) {
        for (const form of new Set([cap, cap.replace(/,?\s+D\.C\.$/, '')])) {
          if (isLatin(form) && claim(form)) kb.addName(form, { kind: 'capital', country: id });
        }
      }
    }
  }
}

export interface KnowledgeFiles {
  people: string;
  organizations: string;
  seats: string;
  countriesExtra: string;
  roles: string;
}

export const DEFAULT_FILES: KnowledgeFiles = {
  people: dataPath('actors', 'people.jsonl'),
  organizations: dataPath('actors', 'organizations.jsonl'),
  seats: dataPath('actors', 'seats.jsonl'),
  countriesExtra: dataPath('actors', 'countries-extra.jsonl'),
  roles: dataPath('agents', 'roles.jsonl'),
};

/** Loads the project's own knowledge: the country package plus every file under data/actors and data/agents. */
export function loadProjectKnowledge(files: KnowledgeFiles = DEFAULT_FILES): ActorKnowledge {
  const kb = new ActorKnowledge();
  const present = (f: string) => existsSync(f);
  // extras first: they settle names the package gets wrong for news ("Congolese" → DR Congo)
  if (present(files.countriesExtra)) {
    for (const x of loadJsonl(files.countriesExtra, CountryExtra)) {
      for (const a of x.aliases) kb.addName(a, { kind: 'actor', actorId: x.country, how: 'alias' });
      for (const d of x.demonyms) kb.addName(d, { kind: 'demonym', country: x.country, plural: /s$/.test(d) && !/ss$/.test(d) });
      // kept with their article: "the North" is North Korea, "North" alone is not
      for (const sh of x.short) kb.names.add(sh, { kind: 'short', actorId: x.country });
      for (const cap of x.capitals) kb.addName(cap, { kind: 'capital', country: x.country });
    }
    kb.sources.push(files.countriesExtra);
  }
  addPackageCountries(kb);
  if (present(files.seats)) {
    for (const s of loadJsonl(files.seats, SeatEntry)) kb.addName(s.alias, { kind: 'seat', country: s.country, sector: s.sector });
    kb.sources.push(files.seats);
  }
  for (const file of [files.organizations, files.people]) {
    if (!present(file)) continue;
    for (const e of loadJsonl(file, ActorEntry)) kb.addEntry(e, file.split('/').slice(-2).join('/'));
    kb.sources.push(file);
  }
  if (present(files.roles)) {
    for (const r of loadJsonl(files.roles, RoleNoun)) addRoleNoun(kb, r);
    kb.sources.push(files.roles);
  }
  return kb;
}

export function addRoleNoun(kb: ActorKnowledge, r: RoleNoun): void {
  kb.addName(r.noun, { kind: 'role', sector: r.sector, person: r.person, plural: r.plural_only, noun: r.noun }, false);
  if (r.plural) kb.addName(r.plural, { kind: 'role', sector: r.sector, person: r.person, plural: true, noun: r.noun }, false);
  if (r.person) for (const noun of [r.noun, r.plural]) if (noun) kb.personRoleWords.add(noun.toLowerCase().split(' ').pop()!);
}
