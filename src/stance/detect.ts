import type { ActorInfo, ActorKnowledge } from '../actors/knowledge.ts';
import type { AnalysedSentence, Mention } from '../actors/resolve.ts';
import type { CueEntry } from '../schemas/knowledge.ts';
import type { StanceLabel } from '../schemas/tables.ts';
import type { Token } from '../text/tokenize.ts';
import { classOf, indexWordClasses } from '../text/word-classes.ts';
import { withGappedMatches } from './gapped.ts';
import type { StanceGrammar } from './grammar.ts';
import type { CueLexicon } from './lexicon.ts';
import { stateOf, type Side } from '../actors/sides.ts';
import { anyIn, anyKeyIn, anyTextIn, anyWithin, firstStartingIn, inCapitalisedName, isPastVerb, lastConjunct, lowerOrPossessive, nextConjunct, onlyLowerWords, readingAfter, startsMention, titleOnly, within } from './token-spans.ts';

export interface StanceRelation {
  sentence: number;
  source: string;
  target: string | null;
  stance: Exclude<StanceLabel, 'neutral'>;
  confidence: number;
  cue: string;
  negated: boolean;
  cameo: string | null;
}

export interface SentenceStance {
  stance: StanceLabel;
  confidence: number;
  cues: string[];
  relations: StanceRelation[];
}

interface Hit {
  entry: CueEntry;
  first: number;
  last: number;
  label: Exclude<StanceLabel, 'neutral'>;
  negated: boolean;
  confidence: number;
  dropped: boolean;
  /** the event code when it is not the cue's own ("ended the fighting": 080, not 190) */
  cameo: string | undefined;
  /** "urged Manila to stop its provocations": the token ("to") after whom the cue's hostility is demanded to stop, or -1 */
  toldAt: number;
}

/** How many tokens around a cue its clause, source and target are looked for in. */
const WINDOW = 60;
/** How far after a cue its target is looked for. */
const TARGET_WINDOW = 14;

/** A past participle, regular or common irregular: what follows "be" in a passive. */
const isParticiple = (word: string) => /(?:ed|en|wn|ught|eld|et|ck|ot|ut)$/.test(word);
/** What stands between a cue and the subject of an attribution: "…, Qatar says", "…,” Prime Minister Kurti said". */
const ATTRIBUTION_OPENERS = new Set([',', '”', '"', "'", '’']);
const round = (x: number) => Math.round(x * 100) / 100;

/** Bits of the detector's word classes: the token scans below ask these of many tokens per cue. */
const Scan = {
  clauseBreak: 1,
  predicateStart: 2,
  backgroundOpener: 4,
  subordinator: 8,
  relative: 16,
  speechVerb: 32,
  /** a form of the verb of a verb-and-object cue ("imposed" of "impose sanctions") */
  gapHead: 64,
} as const;

/** Finds the stances in one sentence, given its actor mentions. */
export class StanceDetector {
  /** for the sentence being read: which mention covers each token (-1: none) */
  private inside = new Int32Array(0);
  /** the mentions of the sentence being read (what `inside` indexes) */
  private mentions: Mention[] = [];
  /** for the sentence being read: which tokens are in a relative clause */
  private relative = new Uint8Array(0);

  /** the scans' word classes (`Scan` bits) by vocabulary id */
  private readonly classes: Uint8Array;

  /** the closed-class words the rules read (data/cues/grammar.json) */
  private readonly grammar: StanceGrammar;

  constructor(private readonly lexicon: CueLexicon, private readonly kb: ActorKnowledge, private readonly speechVerbs: Set<string>) {
    this.grammar = lexicon.grammar;
    this.classes = indexWordClasses([
      [lexicon.modifiers.clauseBreaks, Scan.clauseBreak],
      [lexicon.grammar.predicateStarts, Scan.predicateStart],
      [lexicon.grammar.reasonOpeners, Scan.backgroundOpener],
      [lexicon.grammar.subordinators, Scan.subordinator],
      [lexicon.grammar.relativePronouns, Scan.relative],
      [speechVerbs, Scan.speechVerb],
      [new Set(lexicon.gapped.keys()), Scan.gapHead],
    ]);
  }

  /** a form of the verb of a verb-and-object cue, by vocabulary id */
  private readonly isGapHead = (id: number): boolean => (classOf(this.classes, id) & Scan.gapHead) !== 0;

  private is(t: Token, classes: number): boolean {
    return (classOf(this.classes, t.id) & classes) !== 0;
  }

  /** Does a new clause start at token i? "since" after "has" is an adverb ("has since pounded"), not a conjunction. */
  private breaksAt(tokens: Token[], i: number): boolean {
    if (!this.is(tokens[i]!, Scan.clauseBreak)) return false;
    return !this.sinceIsAdverb(tokens, i);
  }

  /** "has since pounded", "ever since": "since" at token i means "from then on", not "because" or "after". */
  private sinceIsAdverb(tokens: Token[], i: number): boolean {
    return tokens[i]!.key === 'since' && i > 0 && this.grammar.sinceAsAdverbAfter.has(tokens[i - 1]!.key);
  }

  /** the article's own actors (people it discovered among them), read before the dictionaries */
  private articleActors: ReadonlyMap<string, ActorInfo> = new Map();

  private infoOf(actorId: string): ActorInfo | undefined {
    return this.articleActors.get(actorId) ?? this.kb.actors.get(actorId);
  }

  private typeOf(actorId: string): string | undefined {
    return this.sideOf(actorId).type;
  }

  /**
   * One side, not two: a state and its organs ("USA" and "USAMIL"; Britain and Sunak, coded
   * GBRGOV), or a group and its own spokesman (both coded YEMREB). Rebels, the opposition,
   * parties and other sectors of a country stay sides of their own.
   */
  private sameSide(a: string, b: string): boolean {
    if (a === b) return true;
    const x = this.sideOf(a);
    const y = this.sideOf(b);
    if (x.state !== null) return x.state === y.state;
    return x.code === y.code && (x.type === 'person') !== (y.type === 'person');
  }

  /** An actor's code, its state (when it is the state or one of its organs) and its type, worked out once an article. */
  private sideOf(id: string): Side {
    let side = this.sides.get(id);
    if (!side) {
      const info = this.infoOf(id);
      const code = info?.code ?? id;
      side = { code, state: stateOf(code), type: info?.type };
      this.sides.set(id, side);
    }
    return side;
  }

  private sides = new Map<string, Side>();

