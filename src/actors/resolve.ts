import { firstAtOrAfter } from '../core/search.ts';
import type { MentionHow } from '../schemas/tables.ts';
import { markQuoted } from '../text/quotes.ts';
import { tokenize, type Token } from '../text/tokenize.ts';
import { activeOn, codeOnDate } from './dated-roles.ts';
import { WordClass, wordClassOf, type Grammar } from './grammar.ts';
import { latestRole, surnameOf, type ActorInfo, type ActorKnowledge, type Entry } from './knowledge.ts';
import type { ActorAnalysis, AnalysedSentence, Candidate, Mention, SentenceUnit } from './mentions.ts';
import { slugify, unknownNameLength } from './names.ts';
import { findSpeaker } from './speakers.ts';
import { stateOf } from './sides.ts';
import type { TrieMatch } from './trie.ts';
import {
  coverage, firstUnitFrom, gapIs, hasConjunction, isCoordination, isCoordinationOrThe, isPossessiveOrHyphen,
  KIND_RANK, NEAR, nearBefore, REBEL_SECTORS, type Unit, UnitIndex,
} from './units.ts';

export type { ActorAnalysis, AnalysedSentence, Candidate, Mention, SentenceUnit } from './mentions.ts';
export { codeOnDate } from './dated-roles.ts';
export { slugify } from './names.ts';

/** Resolves every actor mention of one article. */
export class ActorResolver {
  constructor(private readonly kb: ActorKnowledge, private readonly grammar: Grammar) {}

  analyse(text: string, sentences: SentenceUnit[], published: string | null): ActorAnalysis {
    return new ArticleResolution(this.kb, this.grammar, text, published?.slice(0, 10) ?? null).run(sentences);
  }
}

class ArticleResolution {
  private readonly seen = new Set<string>();
  private readonly localNames = new Map<string, string>();
  private readonly used = new Map<string, ActorInfo>();
  private readonly candidates: Candidate[] = [];
  private lastSubject: string | null = null;
  private lastPerson: string | null = null;
  private readonly lastByType = new Map<string, string>();
  /** how often each country (or its organs and people) came up: the most frequent is what "the army" belongs to */
  private readonly countryCounts = new Map<string, number>();
  private readonly shortChoice = new Map<Entry, Entry | undefined>();
  /** the country last named as a place ("in Syria"), where unnamed rebels are */
  private lastPlace: string | null = null;
  /** actors in the order they were last mentioned, for "the group", "they" */
  private readonly recent: string[] = [];
  private groupCounter = 0;
  /**
   * The actors this article has looked up (a small map, where the knowledge's holds tens
   * of thousands), and the titled people it found in no dictionary. Those stay with the
   * article, so what one article discovers never changes how another is read (which
   * would make results depend on article order and on --workers).
   */
  private readonly articleActors = new Map<string, ActorInfo>();

  constructor(
    private readonly kb: ActorKnowledge,
    private readonly g: Grammar,
    private readonly text: string,
    private readonly date: string | null,
  ) {}

  run(units: SentenceUnit[]): ActorAnalysis {
    const out: AnalysedSentence[] = [];
    let open = false;
    // sentences of a quote whose speaker is named only after them
    let pending: AnalysedSentence[] = [];
    let runSpeaker: string | null = null;
    // a quote right after an attributed one is the same speaker's (wire style)
    let previousSpeaker: string | null = null;
    let inherited: string | null = null;
    for (const unit of units) {
      const tokens = tokenize(this.text, unit.start, unit.end);
      const startsOpen = open;
      const { quoted, openAtEnd } = markQuoted(tokens, open);
      open = openAtEnd;
      const s: AnalysedSentence = { index: unit.index, start: unit.start, end: unit.end, tokens, quoted, mentions: [], speaker: null };
      this.nameMentions(s);
      this.pronounMentions(s);
      const hasQuote = startsOpen || quoted.some(Boolean);
      if (hasQuote) {
        if (!startsOpen) {
          runSpeaker = null;
          inherited = previousSpeaker;
        }
        const attributed = findSpeaker(this.g, s);
        if (attributed) runSpeaker = attributed;
        if (runSpeaker) {
          for (const p of pending) this.setSpeaker(p, runSpeaker);
          pending = [];
          this.setSpeaker(s, runSpeaker);
        } else pending.push(s);
        if (!open) {
          if (inherited) for (const p of pending) this.setSpeaker(p, inherited);
          pending = [];
        }
      }
      previousSpeaker = hasQuote ? s.speaker : null;
      // sorting copies even a one-element array into a scratch buffer in V8: skip what is already in order
      if (!inOrder(s.mentions)) s.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
      this.remember(s);
      out.push(s);
    }
    return { sentences: out, actors: [...this.used.values()], candidates: this.candidates };
  }

  private remember(s: AnalysedSentence): void {
    let subject: string | null = null;
    for (const m of s.mentions) {
      const info = this.info(m.actorId);
      const country = info?.country;
      if (m.role === 'location' && country && info?.type === 'country') this.lastPlace = country;
      if (country) this.countryCounts.set(country, (this.countryCounts.get(country) ?? 0) + (m.role === 'location' && s.index === 1 && m.first === 0 ? 3 : 1));
      if (m.role !== 'actor') continue;
      this.seen.add(m.actorId);
      const at = this.recent.indexOf(m.actorId);
      if (at >= 0) this.recent.splice(at, 1);
      this.recent.push(m.actorId);
      if (info) this.lastByType.set(info.type, m.actorId);
      if (info?.type === 'person') {
        subject ??= m.actorId;
        this.lastPerson = m.actorId;
      }
    }
    if (subject) this.lastSubject = subject;
  }

  /** The state an actor is or is an organ of, by its CAMEO code (the stance stage's test of one side); null for people, rebels, parties. */
  private stateOf(actorId: string): string | null {
    const info = this.info(actorId);
    return info && info.type !== 'person' ? stateOf(info.code) : null;
  }

