import { readFileSync } from 'node:fs';
import * as z from 'zod';
import { dataPath } from '../core/data-path.ts';
import { classOf, indexWordClasses } from '../text/word-classes.ts';

/** The shape of data/actors/grammar.json: closed-class words the resolver reads. */
export const GrammarFile = z.object({
  about: z.string().optional(),
  location_prepositions: z.array(z.string()),
  place_nouns: z.array(z.string()),
  /** words between a preposition and a place that keep it a place: "in eastern Congo" */
  place_adjectives: z.array(z.string()).default([]),
  third_person_pronouns: z.record(z.string(), z.literal('person')),
  plural_pronouns: z.array(z.string()),
  first_person_pronouns: z.array(z.string()),
  group_references: z.record(z.string(), z.array(z.string())),
  /** CAMEO code prefixes a group reference never names ("the bloc" is not the UN, IGOUNO…) */
  group_reference_excluded_codes: z.record(z.string(), z.array(z.string())).default({}),
  person_references: z.array(z.string()),
  honorifics: z.array(z.string()),
  name_particles: z.array(z.string()),
  speech_verbs: z.array(z.string()),
  not_names: z.array(z.string()),
  motion_words: z.array(z.string()),
  plural_reference_types: z.array(z.string()),
  collective_nouns: z.array(z.string()),
  pair_references: z.array(z.string()),
  organisation_words: z.array(z.string()),
  /** pronouns that name an organisation or a state right after it speaks: "CARICOM said it stood behind Guyana" */
  sayer_pronouns: z.array(z.string()).default([]),
  /**
   * words after which a pair reference is an object, not the clause's subject, so it names neither of the
   * actors before it in the sentence ("Lula urged the two governments"); any other word before it (and, which,
   * a comma) can open a clause whose subject the pair is ("Moon met Trump, and the two leaders agreed")
   */
  pair_subject_openers: z.array(z.string()).default([]),
  /** countries whose people news names family name first: a person found in the text is also known later by the first word ("Lin Jian" … "Lin told") */
  family_name_first: z.array(z.string().regex(/^[A-Z]{3}$/)).default([]),
});

export interface Grammar {
  locationWords: Set<string>;
  placeNouns: Set<string>;
  placeAdjectives: Set<string>;
  personPronouns: Set<string>;
  pluralPronouns: Set<string>;
  firstPerson: Set<string>;
  groupReferences: Map<string, string[]>;
  /** by reference noun, the CAMEO code prefixes it never names */
  groupReferenceExcludedCodes: Map<string, string[]>;
  personReferences: Set<string>;
  honorifics: Set<string>;
  nameParticles: Set<string>;
  speechVerbs: Set<string>;
  notNames: Set<string>;
  motionWords: Set<string>;
  pluralReferenceTypes: Set<string>;
  collectiveNouns: Set<string>;
  /** "both sides", "the two leaders": the last two actors of the kind, by their first two words */
  pairReferences: Map<string, Map<string, string[][]>>;
  /** words of organisation names, never part of a personal name ("Military Medical Center") */
  organisationWords: Set<string>;
  /** countries (ISO codes) whose names put the family name first */
  familyNameFirst: Set<string>;
  sayerPronouns: Set<string>;
  pairSubjectOpeners: Set<string>;
  /**
   * The reference-starting classes of each word, by its vocabulary id (`WordClass` bits):
   * the pronoun passes look at every token, and an array read costs less than three
   * set lookups (`Token.id` is the index).
   */
  wordClasses: Uint8Array;
}

/** Bits of `Grammar.wordClasses`. */
export const WordClass = {
  personPronoun: 1,
  pluralPronoun: 2,
  /** the first word of a pair reference ("both" of "both sides") */
  pairStart: 4,
  /** "the", which starts "the group", "the council" */
  the: 8,
  /** "it" after a speech verb */
  sayerPronoun: 16,
} as const;

/** The classes of the token with vocabulary id `id` (0 for a word in none). */
export function wordClassOf(g: Grammar, id: number): number {
  return classOf(g.wordClasses, id);
}

function indexPairs(phrases: string[]): Map<string, Map<string, string[][]>> {
  const index = new Map<string, Map<string, string[][]>>();
  for (const p of phrases) {
    const words = p.toLowerCase().split(' ');
    const second = index.get(words[0]!) ?? new Map<string, string[][]>();
    second.set(words[1]!, [...(second.get(words[1]!) ?? []), words]);
    index.set(words[0]!, second);
  }
  return index;
}

export function loadGrammar(file = dataPath('actors', 'grammar.json')): Grammar {
  const parsed = GrammarFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  const g = parsed.data;
  const pairs = indexPairs(g.pair_references);
  return {
    locationWords: new Set(g.location_prepositions),
    placeNouns: new Set(g.place_nouns),
    placeAdjectives: new Set(g.place_adjectives),
    personPronouns: new Set(Object.keys(g.third_person_pronouns)),
    pluralPronouns: new Set(g.plural_pronouns),
    firstPerson: new Set(g.first_person_pronouns),
    groupReferences: new Map(Object.entries(g.group_references)),
    groupReferenceExcludedCodes: new Map(Object.entries(g.group_reference_excluded_codes)),
    personReferences: new Set(g.person_references),
    honorifics: new Set(g.honorifics),
    nameParticles: new Set(g.name_particles),
    speechVerbs: new Set(g.speech_verbs),
    notNames: new Set(g.not_names),
    motionWords: new Set(g.motion_words),
    pluralReferenceTypes: new Set(g.plural_reference_types),
    collectiveNouns: new Set(g.collective_nouns),
    pairReferences: pairs,
    organisationWords: new Set(g.organisation_words),
    familyNameFirst: new Set(g.family_name_first),
    sayerPronouns: new Set(g.sayer_pronouns),
    pairSubjectOpeners: new Set(g.pair_subject_openers),
    wordClasses: indexWordClasses([
      [Object.keys(g.third_person_pronouns).map((w) => w.toLowerCase()), WordClass.personPronoun],
      [g.plural_pronouns.map((w) => w.toLowerCase()), WordClass.pluralPronoun],
      [pairs.keys(), WordClass.pairStart],
      [['the'], WordClass.the],
      [g.sayer_pronouns.map((w) => w.toLowerCase()), WordClass.sayerPronoun],
    ]),
  };
}