  detect(s: AnalysedSentence, previous: AnalysedSentence | undefined, articleActors: ReadonlyMap<string, ActorInfo> = new Map()): SentenceStance {
    // an article's own actors (discovered people) can reuse an id, so what is known of an actor is kept per article
    if (articleActors !== this.articleActors) this.sides.clear();
    this.articleActors = articleActors;
    const { tokens } = s;
    const matches = withGappedMatches(tokens, this.lexicon.trie.findAll(tokens), this.lexicon.gapped, this.isGapHead, this.grammar.functionWords);
    // most sentences hold no cue: nothing below can give them a stance
    if (matches.length === 0) return { stance: 'neutral', confidence: 1, cues: [], relations: [] };
    // in text order, as the sentence's mentions are
    const actors = s.mentions.filter((m) => m.role === 'actor' && !this.isReporter(s, m));
    const inRelative = this.relativeClauses(tokens);
    this.findReasonOpeners(tokens);
    // which mention covers each token (-1: none), in a buffer kept from sentence to sentence
    if (this.inside.length < tokens.length) this.inside = new Int32Array(Math.max(tokens.length, 2 * this.inside.length));
    const inside = this.inside;
    inside.fill(-1, 0, tokens.length);
    this.mentions = s.mentions;
    for (let k = 0; k < s.mentions.length; k++) inside.fill(k, s.mentions[k]!.first, s.mentions[k]!.last);
    const hits: Hit[] = [];
    for (const match of matches) {
      // background clauses hold no stance of the sentence, but "the State Department, which did not respond to a request for comment" refuses
      if (inRelative[match.first] && match.payloads[0]!.label !== 'refusal_to_comment') continue;
      // a cue word that is part of a name ("Joint Chiefs", "Security Council") is not a cue
      if (inside[match.first]! >= 0 && inside[match.first] === inside[match.last - 1]) continue;
      const entry = match.payloads.length > 1 ? readingAfter(match.payloads, this.grammar.nounMarkers, tokens[match.first - 1], tokens[match.first - 2]) : match.payloads[0]!;
      if (entry.not_after.length && this.followsExcluded(entry, s, match.first)) continue;
      if (inCapitalisedName(tokens, match.first, match.last)) continue;
      // "Israel's illegal settlements": a judging adjective before its noun is the writer's word, not someone's stance
      if (entry.pos === 'adjective' && this.beforeNoun(tokens, match.last) && this.labellingVerbBefore(tokens, match.first) < 0) continue;
      // "its allied armed groups", "the agreed timetable": a participle after a determiner describes a noun, it is no act
      if (entry.pos === 'verb' && match.last - match.first === 1 && this.modifiesNoun(tokens, match.first)) continue;
      if (entry.not_before.length && match.last < tokens.length && entry.not_before.includes(tokens[match.last]!.key)) continue;
      hits.push(this.qualify(entry, match.first, match.last, tokens));
    }
    // a cue inside what an attitude verb is about ("regretted Washington's reluctance to cooperate") is not a stance of its own
    hits.forEach((h, k) => {
      for (let j = k - 1; j >= 0 && hits[j]!.first >= h.first - 12; j--) {
        const a = hits[j]!;
        // (not across "and": "welcomed the agreement and praised South Africa" are two stances)
        // ("disappointed that Solomon Islands had signed the pact": a "that" clause is the attitude's object too)
        const objectFrom = tokens[a.last]?.key === 'that' ? a.last + 1 : a.last;
        if (a.entry.attitude && a.last <= h.first && h.first - a.last <= 12 && !this.breakBetween(tokens, objectFrom, h.first) && h.entry.pos !== 'phrase' && !anyKeyIn(tokens, a.last, h.first, 'and')) {
          h.dropped = true;
          break;
        }
      }
    });
    this.applyBlockers(tokens, hits);
    const relations: StanceRelation[] = [];
    const labelScore = new Map<StanceLabel, number>();
    const cues: string[] = [];
    let lastCoop: { sources: string[]; targets: string[] } | undefined;
    hits.forEach((h, k) => {
      if (h.dropped || h.confidence <= 0) return;
      const surface = this.surface(s, h.first, h.last);
      // only actors near the cue take part: this keeps the work linear in very long sentences
      const near = within(actors, h.first - WINDOW, h.last + WINDOW);
      const { sources, targets: found } = this.participants(s, near, h, previous, nextCueStart(hits, k, tokens.length));
      const targets = found.filter((t) => !sources.some((x) => this.sameSide(x, t)));
      const hasActors = sources.length > 0;
      const background = this.inReasonClause(h.first) || this.inPurposeClause(tokens, hits, k);
      // talks or a meeting with no second party ("convened an emergency meeting of his cabinet") show no cooperation
      const alone = h.entry.mutual && h.label === 'cooperation' && targets.length === 0 && sources.length < 2;
      // talks only with one's own side ("met members of the Greek government") show no stance at all
      if (alone && found.length > 0) return;
      labelScore.set(h.label, (labelScore.get(h.label) ?? 0) + h.confidence * (hasActors ? 1 : 0.5) * (background ? 0.3 : 1) * (alone ? 0.4 : 1));
      cues.push(surface);
      if (!hasActors) return;
      let pairs: [string, string | null][] = [];
      if (h.label === 'refusal_to_comment') pairs = sources.map((x) => [x, null]);
      else if (targets.length) {
        for (const x of sources) for (const t of targets) if (t !== x) pairs.push([x, t]);
      }
      else if (sources.length > 1 && this.reciprocal(tokens, h.last)) pairs = [[sources[0]!, sources[1]!], [sources[1]!, sources[0]!]];
      // (not where a one-sided cue has an object of its own: "Hungary and Slovakia … to protect farmers")
      else if (sources.length > 1 && (h.entry.mutual || (h.label === 'cooperation' && !this.hasThingObject(tokens, h)))) pairs = [[sources[0]!, sources[1]!]];
      else if (h.entry.mutual && h.label === 'cooperation' && lastCoop && lastCoop.sources.some((x) => sources.includes(x))) pairs = [];
      // "“Belgrade is undermining the dialogue,” Kurti said": hostility with no target named, which the speaker charges
      else if (h.label === 'opposition' && s.speaker && s.quoted[h.first]) pairs = sources.filter((x) => !this.sameSide(x, s.speaker!)).map((x): [string, null] => [x, null]);
      for (const [source, target] of pairs) {
        // targets are already checked against every source; a coordinated pair is not
        if (target !== null && !targets.length && this.sameSide(source, target)) continue;
        const relation: StanceRelation = {
          sentence: s.index, source, target, stance: h.label, confidence: round(Math.min(1, h.confidence)),
          cue: surface, negated: h.negated, cameo: h.cameo !== undefined ? h.cameo : h.entry.cameo ?? null,
        };
        const held = s.speaker && s.quoted[h.first] ? this.speakersOwn(s.speaker, relation) : relation;
        if (held) relations.push(held);
      }
      if (h.label === 'cooperation' && pairs.length) lastCoop = { sources, targets };
    });
    return this.label(this.dedupe(relations), labelScore, cues);
  }

  /**
   * A stance inside a quotation is its speaker's: what the speaker's own side does is the speaker's
   * stance, and another party's hostility the speaker reports is the speaker's charge against it
   * ("“Belgrade is undermining the dialogue,” Kurti said": Kurti toward Belgrade).
   */
  private speakersOwn(speaker: string, r: StanceRelation): StanceRelation | undefined {
    if (r.source === speaker || r.stance === 'refusal_to_comment') return r;
    let held = r;
    if (this.sameSide(r.source, speaker)) held = { ...r, source: speaker };
    else if (r.stance === 'opposition') held = { ...r, source: speaker, target: r.source };
    return held.target !== null && this.sameSide(held.source, held.target) ? undefined : held;
  }