  private info(actorId: string): ActorInfo | undefined {
    const known = this.articleActors.get(actorId);
    if (known) return known;
    const info = this.kb.actors.get(actorId);
    if (info) this.articleActors.set(actorId, info);
    return info;
  }

  private use(actorId: string): ActorInfo | undefined {
    const info = this.info(actorId);
    if (!info) return undefined;
    if (!this.used.has(actorId)) this.used.set(actorId, { ...info, code: codeOnDate(info, this.date) });
    return info;
  }

  private add(s: AnalysedSentence, actorId: string, first: number, last: number, how: MentionHow, role: 'actor' | 'location' = 'actor', plural = false, group = 0): void {
    if (!this.use(actorId)) return;
    const start = s.tokens[first]!.start;
    const end = s.tokens[last - 1]!.end;
    s.mentions.push({ sentence: s.index, actorId, surface: this.text.slice(start, end), start, end, role, how, first, last, plural, group });
  }

  private pick(match: TrieMatch<Entry>): Entry | undefined {
    // one pass: the first payload of the most specific kind wins
    let best: Entry | undefined;
    let bestRank = 99;
    let shorts: Extract<Entry, { kind: 'short' }>[] | undefined;
    for (const p of match.payloads) {
      if (p.kind === 'short') (shorts ??= []).push(p);
      const rank = KIND_RANK[p.kind];
      if (rank < bestRank) {
        best = p;
        bestRank = rank;
      }
    }
    return best?.kind === 'short' ? this.pickShort(shorts!) : best;
  }


  /** A surname or short form names an actor seen earlier, or someone in office on the article date. */
  private pickShort(options: Extract<Entry, { kind: 'short' }>[]): Entry | undefined {
    const seen = options.find((o) => this.seen.has(o.actorId));
    if (seen) return seen;
    // the choice by date is the same all through the article: made once per surname
    const key = options[0]!;
    if (this.shortChoice.has(key)) return this.shortChoice.get(key);
    const people = options.map((o) => ({ o, info: this.info(o.actorId)! })).filter((x) => x.info?.type === 'person');
    let choice: Entry | undefined;
    if (!people.length) choice = undefined; // organisation short forms need the full name first
    else if (this.date) choice = people.find((x) => activeOn(x.info, this.date!))?.o;
    else {
      const until = (x: { info: ActorInfo }) => latestRole(x.info.roles)?.to ?? '9999';
      choice = people.reduce((best, x) => (until(x) > until(best) ? x : best)).o;
    }
    this.shortChoice.set(key, choice);
    return choice;
  }


  private isLocation(s: AnalysedSentence, first: number, last: number): boolean {
    const tokens = s.tokens;
    let p = first - 1;
    // "in eastern Congo", "across the northern Sahel"
    while (p >= 0 && this.g.placeAdjectives.has(tokens[p]!.key)) p--;
    if (p >= 0 && tokens[p]!.key === 'the') p--;
    const before = p >= 0 ? tokens[p]!.key : '';
    const after = tokens[last]?.key ?? '';
    if (after === "'s") return false;
    if (this.g.placeNouns.has(after)) return true;
    // "on his way to Moscow" is a place; "promises made to Russia" an actor
    if (before === 'to') return [1, 2, 3].some((d) => this.g.motionWords.has(tokens[p - d]?.key ?? ''));
    // "several districts of Khartoum"
    if (before === 'of') return this.g.placeNouns.has(tokens[p - 1]?.key ?? '');
    return this.g.locationWords.has(before);
  }

  /** Is the token range a dateline ("MOSCOW (Reuters) -") at the start of the body? */
  private inDateline(s: AnalysedSentence, at: number): boolean {
    if (s.index !== 1 || at >= 14 || !s.tokens[0]?.upper) return false;
    // the dash that ends "MOSCOW (Reuters) -" or "WASHINGTON, Sept 8 -", within the first words
    for (let i = 1; i < 14 && i < s.tokens.length; i++) {
      const t = s.tokens[i]!.text;
      if (t !== '-' && t !== '—' && t !== '–') continue;
      const prev = s.tokens[i - 1]!;
      if (prev.text === ')' || prev.upper || /\d/.test(prev.text)) return i > at;
    }
    return false;
  }


  /**
   * A capitalised word before a surname that is neither a title, an honorific nor a word that is
   * no name, and not one of the person's own names ("Tayyip Erdogan" is Recep Tayyip Erdogan): someone else's given name.
   */
  private otherGivenName(t: Token, personId: string): boolean {
    if (!t.isWord || !t.cap || t.upper || this.g.notNames.has(t.text) || this.g.honorifics.has(t.text)) return false;
    const name = this.info(personId)?.name.toLowerCase() ?? '';
    return !name.split(/[\s_-]+/).includes(t.key);
  }

  /** A one-word country, capital or seat followed by a capitalised word that is no title, after a word in lower case. */
  private startsLongerName(tokens: Token[], u: Unit): boolean {
    // the token tests first: most units are followed by no capitalised word
    const next = tokens[u.last];
    if (next === undefined || !next.cap || !next.isWord || u.last - u.first !== 1 || u.first === 0) return false;
    const prev = tokens[u.first - 1]!;
    if ((prev.cap && prev.isWord) || this.g.notNames.has(next.text)) return false;
    const e = u.entry;
    return e.kind === 'capital' || e.kind === 'seat' || (e.kind === 'actor' && this.info(e.actorId)?.type === 'country');
  }

