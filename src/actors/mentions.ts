import type { MentionHow } from '../schemas/tables.ts';
import type { Token } from '../text/tokenize.ts';
import type { ActorInfo } from './knowledge.ts';

/** A sentence as the actor and stance stages see it (spans in UTF-16 of the article text). */
export interface SentenceUnit {
  index: number;
  start: number;
  end: number;
}

export interface Mention {
  sentence: number;
  actorId: string;
  surface: string;
  start: number;
  end: number;
  role: 'actor' | 'location';
  how: MentionHow;
  /** token range in the sentence */
  first: number;
  last: number;
  /** a plural or coordinated reference ("Russian forces", "US and Russian commanders") */
  plural: boolean;
  /** other actors named in the same coordination ("Britain, France and Germany") share a group number */
  group: number;
}

export interface AnalysedSentence extends SentenceUnit {
  tokens: Token[];
  quoted: boolean[];
  /** in text order (the resolver sorts them; stored results keep that order) */
  mentions: Mention[];
  speaker: string | null;
}

export interface Candidate {
  surface: string;
  sentence: number;
}

export interface ActorAnalysis {
  sentences: AnalysedSentence[];
  /** actors used by this article, with the code of the role held on the article date */
  actors: ActorInfo[];
  candidates: Candidate[];
}