  private label(relations: StanceRelation[], scores: Map<StanceLabel, number>, cues: string[]): SentenceStance {
    // a refusal to comment is the news of its sentence, even when who refuses is not an actor we know
    if (relations.some((r) => r.stance === 'refusal_to_comment') || (scores.get('refusal_to_comment') ?? 0) >= 0.4) {
      const found = relations.filter((r) => r.stance === 'refusal_to_comment').map((r) => r.confidence);
      const conf = found.length ? Math.max(...found) : round(Math.min(0.9, scores.get('refusal_to_comment')!));
      return { stance: 'refusal_to_comment', confidence: conf, cues, relations };
    }
    let best: StanceLabel = 'neutral';
    let bestScore = 0.28;
    for (const [label, score] of scores) {
      if (score > bestScore) {
        best = label;
        bestScore = score;
      }
    }
    const total = [...scores.values()].reduce((a, b) => a + b, 0);
    const confidence = best === 'neutral' ? round(1 - Math.min(0.9, total)) : round(Math.min(0.99, bestScore / Math.max(total, 1e-9) * Math.min(1, bestScore)));
    return { stance: best, confidence: Math.max(0.05, confidence), cues, relations };
  }

  private dedupe(relations: StanceRelation[]): StanceRelation[] {
    if (relations.length < 2) return relations;
    const byKey = new Map<string, StanceRelation>();
    for (const r of relations) {
      const key = `${r.source}|${r.target}|${r.stance}`;
      const old = byKey.get(key);
      if (!old || r.confidence > old.confidence) byKey.set(key, r);
    }
    return [...byKey.values()];
  }

  /**
   * "vetoed a €50bn (£43bn) package of financial support for Kyiv", "blocks EU aid for Ukraine": help that
   * a blocking cue stops is opposition toward whom it was for, and the block has no other object of its own.
   */
  private applyBlockers(tokens: Token[], hits: Hit[]): void {
    for (let k = 0; k < hits.length; k++) {
      const b = hits[k]!;
      if (!b.entry.blocks || b.dropped || b.confidence <= 0 || b.negated) continue;
      for (let j = k + 1; j < hits.length && hits[j]!.first - b.last <= 10; j++) {
        const h = hits[j]!;
        if (!this.sameObject(tokens, b.last, h.first)) break;
        // (a noun, or a verb's form read as one: "EU aid for Ukraine")
        if (h.label !== 'cooperation' || h.entry.pos === 'phrase' || h.negated || h.confidence <= 0) continue;
        h.label = 'opposition';
        h.negated = true;
        h.cameo = b.entry.cameo;
        // one cue from the block to the help, "blocks €50bn EU aid", found where the block stands
        h.first = b.first;
        b.dropped = true;
        break;
      }
    }
  }

  /** Do tokens [from, to) stay inside one noun phrase: no comma, conjunction or clause break (a parenthesis is skipped)? */
  private sameObject(tokens: Token[], from: number, to: number): boolean {
    for (let i = from; i < to; i++) {
      const k = tokens[i]!.key;
      if (k === '(') {
        while (i < to && tokens[i]!.key !== ')') i++;
        continue;
      }
      if (k === ',' || k === 'and' || k === 'or' || this.breaksAt(tokens, i)) return false;
    }
    return true;
  }

  /** Is the token at `at` a lower-case content word (a noun an adjective stands before), not "that", "by", "with" …? */
  private beforeNoun(tokens: Token[], at: number): boolean {
    const t = tokens[at];
    return t !== undefined && t.isWord && !t.cap && !this.grammar.functionWords.has(t.key) && !this.grammar.objectPrepositions.has(t.key);
  }

  /** A participle (-ed) between a possessive pronoun and a lower-case word ("its allied armed groups"; "a negotiated settlement" stays a cue). */
  private modifiesNoun(tokens: Token[], at: number): boolean {
    const next = tokens[at + 1];
    return tokens[at]!.key.endsWith('ed') && this.grammar.possessivePronouns.has(tokens[at - 1]?.key ?? '') && next !== undefined && next.isWord && !next.cap;
  }

  /** Is a verb cue followed by a lower-case noun as its object ("protect farmers", "backed the plan")? */
  private hasThingObject(tokens: Token[], h: Hit): boolean {
    // ("agreed that the two sides …" is a clause, "agreed to keep up pressure" an infinitive, not an object)
    if (h.entry.pos !== 'verb' || tokens[h.last]?.key === 'that' || tokens[h.last - 1]?.key === 'to') return false;
    let i = h.last;
    if (this.grammar.nounMarkers.has(tokens[i]?.key ?? '') && tokens[i]!.key !== 'of' && tokens[i]!.key !== 'for') i++;
    const t = tokens[i];
    return t !== undefined && t.isWord && !t.cap && !this.grammar.functionWords.has(t.key) && !this.grammar.objectPrepositions.has(t.key);
  }

  /** "accused each other", "blamed one another" */
  private reciprocal(tokens: Token[], at: number): boolean {
    for (let i = at; i < at + 4 && i < tokens.length - 1; i++) {
      if (this.grammar.reciprocals.get(tokens[i]!.key)?.has(tokens[i + 1]!.key)) return true;
    }
    return false;
  }

  /** Does a word of the cue's `not_after` stand right before it, or before the name right before it ("put Cuba back")? */
  private followsExcluded(entry: CueEntry, s: AnalysedSentence, first: number): boolean {
    const before = first - 1;
    if (before < 0) return false;
    if (entry.not_after.includes(s.tokens[before]!.key)) return true;
    const m = this.inside[before]!;
    return m >= 0 && s.mentions[m]!.first > 0 && entry.not_after.includes(s.tokens[s.mentions[m]!.first - 1]!.key);
  }

  /** The cue as written: its tokens, with a space where the text has one. */
  private surface(s: AnalysedSentence, first: number, last: number): string {
    let out = s.tokens[first]!.text;
    for (let i = first + 1; i < last; i++) out += (s.tokens[i]!.start > s.tokens[i - 1]!.end ? ' ' : '') + s.tokens[i]!.text;
    return out;
  }