  private nameMentions(s: AnalysedSentence): void {
    const tokens = s.tokens;
    const units: Unit[] = [];
    let matchedTo = 0;
    for (const m of this.kb.names.findAll(tokens)) {
      const entry = this.pick(m);
      const after = matchedTo;
      matchedTo = m.last;
      // a surname that starts a longer unknown name ("Zarqawi Brigade") is not the person
      if (entry?.kind === 'short' && tokens[m.last]?.cap && tokens[m.last]!.isWord && !this.g.notNames.has(tokens[m.last]!.text) && (this.kb.names.longestAt(tokens, m.last)?.payloads.every((p) => p.kind === 'role') ?? true)) continue;
      // nor one that ends it: "Muse Bihi Abdi" is not Mazloum Abdi, "Maria Lavrov" not Sergei Lavrov (a title before is matched already)
      if (entry?.kind === 'short' && m.first > after && this.otherGivenName(tokens[m.first - 1]!, entry.actorId)) continue;
      if (entry) units.push({ first: m.first, last: m.last, entry });
    }
    if (units.length === 0) {
      this.localAndCandidates(s, new Uint8Array(tokens.length), units);
      return;
    }
    // units come from leftmost-longest matching: in text order and never overlapping, so the
    // only unit that can end where u starts is the one just before it
    for (let j = units.length - 1; j >= 0; j--) {
      const u = units[j]!;
      const prev = tokens[u.first - 1];
      if (u.entry.kind === 'actor' && u.last - u.first === 1 && this.info(u.entry.actorId)?.type === 'country' && prev?.cap && prev.isWord && !prev.upper &&
        u.first - 1 > 0 && !this.g.notNames.has(prev.text) && units[j - 1]?.last !== u.first) units.splice(j, 1);
      // "the Vienna Convention", "the Paris Agreement", "the Kyiv Independent": a place that starts a longer name (not in a title-case headline)
      else if (s.index > 0 && this.startsLongerName(tokens, u) && units[j + 1]?.first !== u.last) units.splice(j, 1);
    }
    const covered = new Uint8Array(tokens.length);
    const index = new UnitIndex(units, tokens.length);
    const countryOf = this.countryOfUnit;

    for (let k = 0; k < units.length; k++) {
      const u = units[k]!;
      if (u.consumed) continue;
      if (this.inDateline(s, u.first)) {
        u.consumed = true;
        covered.fill(1, u.first, u.last);
        continue;
      }
      const e = u.entry;
      if (e.kind !== 'role') continue;
      // "Rwandan government spokeswoman Yolande Makolo": the title that follows takes this role noun with it
      const nextUnit = units[k + 1];
      if (!e.person && nextUnit && nextUnit.first === u.last && nextUnit.entry.kind === 'role' && nextUnit.entry.person) continue;
      // left: the actors this role belongs to, possibly coordinated
      const left: Unit[] = [];
      let edge = u.first;
      for (let j = k - 1; j >= 0; j--) {
        const l = units[j]!;
        if (left.length === 0 && l.entry.kind === 'role' && !l.consumed && l.last === edge && units[j - 1] && countryOf(units[j - 1]!)) {
          // "Congolese government spokesman": the country reaches past a role noun
          l.consumed = true;
          edge = l.first;
          continue;
        }
        if (l.consumed || !countryOf(l)) break;
        // a singular title has one owner; a plural role can have a coordinated list ("US and Russian commanders")
        if (left.length > 0 && e.person && !e.plural) break;
        const gapOk = left.length === 0 ? gapIs(tokens, l.last, edge, isPossessiveOrHyphen)
          : gapIs(tokens, l.last, edge, isCoordination) && (left.length > 1 || tokens.slice(l.last, edge).some((t) => t.key === 'and' || t.key === 'or' || t.key === '&'));
        if (!gapOk || (left.length > 0 && l.last === edge)) break;
        if (left.length === 0 && l.last !== edge && !gapIs(tokens, l.last, edge, isPossessiveOrHyphen)) break;
        left.unshift(l);
        edge = l.first;
        if (j > 0 && !gapIs(tokens, units[j - 1]!.last, l.first, isCoordination)) break;
      }
      // "Hamas, and Gaza's health authorities": two names with ", and" between join clauses, not a list
      if (left.length === 2 && tokens.slice(left[0]!.last, left[1]!.first).some((t) => t.text === ',')) left.shift();
      // right: the name a person title introduces ("Foreign Minister Sergei Lavrov")
      let nameEnd = u.last;
      let nameStartAt = u.last;
      let person: string | undefined;
      let how: MentionHow = 'name';
      if (e.person) {
        let nameStart = u.last;
        // "Foreign Minister Prince Faisal bin Farhan": an honorific between title and name
        if (this.g.honorifics.has(tokens[nameStart]?.text.replace(/\.$/, '') ?? '') && tokens[nameStart + 1]?.cap) nameStart += tokens[nameStart + 1]?.text === '.' ? 2 : 1;
        const next = index.at(nameStart).find((x) => !x.consumed);
        if (next && (next.entry.kind === 'actor' || next.entry.kind === 'short') && this.info(next.entry.actorId)?.type === 'person') {
          person = next.entry.actorId;
          nameEnd = next.last;
          next.consumed = true;
          how = next.entry.kind === 'short' ? 'name' : next.entry.how;
        } else {
          let nameAt = nameStart;
          // "its information minister, Yemane Gebremeskel," / "Iran's envoy to the agency, Mohammad Reza Ghaebi,"
          if (tokens[nameStart]?.text !== ',' && /^(?:to|for|of|at|in)$/.test(tokens[nameStart]?.key ?? '')) {
            for (let i = nameStart + 1; i <= nameStart + 5 && i < tokens.length; i++) {
              if (tokens[i]!.text === ',') {
                nameAt = i;
                break;
              }
            }
          }
          if (tokens[nameAt]?.text === ',' && unknownNameLength(this.g, tokens, nameAt + 1) >= 2) nameAt++;
          else nameAt = nameStart;
          const nameLen = unknownNameLength(this.g, tokens, nameAt);
          // a name must not start with a known non-person ("President … Burkina Faso")
          const startsKnown = index.at(nameAt).some((x) => !x.consumed && x.entry.kind !== 'short' && x.entry.kind !== 'role' &&
            !(x.entry.kind === 'actor' && this.info(x.entry.actorId)?.type === 'person'));
          if (nameLen > 0 && !startsKnown && (nameAt === nameStart || nameLen >= 2)) {
            const nameTokens = tokens.slice(nameAt, nameAt + nameLen);
            const name = this.text.slice(nameTokens[0]!.start, nameTokens[nameTokens.length - 1]!.end);
            // "President Tayyip Erdogan": a known person's surname ends the name
            let inside: Unit | undefined;
            for (let i = nameAt; i < nameAt + nameLen && !inside; i++) {
              inside = index.at(i).find((x) => x.last <= nameAt + nameLen && (x.entry.kind === 'short' || x.entry.kind === 'actor') && this.info(x.entry.actorId)?.type === 'person');
            }
            const known = this.localNames.get(name.toLowerCase()) ?? (inside ? (inside.entry as { actorId: string }).actorId : undefined);
            const owner = left.map(countryOf).find((c) => c?.country || !c?.isCountry);
            // "Its president, Omar Alieu Touray": the organisation named last
            const its = ['its', 'their'].includes(tokens[u.first - 1]?.key ?? '') ? [...this.recent].reverse().map((id) => this.info(id)).find((a) => a && a.type !== 'person') : undefined;
            const ownerInfo = owner && !owner.isCountry ? this.info(owner.id) : its && !['country', 'government', 'military'].includes(its.type) ? its : undefined;
            const country = owner?.country ?? ownerInfo?.country ?? this.ownerCountry(s, units, u.first) ?? this.appositiveCountry(units, k, nameAt + nameLen, countryOf);
            person = known ?? this.discoverPerson(name, country ?? null, e.sector, ownerInfo?.code);
            how = known ? 'name' : 'discovered';
            nameEnd = nameAt + nameLen;
            nameStartAt = nameAt;
            for (let i = nameAt; i < nameEnd; i++) for (const n of index.at(i)) n.consumed = true;
          }
        }
      }
      if (person) {
        for (const l of left) l.consumed = true;
        u.consumed = true;
        this.add(s, person, nameStartAt, nameEnd, how);
        this.rememberName(person);
        covered.fill(1, left[0]?.first ?? u.first, nameEnd);
        continue;
      }
      if (left.length) {
        const group = left.length > 1 ? ++this.groupCounter : 0;
        for (const l of left) {
          l.consumed = true;
          const c = countryOf(l)!;
          const actorId = c.isCountry ? this.kb.sectorActor(c.country!, e.sector).id : c.id;
          const how: MentionHow = e.person && !e.plural && left.length === 1 ? 'title'
            : l.entry.kind === 'seat' || l.entry.kind === 'capital' ? 'metonymy' : l.entry.kind === 'demonym' ? 'demonym' : 'name';
          this.add(s, actorId, l.first, u.last, how, 'actor', e.plural || left.length > 1, group);
        }
        u.consumed = true;
        covered.fill(1, left[0]!.first, u.last);
        continue;
      }
      // a role phrase without a named owner: "the minister", "the army", "an army spokesman", "his government",
      // "the group's military spokesman", "a spokesman for the Joint Coordination Centre"
      let phraseStart = u.first;
      while (index.ending(phraseStart).some((x) => x.entry.kind === 'role' && !x.consumed)) {
        const before = index.ending(phraseStart).find((x) => x.entry.kind === 'role' && !x.consumed)!;
        before.consumed = true;
        phraseStart = before.first;
      }
      const det = tokens[phraseStart - 1]?.key ?? '';
      const detStart = phraseStart - 1;
      const forOrg = e.person && !e.plural && /^(?:for|of)$/.test(tokens[u.last]?.key ?? '') ? [...index.at(u.last + 1), ...index.at(u.last + 2)].find((x) => !x.consumed && (x.entry.kind === 'actor' || x.entry.kind === 'seat')) : undefined;
      if (forOrg && forOrg.entry.kind === 'actor' && this.info(forOrg.entry.actorId)?.type !== 'person') {
        forOrg.consumed = true;
        u.consumed = true;
        this.add(s, forOrg.entry.actorId, phraseStart, forOrg.last, 'title');
        covered.fill(1, phraseStart, forOrg.last);
        continue;
      }
      if (e.person && !e.plural && det === 'the' && phraseStart === u.first && this.lastPerson && this.g.personReferences.has(e.noun.split(' ').pop()!)) {
        u.consumed = true;
        this.add(s, this.lastPerson, detStart, u.last, 'reference');
        covered.fill(1, detStart, u.last);
        continue;
      }
      if (det === 'the' && tokens[u.first - 1]?.key === "'s") continue; // "the group's spokesman" is handled with the group
      // "the court" after "the International Court of Justice": the organisation named with the noun (a group reference), not a state's court
      if (det === 'the' && phraseStart === u.first && this.namedWith(e.noun, units, phraseStart)) continue;
      let country: string | null = null;
      let owner: string | null = null;
      if (['his', 'her', 'its', 'their'].includes(det)) country = this.ownerCountry(s, units, detStart + 1);
      else if ((det === 'the' && !e.person && this.g.collectiveNouns.has(e.noun)) || ((det === 'a' || det === 'an') && e.person && !(/^(?:for|of)$/.test(tokens[u.last]?.key ?? '') && tokens[u.last + 2]?.cap))) {
        const inAt = tokens[u.last]?.key === 'in' ? u.last : this.placeAfterSpeech(tokens, u.last);
        const inPlace = inAt >= 0 ? [...index.at(inAt + 1), ...index.at(inAt + 2)][0] : undefined;
        const placeCountry = inPlace ? this.countryOfUnit(inPlace) : undefined;
        country = (placeCountry?.isCountry ? placeCountry.country : null) ?? this.sentenceCountry(s, units, phraseStart) ?? this.homeCountry();
      } else if (det === 'the' && REBEL_SECTORS.has(e.sector) && e.plural && this.lastByType.has('armed_group')) {
        owner = this.lastByType.get('armed_group') ?? null; // "the rebels": the armed group named before
      } else if (REBEL_SECTORS.has(e.sector) && e.plural && det !== 'the') {
        // "rebel factions" fight in the country the sentence or the story is in
        const place = nearBefore(units, k, phraseStart).find((x) => (x.entry.kind === 'actor' || x.entry.kind === 'demonym') && this.isLocation(s, x.first, x.last));
        country = (place ? this.countryOfUnit(place)?.country : null) ?? this.lastPlace ?? this.homeCountry();
      }
      const from = ['the', 'a', 'an', 'his', 'her', 'its', 'their'].includes(det) ? detStart : phraseStart;
      if (owner) {
        u.consumed = true;
        this.add(s, owner, from, u.last, 'reference', 'actor', true);
        covered.fill(1, from, u.last);
      } else if (country) {
        u.consumed = true;
        this.add(s, this.kb.sectorActor(country, e.sector).id, from, u.last, 'reference', 'actor', e.plural);
        covered.fill(1, from, u.last);
      }
    }

    // coordination groups among plain names: "Britain, France and Germany"
    let k = 0;
    while (k < units.length) {
      const u = units[k]!;
      if (u.consumed || u.entry.kind === 'role') {
        k++;
        continue;
      }
      let end = k;
      while (end + 1 < units.length && !units[end + 1]!.consumed && units[end + 1]!.entry.kind !== 'role' &&
        units[end + 1]!.first > units[end]!.last && gapIs(tokens, units[end]!.last, units[end + 1]!.first, isCoordinationOrThe)) end++;
      // a list needs "and"/"or" before its last member, and places do not join actors in one
      while (end > k && !hasConjunction(tokens, units[end - 1]!.last, units[end]!.first)) end--;
      for (let j = k + 1; j <= end; j++) {
        if (this.isLocation(s, units[j]!.first, units[j]!.last) !== this.isLocation(s, units[k]!.first, units[k]!.last)) {
          end = j - 1;
          break;
        }
      }
      const group = end > k ? ++this.groupCounter : 0;
      for (let j = k; j <= end; j++) this.emitUnit(s, units[j]!, group, end > k);
      for (let j = k; j <= end; j++) covered.fill(1, units[j]!.first, units[j]!.last);
      k = end + 1;
    }
    this.localAndCandidates(s, covered, units);
  }

