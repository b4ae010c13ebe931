import { readFileSync } from 'node:fs';
import * as z from 'zod';
import { dataPath } from '../core/data-path.ts';

/** The shape of `data/split/rules.json`, the splitter's knowledge. */
export const SplitRulesFile = z.object({
  about: z.string().optional(),
  abbreviations: z.object({
    title: z.array(z.string().min(1)),
    number: z.array(z.string().min(1)),
    ending: z.array(z.string().min(1)),
    month: z.array(z.string().min(1)),
    never_final: z.array(z.string().min(1)),
  }),
  sentence_starters: z.array(z.string().min(1)),
  speech_verbs: z.array(z.string().min(1)),
  bang_names: z.array(z.string().regex(/[!?]$/, 'a bang name ends in ! or ?')),
});
export type SplitRulesFile = z.infer<typeof SplitRulesFile>;

export interface SplitRules {
  title: Set<string>;
  number: Set<string>;
  ending: Set<string>;
  month: Set<string>;
  neverFinal: Set<string>;
  starters: Set<string>;
  speechVerbs: Set<string>;
  bangNames: string[];
}

export function compileSplitRules(file: SplitRulesFile): SplitRules {
  const a = file.abbreviations;
  return {
    title: new Set(a.title),
    number: new Set(a.number),
    ending: new Set(a.ending),
    month: new Set(a.month),
    neverFinal: new Set(a.never_final),
    starters: new Set(file.sentence_starters),
    speechVerbs: new Set(file.speech_verbs),
    bangNames: file.bang_names,
  };
}

export function loadSplitRules(file = dataPath('split', 'rules.json')): SplitRules {
  const parsed = SplitRulesFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  return compileSplitRules(parsed.data);
}
