import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadJsonl } from '../core/load-jsonl.ts';
import { ActorEntry, RoleNoun, type RoleSpan } from '../schemas/knowledge.ts';
import type { ActorType } from '../schemas/tables.ts';
import { addRoleNoun, sectorType, type ActorKnowledge } from './knowledge.ts';
import { slugify } from './resolve.ts';

/**
 * Readers for the TABARI/PETRARCH dictionary formats used by the event-data
 * field (Phoenix, CAMEO): `.actors` files with `+` synonyms and date-ranged
 * codes, and agents files with `[~ROLE]` codes and `!SET!` substitutions.
 */

export interface TabariCode {
  code: string;
  from?: string;
  to?: string;
}

export interface TabariActor {
  names: string[];
  codes: TabariCode[];
  line: number;
}

/** "yymmdd" or "yyyymmdd" → "YYYY-MM-DD"; two-digit years below 30 are 20xx. */
export function tabariDate(raw: string): string | undefined {
  let y: string;
  let rest: string;
  if (/^\d{6}$/.test(raw)) {
    const yy = Number(raw.slice(0, 2));
    y = String(yy < 30 ? 2000 + yy : 1900 + yy);
    rest = raw.slice(2);
  } else if (/^\d{8}$/.test(raw)) {
    y = raw.slice(0, 4);
    rest = raw.slice(4);
  } else return undefined;
  const mm = rest.slice(0, 2);
  const dd = rest.slice(2, 4);
  if (Number(mm) < 1 || Number(mm) > 12 || Number(dd) < 1 || Number(dd) > 31) return `${y}-01-01`;
  return `${y}-${mm}-${dd}`;
}

export function parseCode(inner: string): TabariCode | undefined {
  const parts = inner.trim().split(/\s+/);
  const code = parts[0];
  if (!code || code === '---' || !/^[A-Z0-9~]+$/.test(code)) return undefined;
  const span = parts.slice(1).join('');
  const out: TabariCode = { code };
  let m: RegExpMatchArray | null;
  if ((m = span.match(/^(\d+)-(\d+)$/))) {
    out.from = tabariDate(m[1]!);
    out.to = tabariDate(m[2]!);
  } else if ((m = span.match(/^>(\d+)$/))) out.from = tabariDate(m[1]!);
  else if ((m = span.match(/^<(\d+)$/))) out.to = tabariDate(m[1]!);
  return out;
}

/** TABARI phrase → news spelling: words joined by `_`, trailing `_` marks a word end. */
export function tabariPhrase(raw: string): string {
  return raw.replace(/_+$/, '').replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Parses a `.actors` file into blocks of names sharing codes. */
export function parseTabariActors(content: string): TabariActor[] {
  const out: TabariActor[] = [];
  let current: TabariActor | undefined;
  const lines = content.split(/\r?\n/);
  lines.forEach((rawLine, i) => {
    const line = rawLine.replace(/#.*$/, '').replace(/\s+$/, '');
    if (!line.trim()) return;
    const codes = [...line.matchAll(/\[([^\]]*)\]/g)].map((m) => parseCode(m[1]!)).filter((c): c is TabariCode => !!c);
    const text = line.replace(/\[[^\]]*\]/g, '').trim();
    const indented = /^\s/.test(rawLine);
    if (text.startsWith('+')) {
      if (current) current.names.push(tabariPhrase(text.slice(1)));
      if (current) current.codes.push(...codes);
      return;
    }
    if (indented && !text) {
      if (current) current.codes.push(...codes);
      return;
    }
    if (!text) return;
    // a name line without codes right after another uncoded one joins its block (the codes follow)
    if (current && current.codes.length === 0 && codes.length === 0) {
      current.names.push(tabariPhrase(text));
      return;
    }
    if (current && current.codes.length === 0) {
      current.names.push(tabariPhrase(text));
      current.codes.push(...codes);
      return;
    }
    current = { names: [tabariPhrase(text)], codes, line: i + 1 };
    out.push(current);
  });
  return out.filter((a) => a.names.some(Boolean) && a.codes.length > 0);
}

const SMALL = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'al', 'el', 'de', 'du', 'la', 'le', 'bin', 'ibn', 'van', 'von', 'der', 'da', 'di', 'to', 'at', 'a', 'an']);