  /** The country (or organisation) a unit names, when it can own a role noun. */
  private readonly countryOfUnit = (u: Unit): { id: string; country: string | null; isCountry: boolean } | undefined => {
    const e = u.entry;
    if (e.kind === 'demonym' || e.kind === 'capital' || e.kind === 'seat') return { id: e.country, country: e.country, isCountry: true };
    if (e.kind === 'actor') {
      const info = this.info(e.actorId);
      if (!info || info.type === 'person') return undefined;
      return { id: e.actorId, country: info.country, isCountry: info.type === 'country' };
    }
    return undefined;
  };

  private emitUnit(s: AnalysedSentence, u: Unit, group: number, plural: boolean): void {
    const e = u.entry;
    switch (e.kind) {
      case 'actor': {
        const info = this.info(e.actorId);
        // "lashed out at Israel": after "at" a country is a target, not a place
        const loc = info?.type === 'country' && this.isLocation(s, u.first, u.last) && s.tokens[u.first - 1]?.key !== 'at';
        this.add(s, e.actorId, u.first, u.last, e.how, loc ? 'location' : 'actor', plural, group);
        if (info?.type === 'person') this.rememberName(e.actorId);
        break;
      }
      case 'short':
        this.add(s, e.actorId, u.first, u.last, 'name', 'actor', plural, group);
        break;
      case 'demonym': {
        const loc = this.g.placeNouns.has(s.tokens[u.last]?.key ?? '');
        this.add(s, e.country, u.first, u.last, 'demonym', loc ? 'location' : 'actor', plural || e.plural, group);
        break;
      }
      case 'capital':
      case 'seat': {
        if (this.isLocation(s, u.first, u.last)) {
          this.add(s, e.country, u.first, u.last, 'metonymy', 'location', plural, group);
        } else {
          const sector = e.kind === 'seat' ? e.sector : 'GOV';
          this.add(s, this.kb.sectorActor(e.country, sector).id, u.first, u.last, 'metonymy', 'actor', plural, group);
        }
        break;
      }
      default:
        break;
    }
  }

