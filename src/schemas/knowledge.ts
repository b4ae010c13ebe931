import * as z from 'zod';
import { ActorType } from './tables.ts';

/** Formats of the knowledge files under data/ (one JSON object per line). */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const iso3 = z.string().regex(/^[A-Z]{3}$/, 'an ISO 3166 alpha-3 code');
export const Sector = z.string().regex(/^[A-Z]{3}$/, 'a three-letter CAMEO agent code such as GOV, MIL, REB');

export const RoleSpan = z.object({
  title: z.string().min(1),
  code: z.string().regex(/^[A-Z][A-Z0-9]{2,14}$/, 'a CAMEO-style code such as USAGOV'),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export type RoleSpan = z.infer<typeof RoleSpan>;

/** data/actors/people.jsonl, organizations.jsonl */
export const ActorEntry = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case kebab-case'),
  name: z.string().min(1),
  type: ActorType,
  country: iso3.nullable().default(null),
  code: z.string().regex(/^[A-Z][A-Z0-9]{2,14}$/, 'a CAMEO-style code such as IGOUNO').optional(),
  aliases: z.array(z.string().min(1)).default([]),
  short: z.array(z.string().min(1)).default([]),
  roles: z.array(RoleSpan).default([]),
  parent: z.string().optional(),
});
export type ActorEntry = z.infer<typeof ActorEntry>;

/** data/actors/seats.jsonl: names of seats and institutions that stand for a government organ */
export const SeatEntry = z.object({
  alias: z.string().min(1),
  country: iso3,
  sector: Sector,
});
export type SeatEntry = z.infer<typeof SeatEntry>;

/** data/actors/countries-extra.jsonl: what news calls a country beyond the country-data package */
export const CountryExtra = z.object({
  country: iso3,
  aliases: z.array(z.string().min(1)).default([]),
  demonyms: z.array(z.string().min(1)).default([]),
  /** back-references valid only once the country was named in the article ("the North", "the kingdom") */
  short: z.array(z.string().min(1)).default([]),
  /** capitals the package gives only for independent states, for places that act as one in the news (Taipei, Pristina) */
  capitals: z.array(z.string().min(1)).default([]),
});
export type CountryExtra = z.infer<typeof CountryExtra>;

/** data/agents/roles.jsonl: role nouns that combine with the actor before them */
export const RoleNoun = z.object({
  noun: z.string().min(1),
  plural: z.string().min(1).optional(),
  sector: Sector,
  person: z.boolean().default(false),
  plural_only: z.boolean().default(false),
});
export type RoleNoun = z.infer<typeof RoleNoun>;

/** data/cues/*.jsonl: words that show a stance */
export const CueEntry = z.object({
  /** the cue in its base form; for verbs the first word is inflected ("decline to comment" → declined to comment) */
  cue: z.string().min(1),
  label: z.enum(['cooperation', 'opposition', 'refusal_to_comment']),
  pos: z.enum(['verb', 'noun', 'phrase', 'adjective']),
  cameo: z.string().regex(/^\d{2,4}$/, 'a CAMEO event code such as 036').optional(),
  weight: z.number().min(0).max(1).default(0.8),
  /** irregular forms of the inflected word ("hold": ["held", "holds", "holding"]) */
  forms: z.array(z.string()).default([]),
  /** what a negation does: flip to opposition, cancel the cue, or keep it */
  negated: z.enum(['opposition', 'cancel', 'keep']).optional(),
  /** symmetric cues (talks, joint action) read as stance of both sides toward each other */
  mutual: z.boolean().default(false),
  /** the source's own attitude toward what follows (regret, welcome, condemn): cues inside its object are not separate stances */
  attitude: z.boolean().default(false),
  /** words that, standing right before the cue, make it another word: "put it back", "came back" are not "back" (support) */
  not_after: z.array(z.string()).default([]),
  /** words that, standing right after the cue, make it part of a name for something else: "aid agencies", "aid workers" */
  not_before: z.array(z.string()).default([]),
  /** a place named right after the cue is the other side: "recalled its ambassador from Tehran" (Iran) */
  place_is_target: z.boolean().default(false),
  /** the cue's subject is its target, and a quote's speaker its source: "“Washington will bear full responsibility,” he said" */
  subject_is_target: z.boolean().default(false),
  /** the cue stops what follows: help in its object ("vetoed a package of support for Kyiv") becomes opposition toward whom it was for */
  blocks: z.boolean().default(false),
});
export type CueEntry = z.infer<typeof CueEntry>;