  /** Negation and modality around a cue: cancel, flip to opposition, or lower confidence. */
  private qualify(entry: CueEntry, first: number, last: number, tokens: Token[]): Hit {
    const mods = this.lexicon.modifiers;
    let label = entry.label;
    let negated = false;
    let confidence = entry.weight;
    if (label !== 'refusal_to_comment') {
      let negator = false;
      let refuser = false;
      let withdrawer = false;
      let modal = false;
      let toldAt = -1;
      for (let i = first - 1; i >= 0 && i >= first - 5; i--) {
        const k = tokens[i]!.key;
        if (this.breaksAt(tokens, i) || k === ',') break;
        // "ruled out sending tanks" refuses; "has not ruled out supporting Kyiv" keeps it open
        if (k === 'out' && i > 0 && this.grammar.ruleOutVerbs.has(tokens[i - 1]!.key)) {
          if (this.negatedAt(tokens, i - 1)) modal = true;
          else refuser = true;
          break;
        }
        // "will not negotiate", "will never accept": a refusal, where "would not help" is only no help
        if (mods.refusers.has(k) || ((k === 'not' || k === 'never') && (tokens[i - 1]?.key === 'will' || tokens[i - 1]?.key === 'wo'))) refuser = true;
        else if (k === 'longer' && tokens[i - 1]?.key === 'no') {
          // "no longer" is one word: its "no" negates nothing else
          withdrawer = true;
          i--;
        }
        // "suspended aid", "cut off gas supplies", "lifted trade and financial sanctions": up to three words between
        // (not what someone is told to stop: "urged Manila to stop its provocations" keeps the charge)
        else if (mods.withdrawers.has(k) && first - i <= 4 && onlyLowerWords(tokens, i + 1, first)) {
          // ("called on both sides to end the fighting" is still the fighting's end)
          if (this.toldTo(tokens, i) && anyIn(tokens, i + 1, first, this.grammar.possessivePronouns)) toldAt = i - 1;
          else withdrawer = true;
        }
        else if (mods.negators.has(k)) negator = true;
        if (mods.modals.has(k)) modal = true;
      }
      // "did not suspend aid", "has never renounced the use of force": two negations keep the cue as it is
      if (withdrawer && negator && !refuser) {
        withdrawer = false;
        negator = false;
        confidence *= 0.9;
      }
      if (withdrawer && !refuser && !negator && label === 'opposition' && !entry.negated) {
        // ending a fight or easing tensions is a step toward the other side (CAMEO 08, yield)
        return { entry, first, last, label: 'cooperation', negated: true, confidence: confidence * (modal ? 0.8 : 1) * 0.8, dropped: false, cameo: '080', toldAt: -1 };
      }
      if (refuser || withdrawer || negator) {
        negated = true;
        const rule = entry.negated ?? (label === 'cooperation' && (refuser || withdrawer) ? 'opposition' : 'cancel');
        if (rule === 'cancel') confidence = 0;
        else if (rule === 'opposition') {
          // "will not accept", "can never be tolerated": a refusal is a firm stance even where the cue is weak
          label = 'opposition';
          confidence = Math.max(confidence * 0.85, entry.negated === 'opposition' ? 0.7 : 0);
        }
      }
      if (modal) confidence *= 0.8;
      // a demand that another stop its hostility is the demander's opposition toward it (CAMEO 10, demand)
      if (toldAt >= 0 && label === 'opposition' && !refuser && !negator) return { entry, first, last, label, negated, confidence, dropped: false, cameo: '100', toldAt };
    }
    // every hit has the same fields, so V8 keeps one shape for them
    return { entry, first, last, label, negated, confidence, dropped: false, cameo: undefined, toldAt: -1 };
  }

  /** "urged Manila to stop its …", "called on them to end their …": an infinitive at `at` whose doer is a name or pronoun right before "to". */
  private toldTo(tokens: Token[], at: number): boolean {
    if (tokens[at - 1]?.key !== 'to') return false;
    const before = tokens[at - 2];
    return before !== undefined && ((before.isWord && before.cap && at - 2 > 0) || this.grammar.objectPronouns.has(before.key));
  }

  /** Does a negator stand in the two words before token `at` ("has not ruled out", "did not rule out")? */
  private negatedAt(tokens: Token[], at: number): boolean {
    for (let i = at - 1; i >= 0 && i >= at - 2; i--) if (this.lexicon.modifiers.negators.has(tokens[i]!.key)) return true;
    return false;
  }

  /**
   * Marks background tokens, not the sentence's stance: ", who … ," and ", which … ,"
   * clauses, and a reporter's question ("Asked if he wanted to comment on the offer, …").
   * 1 inside, 0 outside; valid up to tokens.length, until the next call.
   */
  private relativeClauses(tokens: Token[]): Uint8Array {
    if (this.relative.length < tokens.length) this.relative = new Uint8Array(Math.max(tokens.length, 2 * this.relative.length));
    const inside = this.relative;
    inside.fill(0, 0, tokens.length);
    if (tokens[0]?.key === 'asked' && this.grammar.questionWords.has(tokens[1]?.key ?? '')) {
      for (let j = 0; j < tokens.length && tokens[j]!.text !== ','; j++) inside[j] = 1;
    }
    for (let i = 1; i < tokens.length; i++) {
      if (tokens[i - 1]!.text !== ',' || !this.is(tokens[i]!, Scan.relative)) continue;
      let j = i;
      while (j < tokens.length && tokens[j]!.text !== ',') inside[j++] = 1;
    }
    return inside;
  }

  /** A mention in a relative clause the cue is not in: "Hamas, which the US designates …, said the deal" gives no target. */
  private inOtherRelative(m: Mention, h: Hit): boolean {
    return this.relative[m.first] === 1 && this.relative[h.first] === 0;
  }

  private breakBetween(tokens: Token[], a: number, b: number): boolean {
    for (let i = a; i < b; i++) if (this.breaksAt(tokens, i)) return true;
    return false;
  }

  /** A news organisation that only reports ("the Post reported", "according to Reuters") takes no stance. */
  private isReporter(s: AnalysedSentence, m: Mention): boolean {
    const t = s.tokens;
    const k1 = t[m.first - 1]?.key;
    const k2 = t[m.first - 2]?.key;
    if ((k2 === 'according' && k1 === 'to') || (t[m.first - 3]?.key === 'according' && k2 === 'to' && k1 === 'the')) return true;
    const after = t[m.last]?.key ?? '';
    // the words around first: most mentions are not followed by "reported" or "said", and need no type
    if (!this.lexicon.modifiers.reporting.has(after) && !this.speechVerbs.has(after) && t[m.first - 1]?.text !== '(') return false;
    return this.typeOf(m.actorId) === 'media';
  }


  /** Two mentions joined by a hyphen or slash that end right before `at`, or one or two lower-case words before it. */
  private hyphenatedPairBefore(tokens: Token[], actors: Mention[], at: number): [Mention, Mention] | undefined {
    let end = at;
    while (end > at - 2 && end > 0 && tokens[end - 1]!.isWord && !tokens[end - 1]!.cap) end--;
    // the token → mention buffer answers for the many cues with no hyphenated name before them
    const k = end > 0 ? this.inside[end - 1]! : -1;
    const second = k >= 0 ? this.mentions[k]! : undefined;
    if (!second || second.last !== end || second.first < 2 || !PAIR_JOINERS.has(tokens[second.first - 1]!.text) || !actors.includes(second)) return undefined;
    const first = actors.find((m) => m.last === second.first - 1);
    return first && first.actorId !== second.actorId ? [first, second] : undefined;
  }