  private homeCountry(): string | null {
    let best: string | null = null;
    let n = 0;
    for (const [c, k] of this.countryCounts) if (k > n) [best, n] = [c, k];
    return best;
  }

  /** The country of whoever "his/her/its" points to, or of the sentence's first actor with one. */
  private ownerCountry(s: AnalysedSentence, units: Unit[], before: number): string | null {
    const det = s.tokens[before - 1]?.key;
    const earlier: Unit[] = [];
    for (let j = firstUnitFrom(units, before) - 1; j >= 0 && units[j]!.first >= before - NEAR; j--) {
      const x = units[j]!;
      if (x.last < before && (x.entry.kind === 'actor' || x.entry.kind === 'short')) earlier.unshift(x);
    }
    const typeOf = (x: Unit) => this.info((x.entry as { actorId: string }).actorId);
    if (det === 'his' || det === 'her') {
      const p = earlier.map(typeOf).find((a) => a?.type === 'person') ?? (this.lastSubject ? this.info(this.lastSubject) : undefined);
      return p?.country ?? null;
    }
    const a = [...earlier].reverse().map(typeOf).find((x) => x && x.type !== 'person');
    return a?.country ?? null;
  }

  /** The country named last before `before` in this sentence ("China's foreign ministry … a ministry spokesman"). */
  private sentenceCountry(s: AnalysedSentence, units: Unit[], before: number): string | null {
    for (let j = firstUnitFrom(units, before) - 1; j >= 0; j--) {
      const u = units[j]!;
      if (u.last < before - NEAR) break;
      if (u.last > before || this.isLocation(s, u.first, u.last)) continue;
      const c = this.countryOfUnit(u);
      if (c?.country && c.isCountry) return c.country;
    }
    return null;
  }


