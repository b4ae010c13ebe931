import type { Candidate, Mention, SentenceUnit } from '../actors/mentions.ts';
import type { SentenceStanceRecord, StanceAnalysis, StoredActor, StoredActors } from '../analyze.ts';
import type { StanceRelation } from '../stance/detect.ts';
import { pack, unpack, type Packed } from './packed.ts';
import type { StageData, StageName } from './state.ts';

/** Every field of T, listed once: adding a field to a record type without storing it fails to compile. */
const fields = <T>(all: Record<keyof T & string, true>) => Object.keys(all) as (keyof T & string)[];

type StoredSentence = Omit<StoredActors['sentences'][number], 'mentions'>;

const UNIT = fields<SentenceUnit>({ index: true, start: true, end: true });
const SENTENCE = fields<StoredSentence>({ index: true, start: true, end: true, speaker: true });
const MENTION = fields<Mention>({ sentence: true, actorId: true, surface: true, start: true, end: true, role: true, how: true, first: true, last: true, plural: true, group: true });
const ACTOR = fields<StoredActor>({ id: true, name: true, type: true, country: true, code: true, dictionary: true, discovered: true });
const CANDIDATE = fields<Candidate>({ surface: true, sentence: true });
const STANCE_SENTENCE = fields<SentenceStanceRecord>({ index: true, stance: true, confidence: true, cues: true, sentiment: true });
const RELATION = fields<StanceRelation>({ sentence: true, source: true, target: true, stance: true, confidence: true, cue: true, negated: true, cameo: true });

interface PackedActors {
  sentences: Packed;
  mentions: Packed;
  actors: Packed;
  candidates: Packed;
}
interface PackedStance {
  sentences: Packed;
  relations: Packed;
}

function encodeActors(a: StoredActors): PackedActors {
  return {
    sentences: pack(a.sentences, SENTENCE),
    mentions: pack(a.sentences.flatMap((s) => s.mentions), MENTION),
    actors: pack(a.actors, ACTOR),
    candidates: pack(a.candidates, CANDIDATE),
  };
}

function decodeActors(p: PackedActors): StoredActors {
  const byIndex = new Map<number, Mention[]>();
  for (const m of unpack<Mention>(p.mentions, MENTION)) {
    const list = byIndex.get(m.sentence);
    if (list) list.push(m);
    else byIndex.set(m.sentence, [m]);
  }
  return {
    sentences: unpack<StoredSentence>(p.sentences, SENTENCE).map((s) => ({ ...s, mentions: byIndex.get(s.index) ?? [] })),
    actors: unpack<StoredActor>(p.actors, ACTOR),
    candidates: unpack<Candidate>(p.candidates, CANDIDATE),
  };
}

/** How each stage's result is written to and read from its state file. */
export const STAGE_CODECS: { [K in StageName]: { encode: (data: StageData[K]) => unknown; decode: (stored: never) => StageData[K] } } = {
  split: { encode: (units) => pack(units, UNIT), decode: (p: Packed) => unpack<SentenceUnit>(p, UNIT) },
  actors: { encode: encodeActors, decode: decodeActors },
  stance: {
    encode: (s) => ({ sentences: pack(s.sentences, STANCE_SENTENCE), relations: pack(s.relations, RELATION) }),
    decode: (p: PackedStance): StanceAnalysis => ({ sentences: unpack<SentenceStanceRecord>(p.sentences, STANCE_SENTENCE), relations: unpack<StanceRelation>(p.relations, RELATION) }),
  },
};