  /**
   * "provide Kyiv with support", "gave Ukraine its full backing": the mention follows a verb
   * (not a preposition, a conjunction or a name) and only "with", determiners and modifiers
   * stand between it and the noun cue at `cue`.
   */
  private isIndirectObject(tokens: Token[], m: Mention, cue: number): boolean {
    const verb = tokens[m.first - 1];
    if (!verb || !verb.isWord || verb.cap || this.is(verb, Scan.subordinator)) return false;
    // a partner after "with" ("cooperate with Russia in joint action"), not after other prepositions
    if (this.isObjectOfPreposition(tokens, m) && verb.key !== 'with' && !(verb.key === 'the' && tokens[m.first - 2]?.key === 'with')) return false;
    if (cue - m.last > 4) return false;
    for (let i = m.last; i < cue; i++) {
      const t = tokens[i]!;
      if (t.key !== 'with' && !this.grammar.nounMarkers.has(t.key) && !(t.isWord && !t.cap) && !PAIR_JOINERS.has(t.text)) return false;
    }
    return true;
  }

  /** Is the token at `at` a speech verb ("says", "said"), also after an apposition (", the U.S. envoy for Sudan, told")? */
  private attributes(tokens: Token[], at: number): boolean {
    if (at >= tokens.length) return false;
    if (tokens[at]!.text === ',') {
      for (let j = at + 1; j < tokens.length && j <= at + 14; j++) if (tokens[j]!.text === ',') return j + 1 < tokens.length && this.is(tokens[j + 1]!, Scan.speechVerb);
      return false;
    }
    return this.is(tokens[at]!, Scan.speechVerb);
  }

  /** A subject with the actors "and"-joined to it ("Sudan's army and the RSF agreed"), up to token `limit`. */
  private withConjuncts(tokens: Token[], actors: Mention[], subject: Mention, limit: number): string[] {
    const ids = this.groupOf(actors, subject);
    for (let m = subject, next = nextConjunct(tokens, actors, m); next && next.last <= limit; m = next, next = nextConjunct(tokens, actors, m)) {
      for (const id of this.groupOf(actors, next)) if (!ids.includes(id)) ids.push(id);
    }
    return ids;
  }

  private groupOf(actors: Mention[], m: Mention): string[] {
    if (!m.group) return [m.actorId];
    return [...new Set(actors.filter((x) => x.group === m.group).map((x) => x.actorId))];
  }

  /** Does a subordinate clause with a subject of its own start at token i? */
  private breaksAsSubordinator(tokens: Token[], i: number): boolean {
    if (!this.is(tokens[i]!, Scan.subordinator)) return false;
    if (this.sinceIsAdverb(tokens, i)) return false;
    const next = tokens[i + 1]?.key ?? '';
    return !(next.length > 4 && next.endsWith('ing'));
  }

  private clauseStart(tokens: Token[], at: number): number {
    const floor = Math.max(0, at - WINDOW);
    for (let i = at - 1; i >= floor; i--) {
      const k = tokens[i]!.key;
      // a parenthetical between paired dashes or brackets is skipped, not a clause of its own
      if (k === '—' || k === '–' || k === ')') {
        const open = k === ')' ? '(' : k;
        let j = i - 1;
        while (j >= floor && tokens[j]!.key !== open) j--;
        if (j >= floor) {
          i = j;
          continue;
        }
      }
      // a relative clause the cue is not in (", which the US designates …,") is skipped, not a clause start
      if (this.breaksAt(tokens, i) && !(this.relative[i] === 1 && this.relative[at] === 0)) return i + 1;
      // "while the ISIS's caliphate has ambitions, Al-Nusra has concentrated on …": the main clause starts after the comma
      if (k === ',' && this.subordinateBefore(tokens, i)) return i + 1;
      // "… broke off relations after Ecuadoran police stormed the embassy and arrested Glas": a subordinate clause has a subject of its own
      // ("has since pounded" is an adverb; "after accusing the TPLF" has the main clause's subject)
      if (i > 0 && k !== 'as' && this.breaksAsSubordinator(tokens, i)) return i + 1;
      // ", and they …": a comma before a conjunction starts a new clause
      if ((k === 'and' || k === 'or') && tokens[i - 1]?.text === ',') return i + 1;
    }
    return floor;
  }