  /** A country named right after a new name: "David Petraeus, the US commander". */
  private appositiveCountry(units: Unit[], k: number, after: number, countryOf: (u: Unit) => { country: string | null } | undefined): string | null {
    for (let j = k + 1; j < units.length && j < k + 4; j++) {
      const u = units[j]!;
      if (u.first < after) continue;
      if (u.first > after + 3) break;
      const c = countryOf(u);
      if (c?.country && units[j + 1]?.entry.kind === 'role') return c.country;
    }
    return null;
  }

  /** A titled person in no dictionary; an organisation's official takes its code ("M23 spokesman" → M23's). */
  private discoverPerson(name: string, country: string | null, sector: string, orgCode?: string): string {
    const id = slugify(name);
    if (!this.info(id)) {
      this.articleActors.set(id, {
        id, name, type: 'person', country, code: orgCode ?? (country ? `${country}${sector}` : sector),
        roles: [], dictionary: 'text', discovered: true,
      });
    }
    return id;
  }

  /** After a full name, its surname names the same person for the rest of the article. */
  private rememberName(actorId: string): void {
    const info = this.info(actorId);
    if (!info || info.type !== 'person') return;
    this.localNames.set(info.name.toLowerCase(), actorId);
    this.localNames.set(surnameOf(info.name).toLowerCase(), actorId);
    // "Lin Jian" is "Lin" later on
    const words = info.name.trim().split(/\s+/);
    if (words.length >= 2 && info.country && this.g.familyNameFirst.has(info.country)) this.localNames.set(words[0]!.toLowerCase(), actorId);
  }

  /** After a name: ", (the) [country] <person role>" or ", <person role> of [organisation]". */
  private appositiveRole(tokens: Token[], units: Unit[], after: number): { country: string | null; sector: string; code?: string } | undefined {
    if (tokens[after]?.text !== ',') return undefined;
    let at = after + 1;
    if (['the', 'a', 'an', 'its', 'their'].includes(tokens[at]?.key ?? '')) at++;
    let country: string | null = null;
    const from = (i: number) => units[firstUnitFrom(units, i)]?.first === i ? units[firstUnitFrom(units, i)] : undefined;
    let u = from(at);
    if (u && (u.entry.kind === 'demonym' || u.entry.kind === 'capital' || u.entry.kind === 'seat')) {
      country = u.entry.country;
      u = from(u.last);
    } else if (u && u.entry.kind === 'actor' && this.info(u.entry.actorId)?.type === 'country') {
      country = u.entry.actorId;
      if (tokens[u.last]?.key === "'s") u = from(u.last + 1);
      else u = from(u.last);
    }
    if (!u || u.entry.kind !== 'role' || !u.entry.person) return undefined;
    let code: string | undefined;
    // "president of the ECOWAS Commission", "a spokeswoman for the Rwandan government"
    if (!country && (tokens[u.last]?.key === 'of' || tokens[u.last]?.key === 'for')) {
      const org = from(u.last + 1) ?? from(u.last + 2);
      if (org?.entry.kind === 'actor') {
        const info = this.info(org.entry.actorId);
        country = info?.country ?? null;
        if (info && info.type !== 'country') code = info.code;
      } else if (org && (org.entry.kind === 'demonym' || org.entry.kind === 'capital')) country = org.entry.country;
    }
    return { country, sector: u.entry.sector, code };
  }

  /** Surnames of people introduced earlier in the article, and capitalised names nobody knows. */
  private localAndCandidates(s: AnalysedSentence, covered: Uint8Array, units: Unit[]): void {
    const tokens = s.tokens;
    for (let i = 0; i < tokens.length; i++) {
      if (covered[i]) continue;
      const t = tokens[i]!;
      if (!t.cap || !t.isWord || this.g.notNames.has(t.text)) continue;
      const local = this.localNames.get(t.key) ?? this.localNames.get(t.text.toLowerCase());
      if (local) {
        this.add(s, local, i, i + 1, 'name');
        covered[i] = 1;
        continue;
      }
      if (this.inDateline(s, i) || t.upper && t.text.length < 2) continue;
      let j = i;
      while (j < tokens.length && !covered[j] && ((tokens[j]!.cap && tokens[j]!.isWord) || (j > i && this.g.nameParticles.has(tokens[j]!.key) && tokens[j + 1]?.cap) || (j > i && tokens[j]!.text === '-' && tokens[j + 1]?.cap))) j++;
      const surface = this.text.slice(t.start, tokens[j - 1]!.end);
      const appositive = j - i >= 2 && j - i <= 5 ? this.appositiveRole(tokens, units, j) : undefined;
      // a capitalised first word is only a name with an apposition that says who it is ("Yolande Makolo, a spokeswoman for …,")
      if (i === 0 && !appositive) continue;
      if (appositive) {
        // "Omar Touray, president of the ECOWAS Commission", "David Petraeus, the US commander"
        const id = this.localNames.get(surface.toLowerCase()) ?? this.discoverPerson(surface, appositive.country, appositive.sector, appositive.code);
        this.add(s, id, i, j, this.info(id)?.discovered ? 'discovered' : 'name');
        this.rememberName(id);
        covered.fill(1, i, j);
        i = j - 1;
        continue;
      }
      if (!/^\p{Lu}/u.test(surface) || tokens[i - 1]?.text === '“' && j === i + 1) {
        i = j - 1;
        continue;
      }
      this.candidates.push({ surface, sentence: s.index });
      i = j - 1;
    }
  }

  /** "a foreign ministry spokesman told reporters in Beijing": where the "in" of the place stands after the speech verb at `at`, or -1 */
  private placeAfterSpeech(tokens: Token[], at: number): number {
    if (!this.g.speechVerbs.has(tokens[at]?.key ?? '')) return -1;
    for (let i = at + 1; i < tokens.length && i <= at + 3; i++) {
      if (tokens[i]!.key === 'in') return i;
      if (!tokens[i]!.isWord || tokens[i]!.cap) return -1;
    }
    return -1;
  }