/** Upper-case dictionary names to the case news writes them in, for case-aware matching. */
export function newsCase(name: string): string {
  const words = name.split(' ');
  if (words.length === 1 && name.replace(/[^A-Z]/g, '').length <= 4) return name; // acronyms: US, UN, NATO
  return words
    .map((w, i) => {
      const lower = w.toLowerCase();
      if (i > 0 && i < words.length - 1 && SMALL.has(lower)) return lower;
      if (/^(?:[A-Z]\.){2,}$/.test(w)) return w;
      return lower.replace(/(^|[-'’(])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase());
    })
    .join(' ');
}

function typeOfCode(code: string): ActorType {
  if (code.startsWith('IGO')) return 'igo';
  if (/^(?:IMG|INS|REB|UAF)/.test(code) || /(?:REB|INS|IMG)/.test(code.slice(3))) return 'armed_group';
  if (/MED/.test(code.slice(3))) return 'media';
  if (/^(?:NGO|MNC|INT)/.test(code)) return 'organization';
  return sectorType(code.slice(3, 6));
}

/** Adds a parsed `.actors` file to the knowledge base. */
export function addTabariActors(kb: ActorKnowledge, blocks: TabariActor[], dictionary: string): void {
  for (const b of blocks) {
    // a name must start with a capital and be more than one letter, or it would match common words ("I", "on")
    const names = [...new Set(b.names.filter(Boolean).map(newsCase))].filter((n) => /^\p{Lu}/u.test(n) && n.replace(/[^\p{L}]/gu, '').length > 1);
    if (!names.length) continue;
    const dated = b.codes.some((c) => c.from || c.to) || b.codes.length > 1;
    const main = b.codes.find((c) => !c.code.startsWith('~')) ?? b.codes[0]!;
    const country = /^[A-Z]{3}/.test(main.code) && kb.actors.get(main.code.slice(0, 3))?.type === 'country' ? main.code.slice(0, 3) : null;
    if (!dated && /^[A-Z]{3}$/.test(main.code) && (kb.actors.get(main.code)?.type === 'country' || !kb.actors.has(main.code))) {
      if (!kb.actors.has(main.code)) kb.addActor({ id: main.code, name: names[0]!, type: 'country', country: main.code, code: main.code, roles: [], dictionary, discovered: false });
      for (const n of names) kb.addName(n, { kind: 'actor', actorId: main.code, how: 'alias' });
      continue;
    }
    if (dated) {
      const roles: RoleSpan[] = b.codes
        .filter((c) => /^[A-Z]{3,12}$/.test(c.code))
        .map((c) => ({ title: c.code, code: c.code, ...(c.from ? { from: c.from } : {}), ...(c.to ? { to: c.to } : {}) }));
      const entry = ActorEntry.parse({ id: slugify(names[0]!), name: names[0], type: 'person', country, aliases: names.slice(1), short: [], roles });
      // TABARI lists the surname forms it means (SECRETARY_BLINKEN_ style entries) and leaves out bare surnames on purpose
      kb.addEntry(entry, dictionary, false);
      continue;
    }
    const id = kb.actors.has(main.code) ? main.code : slugify(names[0]!);
    if (!kb.actors.has(id)) {
      kb.addActor({ id, name: names[0]!, type: typeOfCode(main.code), country, code: main.code, roles: [], dictionary, discovered: false });
    }
    for (const n of names) kb.addName(n, { kind: 'actor', actorId: id, how: 'alias' });
  }
}

/** Parses an agents file: `NOUN [~ROLE]` / `[ROLE~]`, with `!SET! = A, B` substitution sets. */
export function parseTabariAgents(content: string): RoleNoun[] {
  const sets = new Map<string, string[]>();
  const out: RoleNoun[] = [];
  for (const rawLine of content.split(/\r?\n/)) {
    const line = rawLine.replace(/#.*$/, '').trim();
    if (!line) continue;
    const set = line.match(/^(![A-Z]+!)\s*=\s*(.+)$/);
    if (set) {
      sets.set(set[1]!, set[2]!.split(',').map((s) => s.trim()).filter(Boolean));
      continue;
    }
    const code = line.match(/\[\s*~?([A-Z]{3})[A-Z]*~?\s*\]/);
    if (!code) continue;
    const rawName = line.replace(/\[[^\]]*\]/g, '').trim();
    if (!rawName || rawName.startsWith('+')) continue;
    let variants = [rawName];
    for (const [key, values] of sets) {
      variants = variants.flatMap((v) => (v.includes(key) ? values.map((x) => v.split(key).join(x)) : [v]));
    }
    for (const v of variants) {
      const noun = tabariPhrase(v).toLowerCase();
      if (!noun || /[!]/.test(noun)) continue;
      const person = /(?:man|woman|men|women|er|or|ist|ian|ent|ary|chief|head|leader|official|envoy)$/.test(noun);
      out.push({ noun, plural: /s$/.test(noun) ? undefined : `${noun}s`, sector: code[1]!, person, plural_only: false });
    }
  }
  return out;
}

/**
 * Loads --actors and --agents files: the project's JSONL formats by their
 * `.jsonl` ending, anything else as TABARI/PETRARCH. Returns the files read.
 */
export function loadExternalDictionaries(kb: ActorKnowledge, actorFiles: string[], agentFiles: string[]): string[] {
  for (const file of actorFiles) {
    const name = path.basename(file);
    if (file.endsWith('.jsonl')) for (const e of loadJsonl(file, ActorEntry)) kb.addEntry(e, name);
    else addTabariActors(kb, parseTabariActors(readFileSync(file, 'utf8')), name);
  }
  for (const file of agentFiles) {
    const roles = file.endsWith('.jsonl') ? loadJsonl(file, RoleNoun) : parseTabariAgents(readFileSync(file, 'utf8'));
    for (const r of roles) addRoleNoun(kb, r);
  }
  return [...actorFiles, ...agentFiles];
}