  /** Who takes the stance and toward whom. */
  private participants(s: AnalysedSentence, actors: Mention[], h: Hit, previous: AnalysedSentence | undefined, nextCue: number): { sources: string[]; targets: string[] } {
    const { tokens } = s;
    const mods = this.lexicon.modifiers;
    // "a deal between X and Y", "talks between X and Y"
    if (tokens[h.last]?.key === 'between' || (tokens[h.last]?.key === 'in' && tokens[h.last + 1]?.key === 'place' && tokens[h.last + 2]?.key === 'between')) {
      const at = tokens[h.last]!.key === 'between' ? h.last + 1 : h.last + 3;
      const x = actors.find((m) => m.first >= at && m.first <= at + 1);
      const y = x && actors.find((m) => m.first > x.last && m.first <= x.last + 3 && tokens.slice(x.last, m.first).some((t) => t.key === 'and'));
      if (x && y && x.actorId !== y.actorId) return { sources: [x.actorId], targets: [y.actorId] };
    }
    // "“We urge Manila to stop its provocations,” a spokesman said", "Washington urged Israel to halt its offensive": the one told to stop is the target
    if (h.toldAt >= 0) {
      const doer = actors.find((m) => m.last === h.toldAt);
      if (doer) {
        const subject = this.clauseSubject(tokens, actors, h, doer.first);
        const sources = s.quoted[h.first] && s.speaker ? [s.speaker] : subject ? this.withConjuncts(tokens, actors, subject, doer.first) : [];
        return { sources, targets: this.groupOf(actors, doer).filter((t) => !sources.includes(t)) };
      }
    }
    // "Beijing called Pelosi's visit provocative": the one who judges toward the one judged
    if (h.entry.pos === 'adjective') {
      const judged = this.labelled(s, actors, h);
      if (judged) return judged;
    }
    // "“The Philippine side bears full responsibility,” a spokesman said": blame, from the speaker toward the subject
    if (h.entry.subject_is_target) return this.speakerTowardSubject(s, actors, h, h.first, true);
    // "the Israel-Hamas truce", "U.S.-China trade talks": a hyphenated pair names both sides (and makes "talks" a noun);
    // "American-British strikes against Yemen": with an object of its own, the pair acts together
    const pair = h.entry.pos === 'noun' || h.entry.pos === 'verb' ? this.hyphenatedPairBefore(tokens, actors, h.first) : undefined;
    const jointObject = pair !== undefined && (tokens[h.last]?.key === 'against' || tokens[h.last]?.key === 'on');
    if (pair && !jointObject) return { sources: this.groupOf(actors, pair[0]), targets: this.groupOf(actors, pair[1]) };
    // reduced passive: "rebel groups backed by US allies"
    if (tokens[h.last]?.key === 'by' && h.entry.pos === 'verb' && tokens[h.first]!.key.endsWith('ed')) {
      const agent = actors.find((m) => m.first > h.last && m.first <= h.last + 2);
      const patient = actors.find((m) => m.last === h.first);
      if (agent && patient) return { sources: this.groupOf(actors, agent), targets: this.groupOf(actors, patient) };
      // "Saudi Arabia and Iran agreed …, in a deal brokered by China": help given to a thing is given to the clause's subject
      const before = tokens[h.first - 1];
      if (agent && !patient && h.label === 'cooperation' && before?.isWord && !before.cap) {
        const subject = this.clauseSubject(tokens, actors, h, h.first);
        const sources = this.groupOf(actors, agent);
        if (subject) return { sources, targets: this.withConjuncts(tokens, actors, subject, h.first).filter((t) => !sources.includes(t)) };
      }
    }
    // passive: "are defined as terrorist groups by the UN Security Council", "was sharply criticised by"
    const beAt = mods.beForms.has(tokens[h.first - 1]?.key ?? '') ? h.first - 1 : (tokens[h.first - 1]?.key ?? '').endsWith('ly') && mods.beForms.has(tokens[h.first - 2]?.key ?? '') ? h.first - 2 : -1;
    if (h.entry.pos === 'verb' && beAt >= 0) {
      // (a participle's own "by", not one of a later clause: "Egypt's warning when contacted by Reuters")
      for (let i = h.last; i < tokens.length && i < h.last + 8 && isParticiple(tokens[h.first]!.key); i++) {
        if (i > h.last && (tokens[i]!.text === ',' || this.breaksAt(tokens, i) || this.is(tokens[i]!, Scan.subordinator))) break;
        if (tokens[i]!.key !== 'by') continue;
        // "by Nigeria", "by the African Union", "by Ukraine's President Volodymyr Zelensky"
        const agent = actors.find((m) => m.first > i && m.first <= i + 6 && titleOnly(tokens, i + 1, m.first));
        if (!agent) break;
        const subjectEnd = beAt;
        const start = this.clauseStart(tokens, subjectEnd);
        const subject = actors.find((m) => m.first >= start && m.last <= subjectEnd);
        return { sources: this.groupOf(actors, agent), targets: subject ? this.groupOf(actors, subject) : [] };
      }
      // no agent: "North Korea's act can never be tolerated" — the subject is the target, and
      // only a quote's speaker can be the source ("is opposed to", "was allied with" keep their subject)
      if (this.grammar.passiveBe.has(tokens[beAt]!.key) && isParticiple(tokens[h.first]!.key) && !this.grammar.stativeObjects.has(tokens[h.last]?.key ?? '')) {
        return this.speakerTowardSubject(s, actors, h, beAt);
      }
    }
    const start = this.clauseStart(tokens, h.first);
    // "Poland has been one of Ukraine's staunchest allies": the possessor of a mutual noun is the subject's partner
    if (h.entry.mutual && h.entry.pos === 'noun' && !jointObject && (tokens[h.first - 1]?.key === "'s" || tokens[h.first - 2]?.key === "'s")) {
      const owners = this.ownerOf(tokens, actors, h);
      // a possessive only ("Ukraine's allies"), not a name before the noun ("the SCO summit")
      const owner = owners.length ? actors.find((m) => m.actorId === owners[0] && m.last <= h.first && tokens[m.last]?.key === "'s") : undefined;
      const subject = owner && actors.find((m) => m.first >= start && m.last <= owner.first && !this.isObjectOfPreposition(tokens, m) && !owners.includes(m.actorId));
      if (subject) return { sources: this.withConjuncts(tokens, actors, subject, owner!.first), targets: owners };
    }
    let sources = jointObject ? [...this.groupOf(actors, pair[0]), ...this.groupOf(actors, pair[1])] : this.ownerOf(tokens, actors, h);
    // "X said only that … and declined to say": a refusal joined by "and"/"but" is the sentence subject's
    if (!sources.length && h.label === 'refusal_to_comment' && /^(?:and|but)$/.test(tokens[h.first - 1]?.key ?? '')) {
      const subject = actors.find((m) => m.last <= h.first && !this.isObjectOfPreposition(tokens, m));
      if (subject) sources = this.groupOf(actors, subject);
    }
    if (!sources.length) {
      // after a speech verb, the complement clause's subject takes the stance
      let from = start;
      for (let i = h.first - 1; i >= start; i--) {
        // (not a speech verb of a relative clause the cue is outside: "Safadi, whose … recalled …, accused")
        if (this.is(tokens[i]!, Scan.speechVerb) && this.inside[i]! < 0 && !(this.relative[i] === 1 && this.relative[h.first] === 0) && anyWithin(actors, i + 1, h.first)) {
          from = i + 1;
          break;
        }
      }
      const subject = actors.find((m) => m.first >= from && m.last <= h.first && !this.isObjectOfPreposition(tokens, m) && !this.inOtherRelative(m, h));
      if (subject) sources = this.withConjuncts(tokens, actors, subject, h.first);
    }
    // "the office of President Daniel Noboa said …, and accused Mexico": a predicate after ", and" or "but" with no subject of its own shares the sentence's
    const joiner = tokens[start - 1]?.key;
    if (!sources.length && h.entry.pos === 'verb' && (joiner === 'and' || joiner === 'but') && onlyLowerWords(tokens, start, h.first)) {
      const subject = this.sentenceSubject(tokens, actors, start - 1, h);
      if (subject) sources = this.withConjuncts(tokens, actors, subject, start - 1);
    }
    if (!sources.length) {
      if (s.quoted[h.first] && s.speaker) sources = [s.speaker];
      else if (h.label === 'refusal_to_comment') {
        // "X did not deny the report, but refused to discuss it": the refuser is the sentence's subject
        const subject = actors.find((m) => m.last <= h.first && !this.isObjectOfPreposition(tokens, m));
        if (subject) sources = this.groupOf(actors, subject);
      }
      if (!sources.length && s.speaker && !actors.some((m) => m.last <= h.first)) sources = [s.speaker];
    }
    if (h.label === 'refusal_to_comment') return { sources, targets: [] };
    // targets: the first actor after the cue, within its predicate
    let targets: string[] = [];
    // "agreed to keep up pressure on the North": what follows the next cue is that cue's object
    let limit = Math.min(tokens.length, h.last + TARGET_WINDOW, nextCue);
    for (let i = h.last; i < limit; i++) {
      const k = tokens[i]!.key;
      // "struck what it described as hideouts of Baluch militants": the hedge is someone's wording, the object after it the cue's
      if (k === 'what') {
        const past = this.pastHedge(tokens, i);
        if (past > i) {
          limit = Math.min(tokens.length, limit + past - i, nextCue);
          i = past - 1;
          continue;
        }
      }
      if (h.label === 'cooperation' && k === 'against') break; // "joint patrols against al-Shabaab" opposes it
      // "a deal brokered by China": the agent of a participle after the cue is not its other side
      if (k === 'by' && i > h.last && isParticiple(tokens[i - 1]!.key)) break;
      // "called the strikes necessary, and said Britain …": a speech verb starts a clause of its own
      if (i > h.last && (this.breaksAt(tokens, i) || this.is(tokens[i]!, Scan.predicateStart | Scan.speechVerb | Scan.subordinator))) break;
      // "… at an emergency meeting and recalled its ambassador to Ethiopia": a second predicate
      if (k === 'and' && i > h.last && isPastVerb(tokens[i + 1])) break;
      let m = firstStartingIn(actors, i, i);
      // "Sudan's paramilitary Rapid Support Forces": the possessor names whose; the noun after it is the target
      if (m && tokens[m.last]?.key === "'s") {
        const head = actors.find((x) => x.first > m!.last && x.first <= m!.last + 3 && onlyLowerWords(tokens, m!.last + 1, x.first));
        if (head) m = head;
      }
      // "…, Qatar says", "…, Saudi Arabia and the United States said": the subject of an attribution is no object
      if (m && this.attributes(tokens, lastConjunct(tokens, actors, m).last) && anyTextIn(tokens, h.last, m.first, ATTRIBUTION_OPENERS)) break;
      if (m && !sources.includes(m.actorId) && !this.inOtherRelative(m, h)) {
        // "Seoul and Tokyo see eye to eye on North Korea": two sides of a mutual cue, and what they talk about
        if (h.entry.mutual && sources.length > 1 && this.grammar.topicPrepositions.has(tokens[m.first - 1]?.key ?? '')) break;
        targets = this.withConjuncts(tokens, actors, m, tokens.length).filter((t) => !sources.includes(t));
        break;
      }
    }
    // a noun cue's beneficiary can stand before it, after its source: "provide Kyiv with support"
    if (!targets.length && h.entry.pos === 'noun') {
      const sourceEnd = Math.max(start, ...actors.filter((m) => sources.includes(m.actorId) && m.last <= h.first).map((m) => m.last));
      const before = actors.filter((m) => m.first >= sourceEnd && m.last <= h.first && !sources.includes(m.actorId) && !this.inOtherRelative(m, h)).pop();
      if (before && this.isIndirectObject(tokens, before, h.first)) targets = this.groupOf(actors, before).filter((t) => !sources.includes(t));
    }
    // "reiterated the need for the coordination of joint efforts … and regretted Washington's reluctance": the partner named later
    if (!targets.length && h.entry.mutual && h.label === 'cooperation' && sources.length === 1) {
      let skip = false;
      // `actors` holds only the mentions near the cue: no later token can start one
      const end = Math.min(tokens.length, h.last + WINDOW + 1);
      for (let i = h.last; i < end; i++) {
        const k = tokens[i]!.key;
        if (k === 'against') skip = true;
        // "against X and regretted …" ends the object of "against"; "against X and Y" does not
        else if (k === ',' || this.breaksAt(tokens, i) || (k === 'and' && !startsMention(actors, i + 1, tokens))) skip = false;
        const m = firstStartingIn(actors, i, i);
        if (m && !skip && !sources.includes(m.actorId) && this.typeOf(m.actorId) !== 'person') {
          targets = [m.actorId];
          break;
        }
      }
    }
    // "recalled its ambassador from Tehran": for envoys' cues the place is the state they leave or go to
    if (!targets.length && h.entry.place_is_target) {
      const place = this.mentions.find((m) => m.role === 'location' && m.first >= h.last && m.first <= h.last + 3 && this.grammar.placeLinks.has(tokens[m.first - 1]?.key ?? ''));
      if (place && !sources.includes(place.actorId)) targets = [place.actorId];
    }
    // "the proposal", "the offer": the actor who made it in the sentence before
    if (!targets.length && previous && this.grammar.backReferenceDeterminers.has(tokens[h.last]?.key ?? '') && this.grammar.backReferenceNouns.has(tokens[h.last + 1]?.key ?? '')) {
      const prior = previous.mentions.find((m) => m.role === 'actor' && !sources.includes(m.actorId) && this.typeOf(m.actorId) !== 'media');
      if (prior) targets = [prior.actorId];
    }
    return { sources, targets };
  }