  /** "an Egyptian foreign ministry official said he …": the unnamed speaker of the speech verb right before the pronoun at `i` */
  private speakerBefore(s: AnalysedSentence, i: number): string | undefined {
    const t = s.tokens;
    const verb = t[i - 1]?.key === 'that' ? i - 2 : i - 1;
    if (verb < 1 || !this.g.speechVerbs.has(t[verb]!.key)) return undefined;
    // the sayer right before the verb, or before a comma that closes an apposition ("CARICOM, the regional bloc, said")
    const end = t[verb - 1]?.key === ',' ? verb - 1 : verb;
    return s.mentions.find((m) => m.role === 'actor' && (m.last === verb || m.last === end))?.actorId;
  }

  /**
   * Whether an organisation of a group-reference noun's types, with the noun in its name, was named before token
   * `before` (earlier in this sentence or in the article): then "the court" is that one ("the ICJ … the court").
   */
  private namedWith(noun: string, units: Unit[], before: number): boolean {
    const types = this.g.groupReferences.get(noun);
    if (!types) return false;
    for (const u of units) if (u.last <= before && u.entry.kind === 'actor' && this.namesGroup(u.entry.actorId, noun, types)) return true;
    return this.recent.some((id) => this.namesGroup(id, noun, types));
  }

  /** An actor of one of `types` whose name has the reference noun ("court": the International Court of Justice). */
  private namesGroup(id: string, noun: string, types: string[]): boolean {
    const info = this.info(id);
    return !!info && types.includes(info.type) && info.name.toLowerCase().includes(noun);
  }

  private pronounMentions(s: AnalysedSentence): void {
    const { tokens } = s;
    let covered: Uint8Array | undefined;
    // person mentions in text order, made when the first pronoun shows up and walked once alongside the tokens
    let people: Mention[] | undefined;
    let opener: Mention | undefined;
    let seen = 0;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const classes = wordClassOf(this.g, t.id);
      // inside a quote "he" is someone the speaker talks about; left alone
      if (!(classes & (WordClass.personPronoun | WordClass.sayerPronoun)) || s.quoted[i] || (t.upper && t.text.length > 1)) continue;
      covered ??= coverage(s);
      if (covered[i]) continue;
      if (!(classes & WordClass.personPronoun)) {
        // "CARICOM said it stood behind Guyana": "it" right after an organisation's or a state's speech verb is the sayer
        const sayer = this.speakerBefore(s, i);
        if (sayer && this.info(sayer)?.type !== 'person') {
          this.add(s, sayer, i, i + 1, 'pronoun');
          covered[i] = 1;
        }
        continue;
      }
      people ??= s.mentions.filter((m) => m.role === 'actor' && this.info(m.actorId)?.type === 'person').sort((a, b) => a.first - b.first);
      while (seen < people.length && people[seen]!.first < i) seen++;
      const firstPersonHere = seen > 0 ? people[0] : undefined;
      let target = firstPersonHere?.actorId ?? this.speakerBefore(s, i) ?? this.lastSubject ?? this.lastPerson;
      // "him" is rarely the subject of its own clause: "Trump, standing beside him"; when the sentence opens with
      // another actor, the person named last before it ("Mexico granted Glas asylum, but Ecuador refused to let him leave")
      // (the opener is looked up once per sentence, so a long sentence stays linear)
      if (t.key === 'him' && firstPersonHere && (opener ??= firstActorOf(s.mentions)).first < firstPersonHere.first) target = people[seen - 1]!.actorId;
      else if (t.key === 'him' && firstPersonHere) {
        let other: Mention | undefined;
        for (let j = seen - 1; j >= 0 && !other; j--) if (people[j]!.actorId !== firstPersonHere.actorId) other = people[j];
        target = other?.actorId ?? (this.lastSubject !== firstPersonHere.actorId ? this.lastSubject : null) ?? target;
      }
      if (target) {
        this.add(s, target, i, i + 1, 'pronoun');
        covered[i] = 1;
      }
    }
    this.groupReferences(s, covered);
  }

  /** "the group", "the council", "the bloc", "they": the organisation named most recently. */
  private groupReferences(s: AnalysedSentence, known?: Uint8Array): void {
    const { tokens } = s;
    let covered = known;
    // the sentence's actor mentions so far, in text order: made when the first reference needs them
    let named: Mention[] | undefined;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const classes = wordClassOf(this.g, t.id);
      if (!classes) continue;
      const pairs = classes & WordClass.pairStart ? this.g.pairReferences.get(t.key)?.get(tokens[i + 1]?.key ?? '') : undefined;
      if (pairs) {
        // a helper, not a closure over `i`: a closure there made V8 allocate a scope for every token of the loop
        const pair = pairAt(tokens, i, pairs);
        if (pair && !(covered ??= coverage(s))[i]) {
          // "both sides": the two actors of that kind named last
          // after a preposition ("China, which has ties with both countries") the pair is not the clause's own subject
          // so is a pair right after a verb ("Lula urged the two governments"), unlike one that opens a clause ("…, and both sides agreed")
          const before = tokens[i - 1];
          const others = PAIR_OBJECT_PREPOSITIONS.has(before?.key ?? '') || (!!before && before.isWord && !before.cap && !this.g.pairSubjectOpeners.has(before.key));
          const last = this.lastTwo(pair.at(-1)!, (named ??= actorMentionsInOrder(s)), i, others);
          if (last.length === 2) {
            const group = ++this.groupCounter;
            for (const id of last.reverse()) this.add(s, id, i, i + pair.length, 'reference', 'actor', true, group);
            (covered ??= coverage(s)).fill(1, i, i + pair.length);
          }
          i += pair.length - 1;
          continue;
        }
      }
      if (!(classes & (WordClass.the | WordClass.pluralPronoun))) continue;
      if ((covered ??= coverage(s))[i]) continue;
      let types: string[];
      const start = i;
      if (t.key === 'the' && this.g.groupReferences.has(tokens[i + 1]?.key ?? '') && !covered[i + 1] && !tokens[i + 2]?.cap) {
        types = this.g.groupReferences.get(tokens[i + 1]!.key)!;
        i++;
      } else if (this.g.pluralPronouns.has(t.key) && !s.quoted[i] && t.text === t.text.toLowerCase()) {
        types = [...this.g.pluralReferenceTypes];
      } else continue;
      const pick = this.groupReferent(types, tokens[i]!.key, (named ??= actorMentionsInOrder(s)), start);
      if (pick) {
        this.add(s, pick, start, i + 1, this.g.pluralPronouns.has(tokens[i]!.key) ? 'pronoun' : 'reference', 'actor', true);
        (covered ??= coverage(s)).fill(1, start, i + 1);
      }
    }
  }

  /**
   * The actors named so far, the most recent last: earlier sentences, then this one's
   * actors before token `at` ("Moon spoke to Trump … the two leaders agreed").
   */
  private recentBefore(sorted: Mention[], at: number): string[] {
    // the last few actors before `at` (a binary search, so a very long sentence stays linear)
    const end = firstAtOrAfter(sorted, at, (m) => m.first);
    const here: string[] = [];
    for (let j = end - 1; j >= 0 && j >= end - RECENT_IN_SENTENCE; j--) if (sorted[j]!.last <= at && !here.includes(sorted[j]!.actorId)) here.push(sorted[j]!.actorId);
    if (!here.length) return this.recent;
    return [...this.recent.filter((id) => !here.includes(id)), ...here.reverse()];
  }

  /** The two actors named last that are people (or, with `people` false, that are not). */
  private lastTwo(noun: string, sorted: Mention[], at: number, beforeThisSentence = false): string[] {
    const here = beforeThisSentence ? new Set(sorted.filter((m) => m.last <= at).map((m) => m.actorId)) : undefined;
    const recent = beforeThisSentence ? this.recent.filter((id) => !here!.has(id)) : this.recentBefore(sorted, at);
    // "the two leaders" are people; "both countries", "both sides" are states or armed groups (a mediator or an aid
    // agency named last would be picked otherwise)
    const fits = (id: string) => (noun === 'leaders' ? this.info(id)?.type === 'person' : PAIR_SIDE_TYPES.has(this.info(id)?.type ?? ''));
    const picked: string[] = [];
    for (let j = recent.length - 1; j >= 0 && picked.length < 2; j--) {
      const id = recent[j]!;
      if (!fits(id)) continue;
      // two sides, not a state and its own government ("Iran" and "Iran's envoy"); a rebel group and its state are two
      const state = this.stateOf(id);
      if (state !== null && picked.some((p) => this.stateOf(p) === state)) continue;
      picked.push(id);
    }
    return picked;
  }

  /**
   * Whom "the group" or "they" refers to: the last actor of those types, preferring one whose
   * name has the noun. (Its own method: closures inside the token loop made V8 allocate a
   * scope for every token.)
   */
  private groupReferent(types: string[], noun: string, sorted: Mention[], at: number): string | undefined {
    const excluded = this.g.groupReferenceExcludedCodes.get(noun) ?? [];
    const candidates = this.recentBefore(sorted, at).filter((id) => types.includes(this.info(id)?.type ?? '') && !excluded.some((c) => this.info(id)!.code.startsWith(c)));
    const named = candidates.filter((id) => this.namesGroup(id, noun, types));
    // a noun that is also a state's organ ("the court") names only an organisation called so
    if (this.g.collectiveNouns.has(noun)) return named.at(-1);
    return named.at(-1) ?? (this.g.pluralPronouns.has(noun) && new Set(candidates.slice(-3)).size > 1 ? undefined : candidates.at(-1));
  }


  private setSpeaker(s: AnalysedSentence, speaker: string): void {
    s.speaker = speaker;
    const covered = new Set<number>();
    for (const m of s.mentions) for (let i = m.first; i < m.last; i++) covered.add(i);
    s.tokens.forEach((t, i) => {
      if (!s.quoted[i] || covered.has(i)) return;
      if (t.upper && t.text.length > 1) return; // "US" is a country, "us" a pronoun
      if (this.g.firstPerson.has(t.key) && (t.text === 'I' || t.text.toLowerCase() === t.text || i === 0 || s.tokens[i - 1]?.text === '“' || s.tokens[i - 1]?.text === '"')) {
        this.add(s, speaker, i, i + 1, 'pronoun');
      }
    });
    s.mentions.sort((a, b) => a.start - b.start);
  }
}

