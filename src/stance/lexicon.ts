import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import * as z from 'zod';
import { dataPath } from '../core/data-path.ts';
import { loadJsonl } from '../core/load-jsonl.ts';
import { PhraseTrie } from '../actors/trie.ts';
import { CueEntry } from '../schemas/knowledge.ts';
import { loadStanceGrammar, type StanceGrammar } from './grammar.ts';
import { nounForms, verbForms } from './inflect.ts';

const IrregularFile = z.object({ about: z.string().optional(), forms: z.record(z.string(), z.array(z.string())) });

export const ModifiersFile = z.object({
  about: z.string().optional(),
  negators: z.array(z.string()),
  refusers: z.array(z.string()),
  withdrawers: z.array(z.string()),
  modals: z.array(z.string()),
  be_forms: z.array(z.string()),
  clause_breaks: z.array(z.string()),
  reporting_phrases: z.array(z.string()),
});

export interface Modifiers {
  negators: Set<string>;
  refusers: Set<string>;
  withdrawers: Set<string>;
  modals: Set<string>;
  beForms: Set<string>;
  clauseBreaks: Set<string>;
  reporting: Set<string>;
}

/** A verb cue's object words, for a match with words between verb and object ("imposed new sanctions"). */
export interface GappedCue {
  object: string[];
  entry: CueEntry;
  /** a verb and its particle ("stand behind"): only an adverb may come between ("stood firmly behind") */
  adverbOnly?: boolean;
}

export interface CueLexicon {
  trie: PhraseTrie<CueEntry>;
  /** verb-and-object cues by each form of their verb */
  gapped: Map<string, GappedCue[]>;
  modifiers: Modifiers;
  grammar: StanceGrammar;
  entries: CueEntry[];
  files: string[];
}

function readJson<T extends z.ZodType>(file: string, schema: T): z.infer<T> {
  const parsed = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** Every form of a verb cue's first word: regular inflections, irregular forms, and the entry's own one-word forms. */
function verbHeads(entry: CueEntry, irregular: Record<string, string[]>): Set<string> {
  const head = entry.cue.split(' ')[0]!.toLowerCase();
  return new Set([...verbForms(head), ...(irregular[head] ?? []), ...entry.forms.filter((f) => !f.includes(' '))]);
}

/** Every surface form of a cue: inflections of its head word plus irregular forms. */
export function cueForms(entry: CueEntry, irregular: Record<string, string[]>): string[] {
  const words = entry.cue.split(' ');
  if (entry.pos === 'verb') {
    const rest = words.slice(1).join(' ');
    const out = new Set<string>(irregular[entry.cue.toLowerCase()]?.filter((f) => f.includes(' ')) ?? []);
    for (const f of entry.forms) if (f.includes(' ')) out.add(f);
    for (const h of verbHeads(entry, irregular)) out.add([h, rest].filter(Boolean).join(' '));
    return [...out];
  }
  if (entry.pos === 'noun' && words.length === 1) return [...new Set([...nounForms(entry.cue), ...entry.forms])];
  if (entry.pos === 'noun') {
    const last = words.pop()!;
    return [...new Set([...nounForms(last).map((f) => [...words, f].join(' ')), ...entry.forms])];
  }
  return [entry.cue, ...entry.forms];
}

/** Loads every data/cues/*.jsonl file (and any extra files) into one matcher. */
export function loadCueLexicon(dir = dataPath('cues'), extra: string[] = []): CueLexicon {
  const irregular = readJson(path.join(dir, 'irregular-verbs.json'), IrregularFile).forms;
  const m = readJson(path.join(dir, 'modifiers.json'), ModifiersFile);
  const grammar = loadStanceGrammar(path.join(dir, 'grammar.json'));
  const files = [...readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => path.join(dir, f)), ...extra];
  const trie = new PhraseTrie<CueEntry>();
  const entries: CueEntry[] = [];
  const gapped = new Map<string, GappedCue[]>();
  for (const file of files) {
    for (const entry of loadJsonl(file, CueEntry)) {
      entries.push(entry);
      for (const form of cueForms(entry, irregular)) trie.add(form, entry, false);
      const words = entry.cue.toLowerCase().split(' ');
      // "impose sanctions", "send weapons": a verb and its object, which news often splits ("imposed new sanctions")
      if (entry.pos === 'verb' && words.length === 2) {
        const adverbOnly = grammar.verbParticles.has(words[1]!);
        for (const head of verbHeads(entry, irregular)) {
          const list = gapped.get(head) ?? [];
          list.push(adverbOnly ? { object: words.slice(1), entry, adverbOnly } : { object: words.slice(1), entry });
          gapped.set(head, list);
        }
      }
    }
  }
  return {
    trie,
    gapped,
    entries,
    files: [path.join(dir, 'irregular-verbs.json'), path.join(dir, 'modifiers.json'), path.join(dir, 'grammar.json'), ...files],
    grammar,
    modifiers: {
      negators: new Set(m.negators),
      refusers: new Set(m.refusers),
      withdrawers: new Set(m.withdrawers),
      modals: new Set(m.modals),
      beForms: new Set(m.be_forms),
      clauseBreaks: new Set(m.clause_breaks),
      reporting: new Set(m.reporting_phrases),
    },
  };
}