  /** Where a hedge ("what it said were", "what Israel described as") that starts at `at` ends, or `at` if none does. */
  private pastHedge(tokens: Token[], at: number): number {
    const g = this.grammar;
    for (let j = at + 2; j <= at + 4 && j < tokens.length; j++) {
      const t = tokens[j]!;
      if (t.text === ',' || this.breaksAt(tokens, j)) return at;
      if (!g.hedgeVerbs.has(t.key)) continue;
      let end = j + 1;
      while (end < tokens.length && end <= j + 2 && g.hedgeLinks.has(tokens[end]!.key)) end++;
      return end;
    }
    return at;
  }

  /**
   * Who speaks in the sentence before token `end`: the actor right before its first speech verb
   * ("the office of President Daniel Noboa said …", "“…,” Lavrov said").
   */
  private sentenceSubject(tokens: Token[], actors: Mention[], end: number, h: Hit): Mention | undefined {
    for (let i = 1; i < end; i++) {
      if (this.is(tokens[i]!, Scan.speechVerb) && this.relative[i] !== 1) return this.speakerOf(tokens, actors, i, h);
    }
    return undefined;
  }

  /** The subject of the speech verb at `verb`: the actor right before it, or before "'s foreign ministry"; the first of an "and"-list. */
  private speakerOf(tokens: Token[], actors: Mention[], verb: number, h: Hit): Mention | undefined {
    let speaker: Mention | undefined;
    // "The Caribbean Community, or CARICOM, said": the comma that closes an apposition
    const end = tokens[verb - 1]?.text === ',' ? verb - 1 : verb;
    for (const m of actors) {
      if (m.last > verb) break;
      if (end - m.last <= 4 && lowerOrPossessive(tokens, m.last, end) && !this.inOtherRelative(m, h)) speaker = m;
    }
    // "Saudi Arabia and the United States said": the list's first, whom withConjuncts extends
    return speaker && (actors.find((x) => x.last <= speaker!.first && lastConjunct(tokens, actors, x) === speaker) ?? speaker);
  }

  /** Where a labelling verb ("called", "described") stands a few words before token `at` in its clause, or -1. */
  private labellingVerbBefore(tokens: Token[], at: number): number {
    for (let v = at - 1; v >= 0 && v >= at - 12; v--) {
      // "declared the Mexican ambassador, Raquel Serur, persona non grata": a name between commas is passed over
      if (tokens[v]!.text === ',') {
        let p = v - 1;
        while (p > v - 6 && p >= 0 && tokens[p]!.isWord && tokens[p]!.cap) p--;
        if (p >= 0 && p < v - 1 && tokens[p]!.text === ',') {
          v = p;
          continue;
        }
        return -1;
      }
      if (this.breaksAt(tokens, v)) return -1;
      if (this.grammar.labellingVerbs.has(tokens[v]!.key)) return v;
    }
    return -1;
  }

  /** "X called Y('s act) illegal": X toward Y, when a labelling verb stands a few words before the adjective at `h`. */
  private labelled(s: AnalysedSentence, actors: Mention[], h: Hit): { sources: string[]; targets: string[] } | undefined {
    const tokens = s.tokens;
    const v = this.labellingVerbBefore(tokens, h.first);
    if (v < 0) return undefined;
    const judged = actors.find((m) => m.first > v && m.last <= h.first);
    const judge = this.clauseSubject(tokens, actors, h, v);
    const sources = judge ? this.withConjuncts(tokens, actors, judge, v) : s.quoted[h.first] && s.speaker ? [s.speaker] : [];
    return { sources, targets: judged ? this.groupOf(actors, judged).filter((t) => !sources.includes(t)) : [] };
  }