/** What "both sides", "the two countries" can be: states and armed groups, not aid agencies, media or mediators. */
const PAIR_SIDE_TYPES = new Set(['country', 'government', 'military', 'armed_group']);

/** The sentence's first actor mention (there is one whenever this is asked: a person named before a pronoun). */
function firstActorOf(mentions: Mention[]): Mention {
  let first: Mention | undefined;
  for (const m of mentions) if (m.role === 'actor' && (!first || m.first < first.first)) first = m;
  return first!;
}

/** Words after which "both countries" names others than the clause's subject: "ties with both countries". */
const PAIR_OBJECT_PREPOSITIONS = new Set(['with', 'between', 'to', 'toward', 'towards', 'against', 'from', 'for', 'on', 'of']);

/** How many of a sentence's own actors before a reference it may point to. */
const RECENT_IN_SENTENCE = 8;

/** A sentence's actor mentions (role actor), in text order. */
function actorMentionsInOrder(s: AnalysedSentence): Mention[] {
  return s.mentions.filter((m) => m.role === 'actor').sort((a, b) => a.first - b.first);
}

/** The pair reference ("the two sides") among `pairs` that the tokens spell from `at`. */
function pairAt(tokens: Token[], at: number, pairs: string[][]): string[] | undefined {
  for (const words of pairs) {
    let k = 0;
    while (k < words.length && tokens[at + k]?.key === words[k]) k++;
    if (k === words.length) return words;
  }
  return undefined;
}

/** Mentions already in text order (by start, then end). */
function inOrder(mentions: Mention[]): boolean {
  for (let i = 1; i < mentions.length; i++) {
    const a = mentions[i - 1]!;
    const b = mentions[i]!;
    if (a.start > b.start || (a.start === b.start && a.end > b.end)) return false;
  }
  return true;
}
