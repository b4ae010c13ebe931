import * as z from 'zod';
import { col } from './columns.ts';

/** The stance labels of SPEC.md. */
export const StanceLabel = z.enum(['cooperation', 'opposition', 'refusal_to_comment', 'neutral']);
export type StanceLabel = z.infer<typeof StanceLabel>;

/** The npm scripts: the whole pipeline or one stage. */
export const Command = z.enum(['pipeline', 'ingest', 'split', 'actors', 'stance', 'export']);
export type Command = z.infer<typeof Command>;

export const ActorType = z.enum(['country', 'government', 'military', 'person', 'armed_group', 'igo', 'media', 'organization', 'group']);
export type ActorType = z.infer<typeof ActorType>;

export const MentionRole = z.enum(['actor', 'location']);
export const MentionHow = z.enum(['name', 'alias', 'demonym', 'metonymy', 'title', 'pronoun', 'discovered', 'reference']);
export type MentionHow = z.infer<typeof MentionHow>;

export const ArticleRow = z.object({
  article_id: col.text('stable id: the first 16 hex digits of content_sha256'),
  title: col.textOrNull('headline; empty when the record has none'),
  source: col.text('input file, relative to the input folder'),
  record: col.textOrNull("the record's id, else its 1-based position in a JSON/JSONL/CSV file; empty for .txt"),
  published: col.textOrNull('publication date or time as given (ISO 8601 when parseable)'),
  url: col.textOrNull('link to the article'),
  outlet: col.textOrNull('publishing outlet'),
  n_sentences: col.int('number of rows in sentences for this article'),
  content_sha256: col.text('SHA-256 of the normalised title and text'),
  text: col.text('the article text every char_start/char_end indexes: headline, blank line, body'),
});

export const SentenceRow = z.object({
  article_id: col.text('article'),
  sentence_index: col.int('0 is the headline; body sentences count from 1'),
  char_start: col.int('first code point of the sentence in articles.text'),
  char_end: col.int('code point after the last one'),
  text: col.text('the sentence as written'),
  speaker: col.textOrNull('actor id of who speaks the sentence when it is inside a quotation'),
  actors: col.list('actor ids mentioned as actors in the sentence, in order of first mention; then the speaker, for a quoted sentence that does not name them'),
  stance: col.oneOf(StanceLabel.enum, 'cooperation, opposition, refusal_to_comment or neutral'),
  confidence: col.number('0–1: how sure the label is'),
  cues: col.list('the words that show the stance'),
  sentiment: col.number('score of the sentiment package (AFINN) with the project word list'),
});

export const MentionRow = z.object({
  article_id: col.text('article'),
  sentence_index: col.int('sentence'),
  actor_id: col.text('canonical actor (see actors)'),
  surface: col.text('the text as written'),
  char_start: col.int('first code point in articles.text'),
  char_end: col.int('code point after the last one'),
  role: col.oneOf(MentionRole.enum, 'actor, or location when a place is only a place'),
  how: col.oneOf(MentionHow.enum, 'name, alias, demonym, metonymy, title, pronoun, reference or discovered'),
});

export const RelationRow = z.object({
  article_id: col.text('article'),
  sentence_index: col.int('sentence'),
  source: col.text('actor id taking the stance'),
  target: col.textOrNull('actor id the stance is toward; empty for refusal_to_comment without one'),
  stance: col.oneOf(StanceLabel.exclude(['neutral']).enum, 'cooperation, opposition or refusal_to_comment'),
  confidence: col.number('0–1'),
  cue: col.text('the words that show the stance'),
  negated: col.bool('the cue is negated ("refused to cooperate")'),
  cameo: col.textOrNull("the cue's CAMEO event code, when it has one"),
});

export const ActorRow = z.object({
  actor_id: col.text('canonical id: ISO alpha-3 for countries, country+sector code for role actors, kebab-case for named actors'),
  name: col.text('display name'),
  type: col.oneOf(ActorType.enum, 'country, government, military, person, armed_group, igo, media, organization or group'),
  country: col.textOrNull('ISO 3166 alpha-3, or empty'),
  code: col.text('CAMEO-style code (USAGOV, RUSMIL, IGOUNO …); for people, the role held on the article date'),
  discovered: col.bool('true when found in the text (a titled person in no dictionary), for review'),
  dictionary: col.text('where the entry comes from (data file, --actors file, or "text")'),
});

export const CandidateRow = z.object({
  surface: col.text('a capitalised name that looks like an actor but is in no dictionary'),
  count: col.int('how often it occurs in the run'),
  example: col.text('one sentence it occurs in'),
  article_id: col.text('the article of the example'),
  sentence_index: col.int('the sentence of the example'),
});

export const RunRow = z.object({
  run_id: col.text('id of the run (start time and a random suffix)'),
  command: col.oneOf(Command.enum, 'pipeline, ingest, split, actors, stance or export'),
  started_at: col.time('start (UTC)'),
  finished_at: col.timeOrNull('end (UTC); empty when the run failed'),
  status: col.oneOf(z.enum(['ok', 'failed']).enum, 'ok or failed'),
  articles_new: col.int('articles processed for the first time (or again after a rules change)'),
  articles_skipped: col.int('articles already processed with the same rules'),
  articles_failed: col.int('inputs rejected in this run (see rejects)'),
  version: col.text('geostance version'),
  rules_hash: col.text('SHA-256 (16 hex) of every dictionary, lexicon and rule file the run used'),
});

export const RejectRow = z.object({
  run_id: col.text('run that met the input'),
  source: col.text('input file'),
  record: col.textOrNull('record id or 1-based position within the file'),
  code: col.text('message code, e.g. E_JSON, E_SCHEMA, E_EMPTY'),
  reason: col.text('what is wrong, in words'),
});

/** Every output table, in the order they are written. */
export const TABLES = {
  articles: ArticleRow,
  sentences: SentenceRow,
  mentions: MentionRow,
  relations: RelationRow,
  actors: ActorRow,
  candidates: CandidateRow,
  runs: RunRow,
  rejects: RejectRow,
} as const;
export type TableName = keyof typeof TABLES;
export type Rows = { [K in TableName]: z.infer<(typeof TABLES)[K]>[] };

export type ArticleRow = z.infer<typeof ArticleRow>;
export type SentenceRow = z.infer<typeof SentenceRow>;
export type MentionRow = z.infer<typeof MentionRow>;
export type RelationRow = z.infer<typeof RelationRow>;
export type ActorRow = z.infer<typeof ActorRow>;
export type CandidateRow = z.infer<typeof CandidateRow>;
export type RunRow = z.infer<typeof RunRow>;
export type RejectRow = z.infer<typeof RejectRow>;