  /**
   * The subject of the clause that ends at token `end` (or of the part of it from `from`): its first
   * actor that is no object of a preposition and not in a relative clause the cue at `h` is outside.
   */
  private clauseSubject(tokens: Token[], actors: Mention[], h: Hit, end: number, from = this.clauseStart(tokens, end)): Mention | undefined {
    return actors.find((m) => m.first >= from && m.last <= end && !this.isObjectOfPreposition(tokens, m) && !this.inOtherRelative(m, h));
  }

  /** The subject of the clause ending at token `end` as target, with a quote's speaker as source (or, `orSayer`, whoever says the clause: blame). */
  private speakerTowardSubject(s: AnalysedSentence, actors: Mention[], h: Hit, end: number, orSayer = false): { sources: string[]; targets: string[] } {
    const tokens = s.tokens;
    let start = this.clauseStart(tokens, end);
    let sources = s.quoted[h.first] && s.speaker ? [s.speaker] : [];
    if (!sources.length && orSayer) {
      // "China's foreign ministry said Taipei's pursuit of independence was to blame": the one who says it blames
      for (let v = end - 1; v > start; v--) {
        if (!this.is(tokens[v]!, Scan.speechVerb) || this.inside[v]! >= 0) continue;
        const sayer = this.speakerOf(tokens, actors, v, h);
        if (sayer) {
          sources = this.withConjuncts(tokens, actors, sayer, v);
          start = v + 1;
        }
        break;
      }
    }
    const subject = this.clauseSubject(tokens, actors, h, end, start);
    return { sources, targets: subject ? this.withConjuncts(tokens, actors, subject, end).filter((t) => !sources.includes(t)) : [] };
  }

  /**
   * The owner of a cue: "Washington's reluctance to cooperate", "Putin's efforts
   * to shore up", "US efforts to press him", "Beijing's condemnation".
   */
  private ownerOf(tokens: Token[], actors: Mention[], h: Hit): string[] {
    if (h.entry.pos === 'phrase' || h.entry.pos === 'adjective') return [];
    let i = h.first - 1;
    if (h.entry.pos === 'verb' || tokens[i]?.key === 'to') {
      if (tokens[i]?.key !== 'to') return [];
      i--;
      // skip a negation or refusal word standing between ("reluctance to")
      if (!this.grammar.effortNouns.has(tokens[i]?.key ?? '') && !this.lexicon.modifiers.refusers.has(tokens[i]?.key ?? '')) return [];
      i--;
    } else if (h.entry.pos === 'noun' && !this.lexicon.modifiers.refusers.has(tokens[i]?.key ?? '')) {
      // "Beijing's condemnation", "Moscow's strongest condemnation"
      if (tokens[i]?.key !== "'s" && tokens[i - 1]?.key === "'s" && /^\p{Ll}/u.test(tokens[i]!.text)) i--;
    } else i--;
    if (tokens[i]?.key === "'s") i--;
    const owner = actors.find((m) => m.last === i + 1);
    return owner ? this.groupOf(actors, owner) : [];
  }

  /** A cue after "since", "because": a reason given for the main clause. */
  private inReasonClause(at: number): boolean {
    for (const i of this.reasonOpeners) if (i < at && i >= at - WINDOW) return true;
    return false;
  }

  /** Where ", since …", ", because …", ", as …" (or a sentence opening with them) start: found once a sentence. */
  private findReasonOpeners(tokens: Token[]): void {
    this.reasonOpeners.length = 0;
    for (let i = 0; i < tokens.length; i++) if (this.is(tokens[i]!, Scan.backgroundOpener) && (i === 0 || tokens[i - 1]!.text === ',')) this.reasonOpeners.push(i);
  }

  /** the sentence's reason-clause openers (token indices), for inReasonClause */
  private readonly reasonOpeners: number[] = [];

  /** "set up a joint command to direct air strikes against …": the cue after "to" serves the earlier one;
   * ", fighting alongside …": a participle clause adds to the main one. */
  private inPurposeClause(tokens: Token[], hits: Hit[], k: number): boolean {
    const h = hits[k]!;
    for (let i = h.first; i >= Math.max(1, h.first - WINDOW); i--) {
      const k = tokens[i]!.key;
      if (tokens[i - 1]!.text === ',' && k.length > 5 && k.endsWith('ing')) return true;
      if (this.breaksAt(tokens, i) || tokens[i]!.text === ',') break;
    }
    for (let j = k - 1; j >= 0 && hits[j]!.first >= h.first - 16; j--) {
      const o = hits[j]!;
      if (!o.dropped && o.confidence > 0 && o.last <= h.first && h.first - o.last <= 8 &&
        tokens.slice(o.last, h.first).some((t) => t.key === 'to') && !this.breakBetween(tokens, o.last, h.first)) return true;
    }
    return false;
  }

  /** Does a subordinate clause (while, although, because …) open before the comma at `comma`, with no other break between? */
  private subordinateBefore(tokens: Token[], comma: number): boolean {
    for (let i = comma - 1; i >= Math.max(0, comma - WINDOW); i--) {
      const k = tokens[i]!.key;
      if (this.is(tokens[i]!, Scan.subordinator)) return true;
      if (k === ',' || k === ';' || k === '.') return false;
    }
    return false;
  }

  private isObjectOfPreposition(tokens: Token[], m: Mention): boolean {
    let p = m.first - 1;
    if (tokens[p]?.key === 'the') p--;
    const k = tokens[p]?.key ?? '';
    if (!this.grammar.objectPrepositions.has(k)) return false;
    // "a spokesperson for the Chinese Embassy would not say": whom a spokesman speaks for is the subject
    return !((k === 'for' || k === 'of') && p > 0 && this.isPersonRole(tokens, p - 1));
  }

  /** Is the word at `at` the end of a person's role noun ("spokesperson", "official", "foreign minister")? */
  private isPersonRole(tokens: Token[], at: number): boolean {
    const t = tokens[at]!;
    return t.isWord && !t.cap && this.kb.personRoleWords.has(t.key);
  }
}

/**
 * Where the next cue after hit k with another label starts (`none` if there is none): "agreed to
 * keep up pressure on the North" — the North is the pressure's target, not the agreement's, while
 * "offered to host negotiations between Iran and the US" keeps both for the offer. A cue right
 * after this one is its complement ("air strikes against"), not a new predicate.
 */
function nextCueStart(hits: Hit[], k: number, none: number): number {
  const h = hits[k]!;
  // hits are in text order; past the target window the answer no longer matters (and the work stays linear)
  for (let j = k + 1; j < hits.length && hits[j]!.first < h.last + TARGET_WINDOW; j++) {
    const o = hits[j]!;
    if (!o.dropped && o.confidence > 0 && o.first > h.last && o.label !== h.label) return o.first;
  }
  return none;
}

const PAIR_JOINERS = new Set(['-', '–', '/']);
