import { readFileSync } from 'node:fs';
import * as z from 'zod';
import { dataPath } from '../core/data-path.ts';
import { nounForms } from './inflect.ts';

const words = z.array(z.string().min(1));

/** The shape of data/cues/grammar.json: closed-class words the stance rules read. */
export const StanceGrammarFile = z.object({
  about: z.string().optional(),
  /** before a mention: it is an object, never its clause's subject ("talks with Iran") */
  object_prepositions: words,
  /** before what a mutual cue is about rather than whom it is with ("talks on Syria") */
  topic_prepositions: words,
  /** tie an envoy's or a drill's cue to a state's place ("ambassador to Ethiopia", "drills around Taiwan") */
  place_links: words,
  /** open a subordinate clause; a target is not searched past them */
  subordinators: words,
  /** open a clause giving a reason (", since …"): its cues weigh less for the sentence label */
  reason_openers: words,
  /** start a new predicate; a target is not searched past them */
  predicate_starts: words,
  /** after a comma, open a relative clause (background, not the sentence's stance) */
  relative_pronouns: words,
  /** "X's efforts to …", "X's bid to …": the owner of the noun acts */
  effort_nouns: words,
  /** "be" of a passive ("was condemned by") */
  passive_be: words,
  /** after a participle, keep "be …" the subject's stance ("is opposed to", "was allied with") */
  stative_objects: words,
  /** words after which "since" means "from then on" ("has since pounded"), not "because" */
  since_as_adverb_after: words,
  /** after these, a cue spelt as both verb and noun ("support", "talks") is the noun */
  noun_markers: words,
  /** words that cannot stand between a verb and its object in a verb-and-object cue ("imposed new sanctions") */
  function_words: words,
  /** second words of two-word verb cues that are particles, not objects ("speak to", "back out") */
  verb_particles: words,
  /** "the proposal", "this offer": with one of the nouns below, the cue's target is named in the sentence before */
  back_reference_determiners: words,
  /** nouns that refer back to what an actor said or did (plurals are added) */
  back_reference_nouns: words,
  /** "Asked if …", "Asked whether …": a reporter's question, background to the answer */
  question_words: words,
  /** "struck what it described as hideouts of …", "killed what Israel said were fighters": verbs of a hedge that a cue's object is looked for past */
  hedge_verbs: words,
  /** words that close such a hedge ("were", "as", "to be") */
  hedge_links: words,
  /** with "out" after them, a refusal of the cue that follows ("ruled out sending tanks"); negated, a possibility ("has not ruled out supporting Kyiv") */
  rule_out_verbs: words,
  /** "called the sanctions illegal": before an adjective cue, the verb whose subject judges and whose object is judged */
  labelling_verbs: words,
  /** before a participle and a noun, make it a modifier, not an act ("its allied armed groups") */
  possessive_pronouns: words,
  /** before "to" and a verb, whom someone is told to act ("urged them to stop their attacks") */
  object_pronouns: words,
  /** "accused each other": a cue whose two subjects act toward each other */
  reciprocals: z.array(z.string().regex(/^\S+ \S+$/, 'two words')),
});

/** The stance rules' closed-class words, as sets. */
export interface StanceGrammar {
  objectPrepositions: Set<string>;
  topicPrepositions: Set<string>;
  placeLinks: Set<string>;
  subordinators: Set<string>;
  reasonOpeners: Set<string>;
  predicateStarts: Set<string>;
  relativePronouns: Set<string>;
  effortNouns: Set<string>;
  passiveBe: Set<string>;
  stativeObjects: Set<string>;
  sinceAsAdverbAfter: Set<string>;
  nounMarkers: Set<string>;
  functionWords: Set<string>;
  verbParticles: Set<string>;
  backReferenceDeterminers: Set<string>;
  backReferenceNouns: Set<string>;
  questionWords: Set<string>;
  hedgeVerbs: Set<string>;
  hedgeLinks: Set<string>;
  ruleOutVerbs: Set<string>;
  possessivePronouns: Set<string>;
  labellingVerbs: Set<string>;
  objectPronouns: Set<string>;
  /** first word → second words ("each" → "other") */
  reciprocals: Map<string, Set<string>>;
}

const lower = (list: string[]) => new Set(list.map((w) => w.toLowerCase()));

export function loadStanceGrammar(file = dataPath('cues', 'grammar.json')): StanceGrammar {
  const parsed = StanceGrammarFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  const g = parsed.data;
  const reciprocals = new Map<string, Set<string>>();
  for (const pair of g.reciprocals) {
    const [first, second] = pair.toLowerCase().split(' ') as [string, string];
    reciprocals.set(first, (reciprocals.get(first) ?? new Set()).add(second));
  }
  return {
    objectPrepositions: lower(g.object_prepositions),
    topicPrepositions: lower(g.topic_prepositions),
    placeLinks: lower(g.place_links),
    subordinators: lower(g.subordinators),
    reasonOpeners: lower(g.reason_openers),
    predicateStarts: lower(g.predicate_starts),
    relativePronouns: lower(g.relative_pronouns),
    effortNouns: lower(g.effort_nouns),
    passiveBe: lower(g.passive_be),
    stativeObjects: lower(g.stative_objects),
    sinceAsAdverbAfter: lower(g.since_as_adverb_after),
    nounMarkers: lower(g.noun_markers),
    functionWords: lower(g.function_words),
    verbParticles: lower(g.verb_particles),
    backReferenceDeterminers: lower(g.back_reference_determiners),
    backReferenceNouns: new Set(g.back_reference_nouns.flatMap((n) => nounForms(n.toLowerCase()))),
    questionWords: lower(g.question_words),
    hedgeVerbs: lower(g.hedge_verbs),
    hedgeLinks: lower(g.hedge_links),
    ruleOutVerbs: lower(g.rule_out_verbs),
    possessivePronouns: lower(g.possessive_pronouns),
    labellingVerbs: lower(g.labelling_verbs),
    objectPronouns: lower(g.object_pronouns),
    reciprocals,
  };
}
