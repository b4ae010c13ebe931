// src/analyze.ts
import { existsSync as existsSync2, readdirSync as readdirSync2, readFileSync as readFileSync8 } from "node:fs";
import { createRequire as createRequire2 } from "node:module";
import path4 from "node:path";

// src/actors/grammar.ts
import { readFileSync } from "node:fs";
import * as z from "zod";

// src/core/data-path.ts
import { fileURLToPath } from "node:url";
import path from "node:path";
function dataPath(...parts) {
  return path.join(fileURLToPath(new URL("../../data/", import.meta.url)), ...parts);
}

// src/actors/grammar.ts
var GrammarFile = z.object({
  about: z.string().optional(),
  location_prepositions: z.array(z.string()),
  place_nouns: z.array(z.string()),
  third_person_pronouns: z.record(z.string(), z.literal("person")),
  plural_pronouns: z.array(z.string()),
  first_person_pronouns: z.array(z.string()),
  group_references: z.record(z.string(), z.array(z.string())),
  person_references: z.array(z.string()),
  honorifics: z.array(z.string()),
  name_particles: z.array(z.string()),
  speech_verbs: z.array(z.string()),
  not_names: z.array(z.string()),
  motion_words: z.array(z.string()),
  plural_reference_types: z.array(z.string()),
  collective_nouns: z.array(z.string()),
  pair_references: z.array(z.string()),
  organisation_words: z.array(z.string())
});
function indexPairs(phrases) {
  const index = /* @__PURE__ */ new Map();
  for (const p of phrases) {
    const words = p.toLowerCase().split(" ");
    const second = index.get(words[0]) ?? /* @__PURE__ */ new Map();
    second.set(words[1], [...second.get(words[1]) ?? [], words]);
    index.set(words[0], second);
  }
  return index;
}
function loadGrammar(file = dataPath("actors", "grammar.json")) {
  const parsed = GrammarFile.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  const g = parsed.data;
  return {
    locationWords: new Set(g.location_prepositions),
    placeNouns: new Set(g.place_nouns),
    personPronouns: new Set(Object.keys(g.third_person_pronouns)),
    pluralPronouns: new Set(g.plural_pronouns),
    firstPerson: new Set(g.first_person_pronouns),
    groupReferences: new Map(Object.entries(g.group_references)),
    personReferences: new Set(g.person_references),
    honorifics: new Set(g.honorifics),
    nameParticles: new Set(g.name_particles),
    speechVerbs: new Set(g.speech_verbs),
    notNames: new Set(g.not_names),
    motionWords: new Set(g.motion_words),
    pluralReferenceTypes: new Set(g.plural_reference_types),
    collectiveNouns: new Set(g.collective_nouns),
    pairReferences: indexPairs(g.pair_references),
    organisationWords: new Set(g.organisation_words)
  };
}

// src/actors/knowledge.ts
import { existsSync } from "node:fs";
import worldCountries from "world-countries";

// src/core/load-jsonl.ts
import { readFileSync as readFileSync2 } from "node:fs";
import * as z2 from "zod";
var DataFileError = class extends Error {
  constructor(file, problems) {
    super(`${file}: ${problems.length} bad line(s)
${problems.slice(0, 20).join("\n")}`);
    this.file = file;
    this.problems = problems;
  }
  file;
  problems;
};
function loadJsonl(file, schema) {
  const records = [];
  const problems = [];
  const lines = readFileSync2(file, "utf8").replace(/^\uFEFF/, "").split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line.trim() === "" || line.trimStart().startsWith("//")) return;
    let value;
    try {
      value = JSON.parse(line);
    } catch (e) {
      problems.push(`  line ${i + 1}: not JSON (${e.message})`);
      return;
    }
    const parsed = schema.safeParse(value);
    if (parsed.success) records.push(parsed.data);
    else problems.push(`  line ${i + 1}: ${z2.prettifyError(parsed.error).replace(/\n/g, " ")}`);
  });
  if (problems.length) throw new DataFileError(file, problems);
  return records;
}

// src/schemas/knowledge.ts
import * as z5 from "zod";

// src/schemas/tables.ts
import * as z4 from "zod";

// src/schemas/columns.ts
import * as z3 from "zod";
var columnRegistry = z3.registry();
function column(schema, arrow, nullable, description) {
  columnRegistry.add(schema, { arrow, nullable, description });
  return schema;
}
var col = {
  text: (d) => column(z3.string(), "utf8", false, d),
  /** text from a closed list: checked before writing, stored as plain UTF-8 */
  oneOf: (values, d) => column(z3.enum(values), "utf8", false, d),
  textOrNull: (d) => column(z3.string().nullable(), "utf8", true, d),
  int: (d) => column(z3.number().int(), "int32", false, d),
  number: (d) => column(z3.number(), "float64", false, d),
  numberOrNull: (d) => column(z3.number().nullable(), "float64", true, d),
  bool: (d) => column(z3.boolean(), "bool", false, d),
  list: (d) => column(z3.array(z3.string()), "list_utf8", false, d),
  /** ISO 8601 instant, stored as an Arrow timestamp (ms, UTC). */
  time: (d) => column(z3.iso.datetime(), "timestamp_ms", false, d),
  timeOrNull: (d) => column(z3.iso.datetime().nullable(), "timestamp_ms", true, d)
};

// src/schemas/tables.ts
var StanceLabel = z4.enum(["cooperation", "opposition", "refusal_to_comment", "neutral"]);
var Command = z4.enum(["pipeline", "ingest", "split", "actors", "stance", "export"]);
var ActorType = z4.enum(["country", "government", "military", "person", "armed_group", "igo", "media", "organization", "group"]);
var MentionRole = z4.enum(["actor", "location"]);
var MentionHow = z4.enum(["name", "alias", "demonym", "metonymy", "title", "pronoun", "discovered", "reference"]);
var ArticleRow = z4.object({
  article_id: col.text("stable id: the first 16 hex digits of content_sha256"),
  title: col.textOrNull("headline; empty when the record has none"),
  source: col.text("input file, relative to the input folder"),
  record: col.textOrNull("the record's id, else its 1-based position in a JSON/JSONL/CSV file; empty for .txt"),
  published: col.textOrNull("publication date or time as given (ISO 8601 when parseable)"),
  url: col.textOrNull("link to the article"),
  outlet: col.textOrNull("publishing outlet"),
  n_sentences: col.int("number of rows in sentences for this article"),
  content_sha256: col.text("SHA-256 of the normalised title and text"),
  text: col.text("the article text every char_start/char_end indexes: headline, blank line, body")
});
var SentenceRow = z4.object({
  article_id: col.text("article"),
  sentence_index: col.int("0 is the headline; body sentences count from 1"),
  char_start: col.int("first code point of the sentence in articles.text"),
  char_end: col.int("code point after the last one"),
  text: col.text("the sentence as written"),
  speaker: col.textOrNull("actor id of who speaks the sentence when it is inside a quotation"),
  actors: col.list("actor ids mentioned as actors in the sentence, in order of first mention"),
  stance: col.oneOf(StanceLabel.enum, "cooperation, opposition, refusal_to_comment or neutral"),
  confidence: col.number("0\u20131: how sure the label is"),
  cues: col.list("the words that show the stance"),
  sentiment: col.number("score of the sentiment package (AFINN) with the project word list")
});
var MentionRow = z4.object({
  article_id: col.text("article"),
  sentence_index: col.int("sentence"),
  actor_id: col.text("canonical actor (see actors)"),
  surface: col.text("the text as written"),
  char_start: col.int("first code point in articles.text"),
  char_end: col.int("code point after the last one"),
  role: col.oneOf(MentionRole.enum, "actor, or location when a place is only a place"),
  how: col.oneOf(MentionHow.enum, "name, alias, demonym, metonymy, title, pronoun, reference or discovered")
});
var RelationRow = z4.object({
  article_id: col.text("article"),
  sentence_index: col.int("sentence"),
  source: col.text("actor id taking the stance"),
  target: col.textOrNull("actor id the stance is toward; empty for refusal_to_comment without one"),
  stance: col.oneOf(StanceLabel.exclude(["neutral"]).enum, "cooperation, opposition or refusal_to_comment"),
  confidence: col.number("0\u20131"),
  cue: col.text("the words that show the stance"),
  negated: col.bool('the cue is negated ("refused to cooperate")'),
  cameo: col.textOrNull("the cue's CAMEO event code, when it has one")
});
var ActorRow = z4.object({
  actor_id: col.text("canonical id: ISO alpha-3 for countries, country+sector code for role actors, kebab-case for named actors"),
  name: col.text("display name"),
  type: col.oneOf(ActorType.enum, "country, government, military, person, armed_group, igo, media, organization or group"),
  country: col.textOrNull("ISO 3166 alpha-3, or empty"),
  code: col.text("CAMEO-style code (USAGOV, RUSMIL, IGOUNO \u2026); for people, the role held on the article date"),
  discovered: col.bool("true when found in the text (a titled person in no dictionary), for review"),
  dictionary: col.text('where the entry comes from (data file, --actors file, or "text")')
});
var CandidateRow = z4.object({
  surface: col.text("a capitalised name that looks like an actor but is in no dictionary"),
  count: col.int("how often it occurs in the run"),
  example: col.text("one sentence it occurs in"),
  article_id: col.text("the article of the example"),
  sentence_index: col.int("the sentence of the example")
});
var RunRow = z4.object({
  run_id: col.text("id of the run (start time and a random suffix)"),
  command: col.oneOf(Command.enum, "pipeline, ingest, split, actors, stance or export"),
  started_at: col.time("start (UTC)"),
  finished_at: col.timeOrNull("end (UTC); empty when the run failed"),
  status: col.oneOf(z4.enum(["ok", "failed"]).enum, "ok or failed"),
  articles_new: col.int("articles processed for the first time (or again after a rules change)"),
  articles_skipped: col.int("articles already processed with the same rules"),
  articles_failed: col.int("inputs rejected in this run (see rejects)"),
  version: col.text("geostance version"),
  rules_hash: col.text("SHA-256 (16 hex) of every dictionary, lexicon and rule file the run used")
});
var RejectRow = z4.object({
  run_id: col.text("run that met the input"),
  source: col.text("input file"),
  record: col.textOrNull("record id or 1-based position within the file"),
  code: col.text("message code, e.g. E_JSON, E_SCHEMA, E_EMPTY"),
  reason: col.text("what is wrong, in words")
});

// src/schemas/knowledge.ts
var isoDate = z5.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD");
var iso3 = z5.string().regex(/^[A-Z]{3}$/, "an ISO 3166 alpha-3 code");
var Sector = z5.string().regex(/^[A-Z]{3}$/, "a three-letter CAMEO agent code such as GOV, MIL, REB");
var RoleSpan = z5.object({
  title: z5.string().min(1),
  code: z5.string().regex(/^[A-Z][A-Z0-9]{2,14}$/, "a CAMEO-style code such as USAGOV"),
  from: isoDate.optional(),
  to: isoDate.optional()
});
var ActorEntry = z5.object({
  id: z5.string().regex(/^[a-z0-9][a-z0-9-]*$/, "lower-case kebab-case"),
  name: z5.string().min(1),
  type: ActorType,
  country: iso3.nullable().default(null),
  code: z5.string().regex(/^[A-Z][A-Z0-9]{2,14}$/, "a CAMEO-style code such as IGOUNO").optional(),
  aliases: z5.array(z5.string().min(1)).default([]),
  short: z5.array(z5.string().min(1)).default([]),
  roles: z5.array(RoleSpan).default([]),
  parent: z5.string().optional()
});
var SeatEntry = z5.object({
  alias: z5.string().min(1),
  country: iso3,
  sector: Sector
});
var CountryExtra = z5.object({
  country: iso3,
  aliases: z5.array(z5.string().min(1)).default([]),
  demonyms: z5.array(z5.string().min(1)).default([]),
  /** back-references valid only once the country was named in the article ("the North", "the kingdom") */
  short: z5.array(z5.string().min(1)).default([])
});
var RoleNoun = z5.object({
  noun: z5.string().min(1),
  plural: z5.string().min(1).optional(),
  sector: Sector,
  person: z5.boolean().default(false),
  plural_only: z5.boolean().default(false)
});
var CueEntry = z5.object({
  /** the cue in its base form; for verbs the first word is inflected ("decline to comment" → declined to comment) */
  cue: z5.string().min(1),
  label: z5.enum(["cooperation", "opposition", "refusal_to_comment"]),
  pos: z5.enum(["verb", "noun", "phrase", "adjective"]),
  cameo: z5.string().regex(/^\d{2,4}$/, "a CAMEO event code such as 036").optional(),
  weight: z5.number().min(0).max(1).default(0.8),
  /** irregular forms of the inflected word ("hold": ["held", "holds", "holding"]) */
  forms: z5.array(z5.string()).default([]),
  /** what a negation does: flip to opposition, cancel the cue, or keep it */
  negated: z5.enum(["opposition", "cancel", "keep"]).optional(),
  /** symmetric cues (talks, joint action) read as stance of both sides toward each other */
  mutual: z5.boolean().default(false),
  /** the source's own attitude toward what follows (regret, welcome, condemn): cues inside its object are not separate stances */
  attitude: z5.boolean().default(false)
});

// src/text/tokenize.ts
var Lexeme = class {
  constructor(key) {
    this.key = key;
  }
  key;
  /** the key's number in the dictionary vocabulary, or -1 when no dictionary phrase uses the word */
  id = -1;
};
var WordForm = class {
  constructor(text, lexeme, cap, upper, isWord) {
    this.text = text;
    this.lexeme = lexeme;
    this.cap = cap;
    this.upper = upper;
    this.isWord = isWord;
  }
  text;
  lexeme;
  cap;
  upper;
  isWord;
};
var Token = class {
  constructor(form, start, end) {
    this.form = form;
    this.start = start;
    this.end = end;
    this.key = form.lexeme.key;
    this.id = form.lexeme.id;
  }
  form;
  start;
  end;
  /** lower case, no diacritics, curly apostrophes made straight, acronym dots dropped, n't → not */
  key;
  /**
   * the key's number in the dictionary vocabulary, or -1 when no dictionary phrase uses
   * the word; copied from the lexeme when the token is made (tokens live for one
   * analysis, the vocabulary only grows while dictionaries load), so matchers read it in one step
   */
  id;
  get text() {
    return this.form.text;
  }
  /** starts with an upper-case letter */
  get cap() {
    return this.form.cap;
  }
  /** has letters and all of them are upper case */
  get upper() {
    return this.form.upper;
  }
  /** a word or number, not punctuation */
  get isWord() {
    return this.form.isWord;
  }
};
var lexemes = /* @__PURE__ */ new Map();
var vocabularySize = 0;
var MAX_LEXEMES = 5e5;
function lexemeOf(key) {
  let lexeme = lexemes.get(key);
  if (lexeme === void 0) {
    lexeme = new Lexeme(key);
    if (lexemes.size < MAX_LEXEMES) lexemes.set(key, lexeme);
  }
  return lexeme;
}
function vocabularyId(key, add = false) {
  const known = lexemes.get(key);
  if (known !== void 0 && known.id >= 0) return known.id;
  if (!add) return -1;
  const lexeme = known ?? new Lexeme(key);
  if (!known) lexemes.set(key, lexeme);
  lexeme.id = vocabularySize++;
  return lexeme.id;
}
function tokenKey(text) {
  let key = /^[\x20-\x7e]*$/.test(text) ? text.toLowerCase() : text.normalize("NFD").replace(/\p{M}/gu, "").replace(/’/g, "'").toLowerCase();
  if (key.length > 2 && key.charCodeAt(1) === 46 && /^(?:\p{L}\.){2,}$/u.test(key)) key = key.replace(/\./g, "");
  if (key === "n't") key = "not";
  return key;
}
var upperRe = /\p{Lu}/u;
var lowerRe = /\p{Ll}/u;
function newForm(t, isWord) {
  let hasLower = false;
  for (let k = 0; k < t.length; k++) {
    const d = t.charCodeAt(k);
    if (d >= 97 && d <= 122) hasLower = true;
    else if (d >= 128 && !hasLower && lowerRe.test(t[k])) hasLower = true;
  }
  const first = t.charCodeAt(0);
  const cap = first < 128 ? first >= 65 && first <= 90 : upperRe.test(t[0]);
  return new WordForm(t, lexemeOf(tokenKey(t)), cap, cap && !hasLower, isWord);
}
var TABLE_BITS = 17;
var TABLE_SIZE = 1 << TABLE_BITS;
var MASK = TABLE_SIZE - 1;
var MAX_FORMS = TABLE_SIZE >> 1;
var formHashes = new Int32Array(TABLE_SIZE);
var forms = new Array(TABLE_SIZE).fill(void 0);
var formCount = 0;
function formAt(text, i, j, isWord) {
  let h = 2166136261 | 0;
  for (let k = i; k < j; k++) h = Math.imul(h ^ text.charCodeAt(k), 16777619);
  const length = j - i;
  let slot = h & MASK;
  for (; ; ) {
    const form2 = forms[slot];
    if (form2 === void 0) break;
    if (formHashes[slot] === h) {
      const s = form2.text;
      if (s.length === length) {
        let same = true;
        for (let k = 0; k < length; k++) {
          if (s.charCodeAt(k) !== text.charCodeAt(i + k)) {
            same = false;
            break;
          }
        }
        if (same && form2.isWord === isWord) return form2;
      }
    }
    slot = slot + 1 & MASK;
  }
  const form = newForm(j - i === 1 ? text[i] : (" " + text.slice(i, j)).slice(1), isWord);
  if (formCount >= MAX_FORMS) {
    formHashes = new Int32Array(TABLE_SIZE);
    forms = new Array(TABLE_SIZE).fill(void 0);
    formCount = 0;
    slot = h & MASK;
  }
  formHashes[slot] = h;
  forms[slot] = form;
  formCount++;
  return form;
}
var letterRe = /[\p{L}\p{M}]/u;
function isLetter(c, text, i) {
  if (c < 128) return c >= 97 && c <= 122 || c >= 65 && c <= 90;
  if (c >= 55296 && c <= 56319) return letterRe.test(String.fromCodePoint(text.codePointAt(i)));
  return letterRe.test(text[i]);
}
var isDigit = (c) => c >= 48 && c <= 57;
var isApostrophe = (c) => c === 39 || c === 8217;
var isSpace = (c) => c === 32 || c >= 9 && c <= 13 || c === 160 || c === 65279 || c >= 8192 && c <= 8203 || c === 8239 || c === 12288 || c === 8232 || c === 8233;
function wordEnd(text, i, end) {
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isDigit(c) || isLetter(c, text, i)) i += c >= 55296 && c <= 56319 ? 2 : 1;
    else break;
  }
  return i;
}
function cliticEnd(text, i, end) {
  const rest = text.slice(i + 1, i + 3).toLowerCase();
  const len = rest.startsWith("ll") || rest.startsWith("re") || rest.startsWith("ve") ? 2 : "s dmt".includes(rest[0] ?? " ") && rest[0] !== " " ? 1 : 0;
  if (len === 0) return i;
  const after = i + 1 + len;
  if (after < end && isLetter(text.charCodeAt(after), text, after)) return i;
  return after;
}
function tokenEnd(text, i, end, prevEnd) {
  const c = text.charCodeAt(i);
  let j;
  if (isDigit(c)) {
    j = i + 1;
    while (j < end) {
      const d = text.charCodeAt(j);
      if (isDigit(d)) j++;
      else if ((d === 46 || d === 44 || d === 58) && isDigit(text.charCodeAt(j + 1)) && j + 1 < end) j += 2;
      else break;
    }
    if (text.charCodeAt(j) === 37 && j < end) return j + 1;
    return wordEnd(text, j, end);
  }
  if ((c === 110 || c === 78) && isApostrophe(text.charCodeAt(i + 1)) && (text.charCodeAt(i + 2) === 116 || text.charCodeAt(i + 2) === 84) && prevEnd === i) {
    return i + 3;
  }
  if (isLetter(c, text, i)) {
    if (text.charCodeAt(i + 1) === 46 && i + 3 < end && isLetter(text.charCodeAt(i + 2), text, i + 2) && text.charCodeAt(i + 3) === 46 && text.charCodeAt(i + 2) < 55296) {
      j = i;
      while (j + 1 < end && isLetter(text.charCodeAt(j), text, j) && text.charCodeAt(j) < 55296 && text.charCodeAt(j + 1) === 46) j += 2;
      return j;
    }
    j = wordEnd(text, i, end);
    if (j - i >= 2 && (text.charCodeAt(j - 1) === 110 || text.charCodeAt(j - 1) === 78) && isApostrophe(text.charCodeAt(j)) && (text.charCodeAt(j + 1) === 116 || text.charCodeAt(j + 1) === 84) && !(j + 2 < end && isLetter(text.charCodeAt(j + 2), text, j + 2))) {
      j -= 1;
    }
    return j;
  }
  if (isApostrophe(c) && prevEnd === i) {
    j = cliticEnd(text, i, end);
    if (j > i) return j;
  }
  return ~(i + (c >= 55296 && c <= 56319 && i + 1 < end ? 2 : 1));
}
function tokenize(text, start = 0, end = text.length) {
  const tokens = [];
  let prevEnd = -1;
  for (let i = start; i < end; ) {
    if (isSpace(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const e = tokenEnd(text, i, end, prevEnd);
    const j = e < 0 ? ~e : e;
    tokens.push(new Token(formAt(text, i, j, e >= 0), i, j));
    prevEnd = i = j;
  }
  return tokens;
}
function tokenizePhrase(phrase) {
  const tokens = [];
  let prevEnd = -1;
  for (let i = 0; i < phrase.length; ) {
    if (isSpace(phrase.charCodeAt(i))) {
      i++;
      continue;
    }
    const e = tokenEnd(phrase, i, phrase.length, prevEnd);
    const j = e < 0 ? ~e : e;
    tokens.push(new Token(newForm(phrase.slice(i, j), e >= 0), i, j));
    prevEnd = i = j;
  }
  return tokens;
}

// src/actors/trie.ts
function caseRuleOf(token) {
  const letters = token.text.replace(/[^\p{L}]/gu, "");
  if (letters.length >= 2 && token.upper) return 2 /* Acronym */;
  if (token.cap) return 1 /* Capital */;
  return 0 /* Any */;
}
function caseFits(rule, token) {
  if (rule === 0 /* Any */) return true;
  if (rule === 2 /* Acronym */) return token.upper;
  return token.cap;
}
var PhraseTrie = class {
  root = { next: /* @__PURE__ */ new Map() };
  /** the root's children by vocabulary id, so the first step of every walk is an array read */
  firstStep = [];
  size = 0;
  /** Adds a phrase (tokenized as text is) with its payload. */
  add(phrase, payload, caseSensitive = true) {
    const tokens = tokenizePhrase(phrase);
    if (tokens.length === 0) return;
    let node = this.root;
    for (const t of tokens) {
      const id = vocabularyId(t.key, true);
      let child = node.next.get(id);
      if (!child) {
        child = { next: /* @__PURE__ */ new Map() };
        node.next.set(id, child);
        if (node === this.root) {
          while (this.firstStep.length <= id) this.firstStep.push(void 0);
          this.firstStep[id] = child;
        }
      }
      node = child;
    }
    const caseRules = caseSensitive ? tokens.map(caseRuleOf) : tokens.map(() => 0 /* Any */);
    (node.patterns ??= []).push({ caseRules, payload });
    this.size++;
  }
  /** The longest phrase starting at token `at`, with the payloads whose case rules fit. */
  longestAt(tokens, at) {
    const firstId = tokens[at].id;
    if (firstId < 0) return void 0;
    let node = this.firstStep[firstId];
    if (!node) return void 0;
    let best;
    for (let i = at; i < tokens.length; i++) {
      if (i > at) {
        const id = tokens[i].id;
        if (id < 0) break;
        node = node.next.get(id);
        if (!node) break;
      }
      if (node.patterns) {
        const payloads = [];
        for (const p of node.patterns) {
          let fits = true;
          for (let k = 0; k < p.caseRules.length; k++) {
            if (!caseFits(p.caseRules[k], tokens[at + k])) {
              fits = false;
              break;
            }
          }
          if (fits) payloads.push(p.payload);
        }
        if (payloads.length) best = { first: at, last: i + 1, payloads };
      }
    }
    return best;
  }
  /** Leftmost-longest, non-overlapping matches over a token list. */
  findAll(tokens) {
    const out = [];
    for (let i = 0; i < tokens.length; ) {
      const m = this.longestAt(tokens, i);
      if (m) {
        out.push(m);
        i = m.last;
      } else i++;
    }
    return out;
  }
};

// src/actors/knowledge.ts
var SECTOR_NAMES = {
  GOV: "government",
  MIL: "military",
  REB: "rebels",
  OPP: "opposition",
  LEG: "legislature",
  JUD: "judiciary",
  COP: "police",
  SPY: "intelligence",
  MED: "media",
  CVL: "civilians",
  BUS: "business",
  INS: "insurgents",
  UAF: "armed forces",
  REF: "refugees",
  NGO: "NGOs",
  IGO: "international officials",
  EDU: "education",
  HLH: "health",
  LAB: "labour",
  ELI: "elites",
  CRM: "criminals",
  AGR: "agriculture",
  ENV: "environment",
  HRI: "rights groups",
  RAD: "radicals",
  MOD: "moderates",
  PTY: "parties",
  SET: "settlers"
};
function sectorType(sector) {
  if (["GOV", "LEG", "JUD", "COP", "SPY"].includes(sector)) return "government";
  if (sector === "MIL" || sector === "UAF") return "military";
  if (["REB", "INS", "RAD"].includes(sector)) return "armed_group";
  if (sector === "MED") return "media";
  return "group";
}
var ActorKnowledge = class {
  actors = /* @__PURE__ */ new Map();
  names = new PhraseTrie();
  /** short forms (surnames, "the Post") by key, for lookups after a full name was seen */
  shortOwners = /* @__PURE__ */ new Map();
  sources = [];
  addActor(info) {
    const known = this.actors.get(info.id);
    if (known) {
      known.roles.push(...info.roles.filter((r) => !known.roles.some((k) => k.code === r.code && k.from === r.from)));
      return;
    }
    this.actors.set(info.id, info);
  }
  addName(phrase, entry, caseSensitive = true) {
    const cleaned = phrase.replace(/^the\s+/i, "").trim();
    if (cleaned) this.names.add(cleaned, entry, caseSensitive);
  }
  addShort(phrase, actorId) {
    const cleaned = phrase.replace(/^the\s+/i, "").trim();
    if (!cleaned) return;
    this.names.add(cleaned, { kind: "short", actorId });
    const owners = this.shortOwners.get(cleaned.toLowerCase()) ?? [];
    if (!owners.includes(actorId)) owners.push(actorId);
    this.shortOwners.set(cleaned.toLowerCase(), owners);
  }
  /** Adds a named actor with all its names. */
  addEntry(entry, dictionary, deriveSurname = true) {
    const code = entry.code ?? latestRole(entry.roles)?.code ?? entry.country ?? "";
    this.addActor({
      id: entry.id,
      name: entry.name,
      type: entry.type,
      country: entry.country,
      code,
      roles: [...entry.roles],
      dictionary,
      discovered: false
    });
    this.addName(entry.name, { kind: "actor", actorId: entry.id, how: "name" });
    for (const alias of entry.aliases) this.addName(alias, { kind: "actor", actorId: entry.id, how: "alias" });
    const shorts = entry.short.length || entry.type !== "person" || !deriveSurname ? entry.short : [surnameOf(entry.name)];
    for (const s of shorts) this.addShort(s, entry.id);
  }
  countryName(iso32) {
    return this.actors.get(iso32)?.name ?? iso32;
  }
  /** The actor for a country's sector ("RUS" + "MIL" → RUSMIL), made on first use. */
  sectorActor(country, sector) {
    const id = `${country}${sector}`;
    let info = this.actors.get(id);
    if (!info) {
      info = {
        id,
        name: `${this.countryName(country)} ${SECTOR_NAMES[sector] ?? sector}`,
        type: sectorType(sector),
        country,
        code: id,
        roles: [],
        dictionary: "composed",
        discovered: false
      };
      this.actors.set(id, info);
    }
    return info;
  }
};
function latestRole(roles) {
  return [...roles].sort((a2, b) => (b.to ?? "9999").localeCompare(a2.to ?? "9999") || (b.from ?? "").localeCompare(a2.from ?? ""))[0];
}
function surnameOf(name) {
  const last = name.trim().split(/\s+/).pop() ?? name;
  return last.replace(/^(?:al|el|ad|as|ash|an|ar|at|az)-/i, "");
}
function pluralDemonym(d) {
  if (/(?:ese|ss|sh|ch|Swiss|Thai|Lao)$/.test(d) || /i$/.test(d) && !/(?:Saudi|Iraqi|Israeli|Pakistani|Yemeni|Kuwaiti|Qatari|Omani|Emirati|Bahraini|Somali|Bangladeshi|Azerbaijani|Kazakhstani|Uzbekistani|Afghani)$/.test(d)) return void 0;
  return `${d}s`;
}
var isLatin = (s) => /^[\p{Script=Latin}\p{N}\s.'’()-]+$/u.test(s);
var countries = worldCountries;
function addPackageCountries(kb) {
  const sorted = [...countries].sort((a2, b) => Number(b.independent) - Number(a2.independent) || b.area - a2.area);
  const claimed = /* @__PURE__ */ new Set();
  const claim = (phrase) => {
    const k = phrase.toLowerCase();
    if (claimed.has(k)) return false;
    claimed.add(k);
    return true;
  };
  for (const c of sorted) {
    const id = c.cca3;
    kb.addActor({ id, name: c.name.common, type: "country", country: id, code: id, roles: [], dictionary: "world-countries", discovered: false });
    const names = [c.name.common, c.name.official, ...c.altSpellings.filter((s) => s.length >= 3 && !s.includes(","))];
    for (const n of names) {
      if (isLatin(n) && claim(n)) kb.addName(n, { kind: "actor", actorId: id, how: n === c.name.common ? "name" : "alias" });
    }
    const dem = c.demonyms?.eng;
    if (dem && c.independent) {
      for (const d of new Set([dem.m, dem.f].flatMap((x) => x.split(/,\s*|\s+or\s+/)))) {
        if (!d || !claim(d)) continue;
        kb.addName(d, { kind: "demonym", country: id, plural: false });
        const p = pluralDemonym(d);
        if (p && claim(p)) kb.addName(p, { kind: "demonym", country: id, plural: true });
      }
    }
    if (c.independent) {
      for (const cap of c.capital ?? []) {
        for (const form of /* @__PURE__ */ new Set([cap, cap.replace(/,?\s+D\.C\.$/, "")])) {
          if (isLatin(form) && claim(form)) kb.addName(form, { kind: "capital", country: id });
        }
      }
    }
  }
}
var DEFAULT_FILES = {
  people: dataPath("actors", "people.jsonl"),
  organizations: dataPath("actors", "organizations.jsonl"),
  seats: dataPath("actors", "seats.jsonl"),
  countriesExtra: dataPath("actors", "countries-extra.jsonl"),
  roles: dataPath("agents", "roles.jsonl")
};
function loadProjectKnowledge(files = DEFAULT_FILES) {
  const kb = new ActorKnowledge();
  const present = (f) => existsSync(f);
  if (present(files.countriesExtra)) {
    for (const x of loadJsonl(files.countriesExtra, CountryExtra)) {
      for (const a2 of x.aliases) kb.addName(a2, { kind: "actor", actorId: x.country, how: "alias" });
      for (const d of x.demonyms) kb.addName(d, { kind: "demonym", country: x.country, plural: /s$/.test(d) && !/ss$/.test(d) });
      for (const sh of x.short) kb.names.add(sh, { kind: "short", actorId: x.country });
    }
    kb.sources.push(files.countriesExtra);
  }
  addPackageCountries(kb);
  if (present(files.seats)) {
    for (const s of loadJsonl(files.seats, SeatEntry)) kb.addName(s.alias, { kind: "seat", country: s.country, sector: s.sector });
    kb.sources.push(files.seats);
  }
  for (const file of [files.organizations, files.people]) {
    if (!present(file)) continue;
    for (const e of loadJsonl(file, ActorEntry)) kb.addEntry(e, file.split("/").slice(-2).join("/"));
    kb.sources.push(file);
  }
  if (present(files.roles)) {
    for (const r of loadJsonl(files.roles, RoleNoun)) addRoleNoun(kb, r);
    kb.sources.push(files.roles);
  }
  return kb;
}
function addRoleNoun(kb, r) {
  kb.addName(r.noun, { kind: "role", sector: r.sector, person: r.person, plural: r.plural_only, noun: r.noun }, false);
  if (r.plural) kb.addName(r.plural, { kind: "role", sector: r.sector, person: r.person, plural: true, noun: r.noun }, false);
}

// src/text/quotes.ts
var LEFT_DOUBLE = 8220;
var RIGHT_DOUBLE = 8221;
var LOW_DOUBLE = 8222;
var LEFT_GUILLEMET = 171;
var RIGHT_GUILLEMET = 187;
var STRAIGHT_DOUBLE = 34;
function markQuoted(tokens, open) {
  const quoted = [];
  let inside = open;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const c = t.text.length === 1 ? t.text.charCodeAt(0) : 0;
    if (c === LEFT_DOUBLE || c === LOW_DOUBLE || c === LEFT_GUILLEMET) {
      inside = true;
      quoted.push(false);
    } else if (c === RIGHT_DOUBLE || c === RIGHT_GUILLEMET) {
      inside = false;
      quoted.push(false);
    } else if (c === STRAIGHT_DOUBLE) {
      inside = !inside;
      quoted.push(false);
    } else quoted.push(inside);
  }
  return { quoted, openAtEnd: inside };
}

// src/actors/dated-roles.ts
function codeOnDate(actor, date) {
  if (actor.roles.length === 0) return actor.code;
  if (date) {
    const active = actor.roles.filter((r) => (!r.from || r.from <= date) && (!r.to || date <= r.to));
    if (active.length) return active[active.length - 1].code;
    const before = actor.roles.filter((r) => r.to && r.to < date).sort((a2, b) => b.to.localeCompare(a2.to));
    if (before.length) return before[0].code;
  }
  return latestRole(actor.roles)?.code ?? actor.code;
}
function activeOn(actor, date) {
  return actor.roles.some((r) => (!r.from || r.from <= date) && (!r.to || date <= r.to));
}

// src/actors/names.ts
function slugify(name) {
  return name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "actor";
}
function unknownNameLength(g, tokens, at) {
  let i = at;
  let words = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (t.cap && t.isWord && !t.upper && !g.notNames.has(t.text) && !g.organisationWords.has(t.text)) {
      words++;
      i++;
    } else if (t.isWord && t.upper && t.text.length === 1 && tokens[i + 1]?.text === ".") {
      i += 2;
    } else if (words > 0 && g.nameParticles.has(t.key) && tokens[i + 1]?.text === "-") {
      i += 2;
    } else if (words > 0 && g.nameParticles.has(t.key) && tokens[i + 1]?.cap) {
      i += 1;
    } else break;
    if (words >= 5) break;
  }
  if (words === 0) return 0;
  while (i > at && !tokens[i - 1].cap) i--;
  return i - at;
}

// src/core/search.ts
function firstAtOrAfter(items, value, key) {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (key(items[mid]) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// src/actors/units.ts
var COORD = /* @__PURE__ */ new Set(["and", ",", "&", "or", "as", "well"]);
var isCoordination = (t) => COORD.has(t.key);
var REBEL_SECTORS = /* @__PURE__ */ new Set(["REB", "INS", "UAF", "RAD"]);
var KIND_RANK = { actor: 0, seat: 1, capital: 2, demonym: 3, role: 4, short: 5 };
var isCoordinationOrThe = (t) => COORD.has(t.key) || t.key === "the";
var isPossessiveOrHyphen = (t) => t.key === "'s" || t.text === "-";
var NO_UNITS = [];
var NEAR = 40;
function firstUnitFrom(units, token) {
  return firstAtOrAfter(units, token, (u) => u.first);
}
function nearBefore(units, k, before) {
  const out = [];
  for (let j = k - 1; j >= 0 && units[j].first >= before - NEAR; j--) if (units[j].last <= before) out.push(units[j]);
  return out;
}
function coverage(s) {
  const covered = new Uint8Array(s.tokens.length);
  for (const m of s.mentions) covered.fill(1, m.first, m.last);
  return covered;
}
function hasConjunction(tokens, a2, b) {
  for (let i = a2; i < b; i++) {
    const k = tokens[i].key;
    if (k === "and" || k === "or" || k === "&") return true;
  }
  return false;
}
function gapIs(tokens, a2, b, ok) {
  for (let i = a2; i < b; i++) if (!ok(tokens[i])) return false;
  return true;
}

// src/actors/speakers.ts
function findSpeaker(g, s) {
  const { tokens, quoted } = s;
  const marks = [];
  tokens.forEach((t, i) => {
    if (t.text === "\u201C" || t.text === "\u201D" || t.text === '"') marks.push(i);
  });
  const taken = coverage(s);
  const distance = (i) => {
    let best = 99;
    for (const m of marks) best = Math.min(best, Math.abs(m - i));
    return best;
  };
  const verbs = tokens.map((_, i) => i).filter((i) => !quoted[i] && g.speechVerbs.has(tokens[i].key) && !taken[i]).slice(0, 50);
  verbs.sort((a2, b) => distance(a2) - distance(b));
  const outside = s.mentions.filter((m) => m.role === "actor" && !quoted[m.first]);
  for (const i of verbs) {
    let before;
    let after;
    for (const m of outside) {
      if (m.last <= i && i - m.last <= 4 && (!before || m.last > before.last)) before = m;
      if (m.first > i && m.first - i <= 3 && (!after || m.first < after.first)) after = m;
    }
    if (before) return before.actorId;
    if (after) return after.actorId;
  }
  return null;
}

// src/actors/resolve.ts
var ActorResolver = class {
  constructor(kb, grammar) {
    this.kb = kb;
    this.grammar = grammar;
  }
  kb;
  grammar;
  analyse(text, sentences, published) {
    return new ArticleResolution(this.kb, this.grammar, text, published?.slice(0, 10) ?? null).run(sentences);
  }
};
var ArticleResolution = class {
  constructor(kb, g, text, date) {
    this.kb = kb;
    this.g = g;
    this.text = text;
    this.date = date;
  }
  kb;
  g;
  text;
  date;
  seen = /* @__PURE__ */ new Set();
  localNames = /* @__PURE__ */ new Map();
  used = /* @__PURE__ */ new Map();
  candidates = [];
  lastSubject = null;
  lastPerson = null;
  lastByType = /* @__PURE__ */ new Map();
  /** how often each country (or its organs and people) came up: the most frequent is what "the army" belongs to */
  countryCounts = /* @__PURE__ */ new Map();
  shortChoice = /* @__PURE__ */ new Map();
  /** the country last named as a place ("in Syria"), where unnamed rebels are */
  lastPlace = null;
  /** actors in the order they were last mentioned, for "the group", "they" */
  recent = [];
  groupCounter = 0;
  /**
   * Titled people found in this article and in no dictionary. They stay with the
   * article, so what one article discovers never changes how another is read
   * (which would make results depend on article order and on --workers).
   */
  discovered = /* @__PURE__ */ new Map();
  run(units) {
    const out = [];
    let open = false;
    let pending = [];
    let runSpeaker = null;
    let previousSpeaker = null;
    let inherited = null;
    for (const unit of units) {
      const tokens = tokenize(this.text, unit.start, unit.end);
      const startsOpen = open;
      const { quoted, openAtEnd } = markQuoted(tokens, open);
      open = openAtEnd;
      const s = { index: unit.index, start: unit.start, end: unit.end, tokens, quoted, mentions: [], speaker: null };
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
      s.mentions.sort((a2, b) => a2.start - b.start || a2.end - b.end);
      this.remember(s);
      out.push(s);
    }
    return { sentences: out, actors: [...this.used.values()], candidates: this.candidates };
  }
  remember(s) {
    let subject = null;
    for (const m of s.mentions) {
      const country = this.info(m.actorId)?.country;
      if (m.role === "location" && country && this.info(m.actorId)?.type === "country") this.lastPlace = country;
      if (country) this.countryCounts.set(country, (this.countryCounts.get(country) ?? 0) + (m.role === "location" && s.index === 1 && m.first === 0 ? 3 : 1));
      if (m.role !== "actor") continue;
      this.seen.add(m.actorId);
      const at = this.recent.indexOf(m.actorId);
      if (at >= 0) this.recent.splice(at, 1);
      this.recent.push(m.actorId);
      const info = this.info(m.actorId);
      if (info) this.lastByType.set(info.type, m.actorId);
      if (info?.type === "person") {
        subject ??= m.actorId;
        this.lastPerson = m.actorId;
      }
    }
    if (subject) this.lastSubject = subject;
  }
  info(actorId) {
    return this.discovered.size && this.discovered.get(actorId) || this.kb.actors.get(actorId);
  }
  use(actorId) {
    const info = this.info(actorId);
    if (!info) return void 0;
    if (!this.used.has(actorId)) this.used.set(actorId, { ...info, code: codeOnDate(info, this.date) });
    return info;
  }
  add(s, actorId, first, last, how, role = "actor", plural = false, group = 0) {
    if (!this.use(actorId)) return;
    const start = s.tokens[first].start;
    const end = s.tokens[last - 1].end;
    s.mentions.push({ sentence: s.index, actorId, surface: this.text.slice(start, end), start, end, role, how, first, last, plural, group });
  }
  pick(match) {
    let best;
    let bestRank = 99;
    let shorts;
    for (const p of match.payloads) {
      if (p.kind === "short") (shorts ??= []).push(p);
      const rank = KIND_RANK[p.kind];
      if (rank < bestRank) {
        best = p;
        bestRank = rank;
      }
    }
    return best?.kind === "short" ? this.pickShort(shorts) : best;
  }
  /** A surname or short form names an actor seen earlier, or someone in office on the article date. */
  pickShort(options) {
    const seen = options.find((o) => this.seen.has(o.actorId));
    if (seen) return seen;
    const key = options[0];
    if (this.shortChoice.has(key)) return this.shortChoice.get(key);
    const people = options.map((o) => ({ o, info: this.info(o.actorId) })).filter((x) => x.info?.type === "person");
    let choice;
    if (!people.length) choice = void 0;
    else if (this.date) choice = people.find((x) => activeOn(x.info, this.date))?.o;
    else {
      const until = (x) => latestRole(x.info.roles)?.to ?? "9999";
      choice = people.reduce((best, x) => until(x) > until(best) ? x : best).o;
    }
    this.shortChoice.set(key, choice);
    return choice;
  }
  isLocation(s, first, last) {
    const tokens = s.tokens;
    let p = first - 1;
    if (p >= 0 && tokens[p].key === "the") p--;
    const before = p >= 0 ? tokens[p].key : "";
    const after = tokens[last]?.key ?? "";
    if (after === "'s") return false;
    if (this.g.placeNouns.has(after)) return true;
    if (before === "to") return [1, 2, 3].some((d) => this.g.motionWords.has(tokens[p - d]?.key ?? ""));
    if (before === "of") return this.g.placeNouns.has(tokens[p - 1]?.key ?? "");
    return this.g.locationWords.has(before);
  }
  /** Is the token range a dateline ("MOSCOW (Reuters) -") at the start of the body? */
  inDateline(s, at) {
    if (s.index !== 1 || at >= 14 || !s.tokens[0]?.upper) return false;
    for (let i = 1; i < 14 && i < s.tokens.length; i++) {
      const t = s.tokens[i].text;
      if (t !== "-" && t !== "\u2014" && t !== "\u2013") continue;
      const prev = s.tokens[i - 1];
      if (prev.text === ")" || prev.upper || /\d/.test(prev.text)) return i > at;
    }
    return false;
  }
  nameMentions(s) {
    const tokens = s.tokens;
    const units = [];
    for (const m of this.kb.names.findAll(tokens)) {
      const entry = this.pick(m);
      if (entry?.kind === "short" && tokens[m.last]?.cap && tokens[m.last].isWord && !this.g.notNames.has(tokens[m.last].text) && (this.kb.names.longestAt(tokens, m.last)?.payloads.every((p) => p.kind === "role") ?? true)) continue;
      if (entry) units.push({ first: m.first, last: m.last, entry });
    }
    const unitEnds = new Set(units.map((x) => x.last));
    for (let j = units.length - 1; j >= 0; j--) {
      const u = units[j];
      const prev = tokens[u.first - 1];
      if (u.entry.kind === "actor" && u.last - u.first === 1 && this.info(u.entry.actorId)?.type === "country" && prev?.cap && prev.isWord && !prev.upper && u.first - 1 > 0 && !this.g.notNames.has(prev.text) && !unitEnds.has(u.first)) units.splice(j, 1);
    }
    const covered = new Uint8Array(tokens.length);
    const mark = (a2, b) => covered.fill(1, a2, b);
    const startingAt = /* @__PURE__ */ new Map();
    const endingAt = /* @__PURE__ */ new Map();
    for (const x of units) {
      const starting = startingAt.get(x.first);
      if (starting) starting.push(x);
      else startingAt.set(x.first, [x]);
      const ending2 = endingAt.get(x.last);
      if (ending2) ending2.push(x);
      else endingAt.set(x.last, [x]);
    }
    const at = (i) => startingAt.get(i) ?? NO_UNITS;
    const ending = (i) => endingAt.get(i) ?? NO_UNITS;
    const countryOf = this.countryOfUnit;
    for (let k2 = 0; k2 < units.length; k2++) {
      const u = units[k2];
      if (u.consumed) continue;
      if (this.inDateline(s, u.first)) {
        u.consumed = true;
        mark(u.first, u.last);
        continue;
      }
      const e = u.entry;
      if (e.kind !== "role") continue;
      const nextUnit = units[k2 + 1];
      if (!e.person && nextUnit && nextUnit.first === u.last && nextUnit.entry.kind === "role" && nextUnit.entry.person) continue;
      const left = [];
      let edge = u.first;
      for (let j = k2 - 1; j >= 0; j--) {
        const l = units[j];
        if (left.length === 0 && l.entry.kind === "role" && !l.consumed && l.last === edge && units[j - 1] && countryOf(units[j - 1])) {
          l.consumed = true;
          edge = l.first;
          continue;
        }
        if (l.consumed || !countryOf(l)) break;
        if (left.length > 0 && e.person && !e.plural) break;
        const gapOk = left.length === 0 ? gapIs(tokens, l.last, edge, isPossessiveOrHyphen) : gapIs(tokens, l.last, edge, isCoordination) && (left.length > 1 || tokens.slice(l.last, edge).some((t) => t.key === "and" || t.key === "or" || t.key === "&"));
        if (!gapOk || left.length > 0 && l.last === edge) break;
        if (left.length === 0 && l.last !== edge && !gapIs(tokens, l.last, edge, isPossessiveOrHyphen)) break;
        left.unshift(l);
        edge = l.first;
        if (j > 0 && !gapIs(tokens, units[j - 1].last, l.first, isCoordination)) break;
      }
      let nameEnd = u.last;
      let nameStartAt = u.last;
      let person;
      let how = "name";
      if (e.person) {
        let nameStart = u.last;
        if (this.g.honorifics.has(tokens[nameStart]?.text.replace(/\.$/, "") ?? "") && tokens[nameStart + 1]?.cap) nameStart += tokens[nameStart + 1]?.text === "." ? 2 : 1;
        const next = at(nameStart).find((x) => !x.consumed);
        if (next && (next.entry.kind === "actor" || next.entry.kind === "short") && this.info(next.entry.actorId)?.type === "person") {
          person = next.entry.actorId;
          nameEnd = next.last;
          next.consumed = true;
          how = next.entry.kind === "short" ? "name" : next.entry.how;
        } else {
          let nameAt = nameStart;
          if (tokens[nameStart]?.text !== "," && /^(?:to|for|of|at|in)$/.test(tokens[nameStart]?.key ?? "")) {
            for (let i = nameStart + 1; i <= nameStart + 5 && i < tokens.length; i++) {
              if (tokens[i].text === ",") {
                nameAt = i;
                break;
              }
            }
          }
          if (tokens[nameAt]?.text === "," && unknownNameLength(this.g, tokens, nameAt + 1) >= 2) nameAt++;
          else nameAt = nameStart;
          const nameLen = unknownNameLength(this.g, tokens, nameAt);
          const startsKnown = at(nameAt).some((x) => !x.consumed && x.entry.kind !== "short" && x.entry.kind !== "role" && !(x.entry.kind === "actor" && this.info(x.entry.actorId)?.type === "person"));
          if (nameLen > 0 && !startsKnown && (nameAt === nameStart || nameLen >= 2)) {
            const nameTokens = tokens.slice(nameAt, nameAt + nameLen);
            const name = this.text.slice(nameTokens[0].start, nameTokens[nameTokens.length - 1].end);
            let inside;
            for (let i = nameAt; i < nameAt + nameLen && !inside; i++) {
              inside = at(i).find((x) => x.last <= nameAt + nameLen && (x.entry.kind === "short" || x.entry.kind === "actor") && this.info(x.entry.actorId)?.type === "person");
            }
            const known = this.localNames.get(name.toLowerCase()) ?? (inside ? inside.entry.actorId : void 0);
            const owner2 = left.map(countryOf).find((c) => c?.country || !c?.isCountry);
            const its = ["its", "their"].includes(tokens[u.first - 1]?.key ?? "") ? [...this.recent].reverse().map((id) => this.info(id)).find((a2) => a2 && a2.type !== "person") : void 0;
            const ownerInfo = owner2 && !owner2.isCountry ? this.info(owner2.id) : its && !["country", "government", "military"].includes(its.type) ? its : void 0;
            const country2 = owner2?.country ?? ownerInfo?.country ?? this.ownerCountry(s, units, u.first) ?? this.appositiveCountry(units, k2, nameAt + nameLen, countryOf);
            person = known ?? this.discoverPerson(name, country2 ?? null, e.sector, ownerInfo?.code);
            how = known ? "name" : "discovered";
            nameEnd = nameAt + nameLen;
            nameStartAt = nameAt;
            for (let i = nameAt; i < nameEnd; i++) for (const n of at(i)) n.consumed = true;
          }
        }
      }
      if (person) {
        for (const l of left) l.consumed = true;
        u.consumed = true;
        this.add(s, person, nameStartAt, nameEnd, how);
        this.rememberName(person);
        mark(left[0]?.first ?? u.first, nameEnd);
        continue;
      }
      if (left.length) {
        const group = left.length > 1 ? ++this.groupCounter : 0;
        for (const l of left) {
          l.consumed = true;
          const c = countryOf(l);
          const actorId = c.isCountry ? this.kb.sectorActor(c.country, e.sector).id : c.id;
          const how2 = e.person && !e.plural && left.length === 1 ? "title" : l.entry.kind === "seat" || l.entry.kind === "capital" ? "metonymy" : l.entry.kind === "demonym" ? "demonym" : "name";
          this.add(s, actorId, l.first, u.last, how2, "actor", e.plural || left.length > 1, group);
        }
        u.consumed = true;
        mark(left[0].first, u.last);
        continue;
      }
      let phraseStart = u.first;
      while (ending(phraseStart).some((x) => x.entry.kind === "role" && !x.consumed)) {
        const before = ending(phraseStart).find((x) => x.entry.kind === "role" && !x.consumed);
        before.consumed = true;
        phraseStart = before.first;
      }
      const det = tokens[phraseStart - 1]?.key ?? "";
      const detStart = phraseStart - 1;
      const forOrg = e.person && !e.plural && /^(?:for|of)$/.test(tokens[u.last]?.key ?? "") ? [...at(u.last + 1), ...at(u.last + 2)].find((x) => !x.consumed && (x.entry.kind === "actor" || x.entry.kind === "seat")) : void 0;
      if (forOrg && forOrg.entry.kind === "actor" && this.info(forOrg.entry.actorId)?.type !== "person") {
        forOrg.consumed = true;
        u.consumed = true;
        this.add(s, forOrg.entry.actorId, phraseStart, forOrg.last, "title");
        mark(phraseStart, forOrg.last);
        continue;
      }
      if (e.person && !e.plural && det === "the" && phraseStart === u.first && this.lastPerson && this.g.personReferences.has(e.noun.split(" ").pop())) {
        u.consumed = true;
        this.add(s, this.lastPerson, detStart, u.last, "reference");
        mark(detStart, u.last);
        continue;
      }
      if (det === "the" && tokens[u.first - 1]?.key === "'s") continue;
      let country = null;
      let owner = null;
      if (["his", "her", "its", "their"].includes(det)) country = this.ownerCountry(s, units, detStart + 1);
      else if (det === "the" && !e.person && this.g.collectiveNouns.has(e.noun) || (det === "a" || det === "an") && e.person && !(/^(?:for|of)$/.test(tokens[u.last]?.key ?? "") && tokens[u.last + 2]?.cap)) {
        const inPlace = tokens[u.last]?.key === "in" ? [...at(u.last + 1), ...at(u.last + 2)][0] : void 0;
        const placeCountry = inPlace ? this.countryOfUnit(inPlace) : void 0;
        country = (placeCountry?.isCountry ? placeCountry.country : null) ?? this.sentenceCountry(s, units, phraseStart) ?? this.homeCountry();
      } else if (det === "the" && REBEL_SECTORS.has(e.sector) && e.plural && this.lastByType.has("armed_group")) {
        owner = this.lastByType.get("armed_group") ?? null;
      } else if (REBEL_SECTORS.has(e.sector) && e.plural && det !== "the") {
        const place = nearBefore(units, k2, phraseStart).find((x) => (x.entry.kind === "actor" || x.entry.kind === "demonym") && this.isLocation(s, x.first, x.last));
        country = (place ? this.countryOfUnit(place)?.country : null) ?? this.lastPlace ?? this.homeCountry();
      }
      const from = ["the", "a", "an", "his", "her", "its", "their"].includes(det) ? detStart : phraseStart;
      if (owner) {
        u.consumed = true;
        this.add(s, owner, from, u.last, "reference", "actor", true);
        mark(from, u.last);
      } else if (country) {
        u.consumed = true;
        this.add(s, this.kb.sectorActor(country, e.sector).id, from, u.last, "reference", "actor", e.plural);
        mark(from, u.last);
      }
    }
    let k = 0;
    while (k < units.length) {
      const u = units[k];
      if (u.consumed || u.entry.kind === "role") {
        k++;
        continue;
      }
      let end = k;
      while (end + 1 < units.length && !units[end + 1].consumed && units[end + 1].entry.kind !== "role" && units[end + 1].first > units[end].last && gapIs(tokens, units[end].last, units[end + 1].first, isCoordinationOrThe)) end++;
      while (end > k && !hasConjunction(tokens, units[end - 1].last, units[end].first)) end--;
      for (let j = k + 1; j <= end; j++) {
        if (this.isLocation(s, units[j].first, units[j].last) !== this.isLocation(s, units[k].first, units[k].last)) {
          end = j - 1;
          break;
        }
      }
      const group = end > k ? ++this.groupCounter : 0;
      for (let j = k; j <= end; j++) this.emitUnit(s, units[j], group, end > k);
      for (let j = k; j <= end; j++) mark(units[j].first, units[j].last);
      k = end + 1;
    }
    this.localAndCandidates(s, covered, units);
  }
  /** The country (or organisation) a unit names, when it can own a role noun. */
  countryOfUnit = (u) => {
    const e = u.entry;
    if (e.kind === "demonym" || e.kind === "capital" || e.kind === "seat") return { id: e.country, country: e.country, isCountry: true };
    if (e.kind === "actor") {
      const info = this.info(e.actorId);
      if (!info || info.type === "person") return void 0;
      return { id: e.actorId, country: info.country, isCountry: info.type === "country" };
    }
    return void 0;
  };
  emitUnit(s, u, group, plural) {
    const e = u.entry;
    switch (e.kind) {
      case "actor": {
        const info = this.info(e.actorId);
        const loc = info?.type === "country" && this.isLocation(s, u.first, u.last) && s.tokens[u.first - 1]?.key !== "at";
        this.add(s, e.actorId, u.first, u.last, e.how, loc ? "location" : "actor", plural, group);
        if (info?.type === "person") this.rememberName(e.actorId);
        break;
      }
      case "short":
        this.add(s, e.actorId, u.first, u.last, "name", "actor", plural, group);
        break;
      case "demonym": {
        const loc = this.g.placeNouns.has(s.tokens[u.last]?.key ?? "");
        this.add(s, e.country, u.first, u.last, "demonym", loc ? "location" : "actor", plural || e.plural, group);
        break;
      }
      case "capital":
      case "seat": {
        if (this.isLocation(s, u.first, u.last)) {
          this.add(s, e.country, u.first, u.last, "metonymy", "location", plural, group);
        } else {
          const sector = e.kind === "seat" ? e.sector : "GOV";
          this.add(s, this.kb.sectorActor(e.country, sector).id, u.first, u.last, "metonymy", "actor", plural, group);
        }
        break;
      }
      default:
        break;
    }
  }
  homeCountry() {
    let best = null;
    let n = 0;
    for (const [c, k] of this.countryCounts) if (k > n) [best, n] = [c, k];
    return best;
  }
  /** The country of whoever "his/her/its" points to, or of the sentence's first actor with one. */
  ownerCountry(s, units, before) {
    const det = s.tokens[before - 1]?.key;
    const earlier = [];
    for (let j = firstUnitFrom(units, before) - 1; j >= 0 && units[j].first >= before - NEAR; j--) {
      const x = units[j];
      if (x.last < before && (x.entry.kind === "actor" || x.entry.kind === "short")) earlier.unshift(x);
    }
    const typeOf = (x) => this.info(x.entry.actorId);
    if (det === "his" || det === "her") {
      const p = earlier.map(typeOf).find((a3) => a3?.type === "person") ?? (this.lastSubject ? this.info(this.lastSubject) : void 0);
      return p?.country ?? null;
    }
    const a2 = [...earlier].reverse().map(typeOf).find((x) => x && x.type !== "person");
    return a2?.country ?? null;
  }
  /** The country named last before `before` in this sentence ("China's foreign ministry … a ministry spokesman"). */
  sentenceCountry(s, units, before) {
    for (let j = firstUnitFrom(units, before) - 1; j >= 0; j--) {
      const u = units[j];
      if (u.last < before - NEAR) break;
      if (u.last > before || this.isLocation(s, u.first, u.last)) continue;
      const c = this.countryOfUnit(u);
      if (c?.country && c.isCountry) return c.country;
    }
    return null;
  }
  /** A country named right after a new name: "David Petraeus, the US commander". */
  appositiveCountry(units, k, after, countryOf) {
    for (let j = k + 1; j < units.length && j < k + 4; j++) {
      const u = units[j];
      if (u.first < after) continue;
      if (u.first > after + 3) break;
      const c = countryOf(u);
      if (c?.country && units[j + 1]?.entry.kind === "role") return c.country;
    }
    return null;
  }
  /** A titled person in no dictionary; an organisation's official takes its code ("M23 spokesman" → M23's). */
  discoverPerson(name, country, sector, orgCode) {
    const id = slugify(name);
    if (!this.info(id)) {
      this.discovered.set(id, {
        id,
        name,
        type: "person",
        country,
        code: orgCode ?? (country ? `${country}${sector}` : sector),
        roles: [],
        dictionary: "text",
        discovered: true
      });
    }
    return id;
  }
  /** After a full name, its surname names the same person for the rest of the article. */
  rememberName(actorId) {
    const info = this.info(actorId);
    if (!info || info.type !== "person") return;
    this.localNames.set(info.name.toLowerCase(), actorId);
    this.localNames.set(surnameOf(info.name).toLowerCase(), actorId);
  }
  /** After a name: ", (the) [country] <person role>" or ", <person role> of [organisation]". */
  appositiveRole(tokens, units, after) {
    if (tokens[after]?.text !== ",") return void 0;
    let at = after + 1;
    if (["the", "a", "an", "its", "their"].includes(tokens[at]?.key ?? "")) at++;
    let country = null;
    const from = (i) => units[firstUnitFrom(units, i)]?.first === i ? units[firstUnitFrom(units, i)] : void 0;
    let u = from(at);
    if (u && (u.entry.kind === "demonym" || u.entry.kind === "capital" || u.entry.kind === "seat")) {
      country = u.entry.country;
      u = from(u.last);
    } else if (u && u.entry.kind === "actor" && this.info(u.entry.actorId)?.type === "country") {
      country = u.entry.actorId;
      if (tokens[u.last]?.key === "'s") u = from(u.last + 1);
      else u = from(u.last);
    }
    if (!u || u.entry.kind !== "role" || !u.entry.person) return void 0;
    let code;
    if (!country && tokens[u.last]?.key === "of") {
      const org = from(u.last + 1) ?? from(u.last + 2);
      if (org?.entry.kind === "actor") {
        const info = this.info(org.entry.actorId);
        country = info?.country ?? null;
        if (info && info.type !== "country") code = info.code;
      } else if (org && (org.entry.kind === "demonym" || org.entry.kind === "capital")) country = org.entry.country;
    }
    return { country, sector: u.entry.sector, code };
  }
  /** Surnames of people introduced earlier in the article, and capitalised names nobody knows. */
  localAndCandidates(s, covered, units) {
    const tokens = s.tokens;
    for (let i = 0; i < tokens.length; i++) {
      if (covered[i]) continue;
      const t = tokens[i];
      if (!t.cap || !t.isWord || this.g.notNames.has(t.text)) continue;
      const local = this.localNames.get(t.key) ?? this.localNames.get(t.text.toLowerCase());
      if (local) {
        this.add(s, local, i, i + 1, "name");
        covered[i] = 1;
        continue;
      }
      if (i === 0 || this.inDateline(s, i) || t.upper && t.text.length < 2) continue;
      let j = i;
      while (j < tokens.length && !covered[j] && (tokens[j].cap && tokens[j].isWord || j > i && this.g.nameParticles.has(tokens[j].key) && tokens[j + 1]?.cap || j > i && tokens[j].text === "-" && tokens[j + 1]?.cap)) j++;
      const surface = this.text.slice(t.start, tokens[j - 1].end);
      const appositive = j - i >= 2 && j - i <= 5 ? this.appositiveRole(tokens, units, j) : void 0;
      if (appositive) {
        const id = this.localNames.get(surface.toLowerCase()) ?? this.discoverPerson(surface, appositive.country, appositive.sector, appositive.code);
        this.add(s, id, i, j, this.info(id)?.discovered ? "discovered" : "name");
        this.rememberName(id);
        covered.fill(1, i, j);
        i = j - 1;
        continue;
      }
      if (!/^\p{Lu}/u.test(surface) || tokens[i - 1]?.text === "\u201C" && j === i + 1) {
        i = j - 1;
        continue;
      }
      this.candidates.push({ surface, sentence: s.index });
      i = j - 1;
    }
  }
  pronounMentions(s) {
    const { tokens } = s;
    let covered;
    let people;
    let seen = 0;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (!this.g.personPronouns.has(t.key) || s.quoted[i] || t.upper && t.text.length > 1) continue;
      covered ??= coverage(s);
      if (covered[i]) continue;
      people ??= s.mentions.filter((m) => m.role === "actor" && this.info(m.actorId)?.type === "person").sort((a2, b) => a2.first - b.first);
      while (seen < people.length && people[seen].first < i) seen++;
      const firstPersonHere = seen > 0 ? people[0] : void 0;
      let target = firstPersonHere?.actorId ?? this.lastSubject ?? this.lastPerson;
      if (t.key === "him" && firstPersonHere) {
        let other;
        for (let j = seen - 1; j >= 0 && !other; j--) if (people[j].actorId !== firstPersonHere.actorId) other = people[j];
        target = other?.actorId ?? (this.lastSubject !== firstPersonHere.actorId ? this.lastSubject : null) ?? target;
      }
      if (target) {
        this.add(s, target, i, i + 1, "pronoun");
        covered[i] = 1;
      }
    }
    this.groupReferences(s, covered);
  }
  /** "the group", "the council", "the bloc", "they": the organisation named most recently. */
  groupReferences(s, known) {
    const { tokens } = s;
    let covered = known;
    const taken = (i) => (covered ??= coverage(s))[i] === 1;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      const pairs = this.g.pairReferences.get(t.key)?.get(tokens[i + 1]?.key ?? "");
      if (pairs) {
        const pair = pairs.find((words) => words.every((w, k) => tokens[i + k]?.key === w));
        if (pair && !taken(i)) {
          const people = pair.at(-1) === "leaders";
          const last = [...this.recent].reverse().filter((id) => this.info(id)?.type === "person" === people).slice(0, 2);
          if (last.length === 2) {
            const group = ++this.groupCounter;
            for (const id of last.reverse()) this.add(s, id, i, i + pair.length, "reference", "actor", true, group);
            (covered ??= coverage(s)).fill(1, i, i + pair.length);
          }
          i += pair.length - 1;
          continue;
        }
      }
      if (t.key !== "the" && !this.g.pluralPronouns.has(t.key)) continue;
      if (taken(i)) continue;
      let types;
      let start = i;
      if (t.key === "the" && this.g.groupReferences.has(tokens[i + 1]?.key ?? "") && !taken(i + 1) && !tokens[i + 2]?.cap) {
        types = this.g.groupReferences.get(tokens[i + 1].key);
        i++;
      } else if (this.g.pluralPronouns.has(t.key) && !s.quoted[i] && t.text === t.text.toLowerCase()) {
        types = [...this.g.pluralReferenceTypes];
      } else continue;
      const noun = tokens[i].key;
      const candidates = this.recent.filter((id) => types.includes(this.info(id)?.type ?? ""));
      const named = candidates.filter((id) => this.info(id).name.toLowerCase().includes(noun));
      const pick = named.at(-1) ?? (this.g.pluralPronouns.has(noun) && new Set(candidates.slice(-3)).size > 1 ? void 0 : candidates.at(-1));
      if (pick) {
        this.add(s, pick, start, i + 1, this.g.pluralPronouns.has(noun) ? "pronoun" : "reference", "actor", true);
        (covered ??= coverage(s)).fill(1, start, i + 1);
      }
    }
  }
  setSpeaker(s, speaker) {
    s.speaker = speaker;
    const covered = /* @__PURE__ */ new Set();
    for (const m of s.mentions) for (let i = m.first; i < m.last; i++) covered.add(i);
    s.tokens.forEach((t, i) => {
      if (!s.quoted[i] || covered.has(i)) return;
      if (t.upper && t.text.length > 1) return;
      if (this.g.firstPerson.has(t.key) && (t.text === "I" || t.text.toLowerCase() === t.text || i === 0 || s.tokens[i - 1]?.text === "\u201C" || s.tokens[i - 1]?.text === '"')) {
        this.add(s, speaker, i, i + 1, "pronoun");
      }
    });
    s.mentions.sort((a2, b) => a2.start - b.start);
  }
};

// src/actors/tabari.ts
import { readFileSync as readFileSync3 } from "node:fs";
import path2 from "node:path";
function tabariDate(raw) {
  let y;
  let rest;
  if (/^\d{6}$/.test(raw)) {
    const yy = Number(raw.slice(0, 2));
    y = String(yy < 30 ? 2e3 + yy : 1900 + yy);
    rest = raw.slice(2);
  } else if (/^\d{8}$/.test(raw)) {
    y = raw.slice(0, 4);
    rest = raw.slice(4);
  } else return void 0;
  const mm = rest.slice(0, 2);
  const dd = rest.slice(2, 4);
  if (Number(mm) < 1 || Number(mm) > 12 || Number(dd) < 1 || Number(dd) > 31) return `${y}-01-01`;
  return `${y}-${mm}-${dd}`;
}
function parseCode(inner) {
  const parts = inner.trim().split(/\s+/);
  const code = parts[0];
  if (!code || code === "---" || !/^[A-Z0-9~]+$/.test(code)) return void 0;
  const span = parts.slice(1).join("");
  const out = { code };
  let m;
  if (m = span.match(/^(\d+)-(\d+)$/)) {
    out.from = tabariDate(m[1]);
    out.to = tabariDate(m[2]);
  } else if (m = span.match(/^>(\d+)$/)) out.from = tabariDate(m[1]);
  else if (m = span.match(/^<(\d+)$/)) out.to = tabariDate(m[1]);
  return out;
}
function tabariPhrase(raw) {
  return raw.replace(/_+$/, "").replace(/_/g, " ").replace(/\s+/g, " ").trim();
}
function parseTabariActors(content) {
  const out = [];
  let current;
  const lines = content.split(/\r?\n/);
  lines.forEach((rawLine, i) => {
    const line = rawLine.replace(/#.*$/, "").replace(/\s+$/, "");
    if (!line.trim()) return;
    const codes = [...line.matchAll(/\[([^\]]*)\]/g)].map((m) => parseCode(m[1])).filter((c) => !!c);
    const text = line.replace(/\[[^\]]*\]/g, "").trim();
    const indented = /^\s/.test(rawLine);
    if (text.startsWith("+")) {
      if (current) current.names.push(tabariPhrase(text.slice(1)));
      if (current) current.codes.push(...codes);
      return;
    }
    if (indented && !text) {
      if (current) current.codes.push(...codes);
      return;
    }
    if (!text) return;
    if (current && current.codes.length === 0 && codes.length === 0) {
      current.names.push(tabariPhrase(text));
      return;
    }
    if (current && current.codes.length === 0) {
      current.names.push(tabariPhrase(text));
      current.codes.push(...codes);
      return;
    }
    current = { names: [tabariPhrase(text)], codes, line: i + 1 };
    out.push(current);
  });
  return out.filter((a2) => a2.names.some(Boolean) && a2.codes.length > 0);
}
var SMALL = /* @__PURE__ */ new Set(["of", "the", "and", "for", "in", "on", "al", "el", "de", "du", "la", "le", "bin", "ibn", "van", "von", "der", "da", "di", "to", "at", "a", "an"]);
function newsCase(name) {
  const words = name.split(" ");
  if (words.length === 1 && name.replace(/[^A-Z]/g, "").length <= 4) return name;
  return words.map((w, i) => {
    const lower = w.toLowerCase();
    if (i > 0 && i < words.length - 1 && SMALL.has(lower)) return lower;
    if (/^(?:[A-Z]\.){2,}$/.test(w)) return w;
    return lower.replace(/(^|[-'’(])(\p{L})/gu, (_, p, c) => p + c.toUpperCase());
  }).join(" ");
}
function typeOfCode(code) {
  if (code.startsWith("IGO")) return "igo";
  if (/^(?:IMG|INS|REB|UAF)/.test(code) || /(?:REB|INS|IMG)/.test(code.slice(3))) return "armed_group";
  if (/MED/.test(code.slice(3))) return "media";
  if (/^(?:NGO|MNC|INT)/.test(code)) return "organization";
  return sectorType(code.slice(3, 6));
}
function addTabariActors(kb, blocks, dictionary) {
  for (const b of blocks) {
    const names = [...new Set(b.names.filter(Boolean).map(newsCase))].filter((n) => /^\p{Lu}/u.test(n) && n.replace(/[^\p{L}]/gu, "").length > 1);
    if (!names.length) continue;
    const dated = b.codes.some((c) => c.from || c.to) || b.codes.length > 1;
    const main = b.codes.find((c) => !c.code.startsWith("~")) ?? b.codes[0];
    const country = /^[A-Z]{3}/.test(main.code) && kb.actors.get(main.code.slice(0, 3))?.type === "country" ? main.code.slice(0, 3) : null;
    if (!dated && /^[A-Z]{3}$/.test(main.code) && (kb.actors.get(main.code)?.type === "country" || !kb.actors.has(main.code))) {
      if (!kb.actors.has(main.code)) kb.addActor({ id: main.code, name: names[0], type: "country", country: main.code, code: main.code, roles: [], dictionary, discovered: false });
      for (const n of names) kb.addName(n, { kind: "actor", actorId: main.code, how: "alias" });
      continue;
    }
    if (dated) {
      const roles = b.codes.filter((c) => /^[A-Z]{3,12}$/.test(c.code)).map((c) => ({ title: c.code, code: c.code, ...c.from ? { from: c.from } : {}, ...c.to ? { to: c.to } : {} }));
      const entry = ActorEntry.parse({ id: slugify(names[0]), name: names[0], type: "person", country, aliases: names.slice(1), short: [], roles });
      kb.addEntry(entry, dictionary, false);
      continue;
    }
    const id = kb.actors.has(main.code) ? main.code : slugify(names[0]);
    if (!kb.actors.has(id)) {
      kb.addActor({ id, name: names[0], type: typeOfCode(main.code), country, code: main.code, roles: [], dictionary, discovered: false });
    }
    for (const n of names) kb.addName(n, { kind: "actor", actorId: id, how: "alias" });
  }
}
function parseTabariAgents(content) {
  const sets = /* @__PURE__ */ new Map();
  const out = [];
  for (const rawLine of content.split(/\r?\n/)) {
    const line = rawLine.replace(/#.*$/, "").trim();
    if (!line) continue;
    const set = line.match(/^(![A-Z]+!)\s*=\s*(.+)$/);
    if (set) {
      sets.set(set[1], set[2].split(",").map((s) => s.trim()).filter(Boolean));
      continue;
    }
    const code = line.match(/\[\s*~?([A-Z]{3})[A-Z]*~?\s*\]/);
    if (!code) continue;
    const rawName = line.replace(/\[[^\]]*\]/g, "").trim();
    if (!rawName || rawName.startsWith("+")) continue;
    let variants = [rawName];
    for (const [key, values] of sets) {
      variants = variants.flatMap((v) => v.includes(key) ? values.map((x) => v.split(key).join(x)) : [v]);
    }
    for (const v of variants) {
      const noun = tabariPhrase(v).toLowerCase();
      if (!noun || /[!]/.test(noun)) continue;
      const person = /(?:man|woman|men|women|er|or|ist|ian|ent|ary|chief|head|leader|official|envoy)$/.test(noun);
      out.push({ noun, plural: /s$/.test(noun) ? void 0 : `${noun}s`, sector: code[1], person, plural_only: false });
    }
  }
  return out;
}
function loadExternalDictionaries(kb, actorFiles, agentFiles) {
  for (const file of actorFiles) {
    const name = path2.basename(file);
    if (file.endsWith(".jsonl")) for (const e of loadJsonl(file, ActorEntry)) kb.addEntry(e, name);
    else addTabariActors(kb, parseTabariActors(readFileSync3(file, "utf8")), name);
  }
  for (const file of agentFiles) {
    const roles = file.endsWith(".jsonl") ? loadJsonl(file, RoleNoun) : parseTabariAgents(readFileSync3(file, "utf8"));
    for (const r of roles) addRoleNoun(kb, r);
  }
  return [...actorFiles, ...agentFiles];
}

// src/core/hash.ts
import { createHash } from "node:crypto";
function sha256(text) {
  return createHash("sha256").update(text).digest("hex");
}

// src/ingest/normalize.ts
function cleanText(text) {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}
function normalizedContent(title, body) {
  const fold = (s) => s.normalize("NFC").replace(/\s+/gu, " ").trim();
  return `${fold(title ?? "")}\0${fold(body)}`;
}
function normalizePublished(value) {
  if (!value) return null;
  if (/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value)) return value;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? value : new Date(ms).toISOString();
}
function toArticleDoc(input, where) {
  const title = input.title ? cleanText(input.title).replace(/\s+/g, " ").trim() : null;
  const body = cleanText(input.text).trim();
  const content_sha256 = sha256(normalizedContent(title, body));
  const text = title ? `${title}

${body}` : body;
  return {
    article_id: content_sha256.slice(0, 16),
    content_sha256,
    title,
    text,
    body_start: title ? title.length + 2 : 0,
    source: where.source,
    record: where.record,
    published: normalizePublished(input.published),
    url: input.url,
    outlet: input.outlet
  };
}

// src/schemas/input.ts
import * as z6 from "zod";
var optionalText = z6.union([z6.string(), z6.number()]).nullish().transform((v) => v === null || v === void 0 || String(v).trim() === "" ? null : String(v).trim());
var InputRecord = z6.object({
  id: optionalText,
  title: z6.string().nullish().transform((v) => v && v.trim() ? v.trim() : null),
  text: z6.string({ error: "text is required and must be a string" }).refine((t) => t.trim().length > 0, "text is empty"),
  published: optionalText,
  url: optionalText,
  outlet: optionalText
});
var ArticleDoc = z6.object({
  article_id: z6.string().regex(/^[0-9a-f]{16}$/),
  content_sha256: z6.string().regex(/^[0-9a-f]{64}$/),
  title: z6.string().nullable(),
  /** headline, blank line, body: the text all offsets index */
  text: z6.string(),
  /** UTF-16 index of the body in `text` */
  body_start: z6.number().int().nonnegative(),
  source: z6.string(),
  record: z6.string().nullable(),
  published: z6.string().nullable(),
  url: z6.string().nullable(),
  outlet: z6.string().nullable()
});

// src/core/offsets.ts
var isHighSurrogate = (c) => c >= 55296 && c <= 56319;
var isLowSurrogate = (c) => c >= 56320 && c <= 57343;
var CodePointCursor = class {
  constructor(text) {
    this.text = text;
  }
  text;
  unit = 0;
  point = 0;
  toCodePoint(utf16Index) {
    if (utf16Index < this.unit) {
      this.unit = 0;
      this.point = 0;
    }
    const text = this.text;
    let u = this.unit;
    let p = this.point;
    while (u < utf16Index) {
      if (isHighSurrogate(text.charCodeAt(u)) && u + 1 < text.length && isLowSurrogate(text.charCodeAt(u + 1))) {
        if (u + 1 === utf16Index) break;
        u += 2;
      } else {
        u += 1;
      }
      p++;
    }
    this.unit = u;
    this.point = p;
    return p;
  }
};

// src/split/rules.ts
import { readFileSync as readFileSync4 } from "node:fs";
import * as z7 from "zod";
var SplitRulesFile = z7.object({
  about: z7.string().optional(),
  abbreviations: z7.object({
    title: z7.array(z7.string().min(1)),
    number: z7.array(z7.string().min(1)),
    ending: z7.array(z7.string().min(1)),
    month: z7.array(z7.string().min(1)),
    never_final: z7.array(z7.string().min(1))
  }),
  sentence_starters: z7.array(z7.string().min(1)),
  speech_verbs: z7.array(z7.string().min(1)),
  bang_names: z7.array(z7.string().regex(/[!?]$/, "a bang name ends in ! or ?"))
});
function compileSplitRules(file) {
  const a2 = file.abbreviations;
  return {
    title: new Set(a2.title),
    number: new Set(a2.number),
    ending: new Set(a2.ending),
    month: new Set(a2.month),
    neverFinal: new Set(a2.never_final),
    starters: new Set(file.sentence_starters),
    speechVerbs: new Set(file.speech_verbs),
    bangNames: file.bang_names
  };
}
function loadSplitRules(file = dataPath("split", "rules.json")) {
  const parsed = SplitRulesFile.safeParse(JSON.parse(readFileSync4(file, "utf8")));
  if (!parsed.success) throw new Error(`${file}: ${z7.prettifyError(parsed.error)}`);
  return compileSplitRules(parsed.data);
}

// src/split/split-sentences.ts
var LF = 10;
var CR = 13;
var SPACE = 32;
var TAB = 9;
var PERIOD = 46;
var QUESTION = 63;
var BANG = 33;
var ELLIPSIS = 8230;
var APOSTROPHE = 39;
var RIGHT_SINGLE = 8217;
function isSpaceCode(c) {
  if (c <= SPACE) return c === SPACE || c >= TAB && c <= CR;
  if (c < 160) return false;
  return c === 160 || c === 65279 || c === 5760 || c >= 8192 && c <= 8203 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288;
}
var isTerminatorCode = (c) => c === PERIOD || c === QUESTION || c === BANG || c === ELLIPSIS || c === 8252 || c === 8263 || c === 8264 || c === 8265;
var CLOSERS = /* @__PURE__ */ new Set([34, 39, 8221, 8217, 41, 93, 125, 187, 8250]);
var QUOTE_CLOSERS = /* @__PURE__ */ new Set([34, 39, 8221, 8217, 187, 8250]);
var OPENERS = /* @__PURE__ */ new Set([34, 39, 8220, 8216, 40, 91, 123, 171, 8249, 8222]);
var letterRe2 = /\p{L}|\p{M}/u;
var upperRe2 = /\p{Lu}|\p{Lt}/u;
var lowerRe2 = /\p{Ll}/u;
function isLetterCode(c, ch) {
  if (c < 128) return c >= 65 && c <= 90 || c >= 97 && c <= 122;
  return letterRe2.test(ch);
}
function isUpper(text, i) {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  return upperRe2.test(String.fromCodePoint(text.codePointAt(i)));
}
function isLower(text, i) {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 97 && c <= 122;
  return lowerRe2.test(String.fromCodePoint(text.codePointAt(i)));
}
var isDigitCode = (c) => c >= 48 && c <= 57;
function wordBefore(text, end) {
  let s = end;
  while (s > 0) {
    const c = text.charCodeAt(s - 1);
    if (c === PERIOD || c === APOSTROPHE || c === RIGHT_SINGLE || isDigitCode(c) || isLetterCode(c, text[s - 1])) s--;
    else if (c >= 56320 && c <= 57343 && s > 1) s -= 2;
    else break;
  }
  while (s < end && text.charCodeAt(s) === PERIOD) s++;
  return { word: text.slice(s, end), start: s };
}
function wordAt(text, start) {
  let e = start;
  while (e < text.length) {
    const c = text.charCodeAt(e);
    if (c === APOSTROPHE || c === RIGHT_SINGLE || c === 45 || isLetterCode(c, text[e])) e++;
    else break;
  }
  return text.slice(start, e);
}
function skipSpaces(text, i) {
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}
function hasBlankLine(text, from, to) {
  let newlines = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || c === 8233) {
      if (++newlines === 2) return true;
    } else if (c === CR) {
      if (text.charCodeAt(i + 1) !== LF && ++newlines === 2) return true;
    }
  }
  return false;
}
function isDottedAcronym(word) {
  if (word.indexOf(".") < 0) return false;
  return word.split(".").every((part) => part.length >= 1 && part.length <= 2);
}
var LIST_MARKER_RE = /^(?:[•·▪‣◦*●○■□►–—-]|\(?(?:\d{1,3}|[A-Za-z]|[ivxIVX]{1,4})[.)])(?=\s)/;
var CREDIT_RE = /^(?:\(?(?:Reporting|Additional reporting|Writing|Editing|Compiled|Translated) by\b|By [A-Z])/;
function lineStartsUnit(text, i) {
  const head = text.slice(i, i + 40);
  return LIST_MARKER_RE.test(head) || CREDIT_RE.test(head);
}
var SentenceSplitter = class {
  constructor(rules) {
    this.rules = rules;
  }
  rules;
  /** Splits `text` into trimmed sentences with code-point offsets. */
  split(text) {
    const spans = this.splitUtf16(text);
    const cursor = new CodePointCursor(text);
    const out = new Array(spans.length / 2);
    for (let k = 0; k < spans.length; k += 2) {
      const s = spans[k];
      const e = spans[k + 1];
      out[k / 2] = { text: text.slice(s, e), start: cursor.toCodePoint(s), end: cursor.toCodePoint(e) };
    }
    return out;
  }
  /** Sentence boundaries as a flat list of UTF-16 [start, end) pairs. */
  splitUtf16(text) {
    const out = [];
    const n = text.length;
    let segStart = -1;
    let lineStart = 0;
    let lineNumber = 0;
    const push = (s, e) => {
      while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
      if (e > s) out.push(s, e);
    };
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === LF || c === CR || c === 8232 || c === 8233) {
        const next = skipSpaces(text, i);
        if (segStart >= 0) {
          if (next >= n || hasBlankLine(text, i, next) || c === 8233 || this.singleNewlineEnds(text, segStart, lineStart, lineNumber, i, next)) {
            push(segStart, i);
            segStart = -1;
          }
        }
        lineStart = next;
        lineNumber++;
        i = next;
        continue;
      }
      if (isSpaceCode(c)) {
        i++;
        continue;
      }
      if (segStart < 0) segStart = i;
      if (isTerminatorCode(c)) {
        const end = this.boundaryAt(text, i, segStart, lineStart);
        if (end > 0) {
          push(segStart, end);
          segStart = -1;
          i = end;
        } else {
          i = -end;
        }
        continue;
      }
      i++;
    }
    if (segStart >= 0) push(segStart, n);
    return out;
  }
  /** A single line break ends a headline, a list item or a line before a credit. */
  singleNewlineEnds(text, segStart, lineStart, lineNumber, nl, next) {
    if (lineStartsUnit(text, next)) return true;
    if (segStart !== lineStart) return false;
    const line = text.slice(lineStart, nl).trimEnd();
    if (line.length === 0 || isTerminatorCode(line.charCodeAt(line.length - 1))) return false;
    if (!isUpper(text, next) && !isDigitCode(text.charCodeAt(next)) && !OPENERS.has(text.charCodeAt(next))) return false;
    if (lineNumber === 0 || lineNumber === 1 && text.slice(0, lineStart).trim() === "") return true;
    return line.split(/\s+/).every((w) => w.length <= 3 || /^[^\p{Ll}]/u.test(w));
  }
  /**
   * At a terminator at `i`: returns the index just after the sentence's last
   * character when a sentence ends here, else the negated index to go on from.
   */
  boundaryAt(text, i, segStart, lineStart) {
    const n = text.length;
    const first = text.charCodeAt(i);
    let k = i;
    let periods = 0;
    let strong = false;
    let ellipsis = first === ELLIPSIS;
    while (k < n) {
      const c = text.charCodeAt(k);
      if (c === PERIOD) {
        periods++;
        k++;
        if (text.charCodeAt(k) === SPACE && text.charCodeAt(k + 1) === PERIOD && (periods > 1 || text.charCodeAt(k + 2) === SPACE || text.charCodeAt(k + 2) === PERIOD)) {
          ellipsis = true;
          k++;
        }
      } else if (c === ELLIPSIS) {
        ellipsis = true;
        k++;
      } else if (isTerminatorCode(c)) {
        strong = true;
        k++;
      } else break;
    }
    if (periods > 1) ellipsis = true;
    let quoted = false;
    let closed = false;
    while (k < n && CLOSERS.has(text.charCodeAt(k))) {
      const c = text.charCodeAt(k);
      if ((c === APOSTROPHE || c === RIGHT_SINGLE) && k + 1 < n && isLetterCode(text.charCodeAt(k + 1), text[k + 1])) break;
      if (QUOTE_CLOSERS.has(c)) quoted = true;
      closed = true;
      k++;
    }
    if (k >= n) return n;
    if (!isSpaceCode(text.charCodeAt(k))) return -k;
    const m = skipSpaces(text, k);
    if (m >= n) return k;
    if (hasBlankLine(text, k, m)) return k;
    const nc = text.charCodeAt(m);
    if (isLower(text, m) || nc === 44 || nc === 59 || nc === 58) return -k;
    if (quoted && this.attributionFollows(text, m)) return -k;
    if (strong && !ellipsis) {
      const bang = this.rules.bangNames.find((b) => text.endsWith(b, i + 1) || text.endsWith(b, k));
      if (bang && !this.startsSentence(text, m)) return -k;
      return k;
    }
    if (ellipsis || strong || closed) return k;
    return this.periodEnds(text, i, m, segStart, lineStart) ? k : -k;
  }
  /** “…!” Smith shouted. — a capitalised name then a speech verb continues the sentence. */
  attributionFollows(text, m) {
    let p = m;
    for (let w = 0; w < 4; w++) {
      const word = wordAt(text, p);
      if (word.length === 0) return false;
      if (this.rules.speechVerbs.has(word)) return w > 0;
      if (w === 0 && this.rules.starters.has(word)) return false;
      if (!isUpper(text, p)) return false;
      p += word.length;
      if (text.charCodeAt(p) === PERIOD) p++;
      if (p >= text.length || !isSpaceCode(text.charCodeAt(p))) return false;
      p = skipSpaces(text, p);
    }
    return false;
  }
  startsSentence(text, m) {
    const nc = text.charCodeAt(m);
    if (OPENERS.has(nc)) return true;
    return this.rules.starters.has(wordAt(text, m));
  }
  has(set, word) {
    return set.has(word) || set.has(word.toLowerCase());
  }
  /** A single period at `i` with the next sentence's first character at `m`. */
  periodEnds(text, i, m, segStart, lineStart) {
    const rules = this.rules;
    const { word, start } = wordBefore(text, i);
    const nextIsDigit = isDigitCode(text.charCodeAt(m));
    if (word.length === 0) return true;
    if (start === lineStart && start === segStart && /^(?:\d{1,3}|[A-Za-z]|[ivxIVX]{1,4})$/.test(word)) return false;
    if (this.has(rules.neverFinal, word)) return false;
    if (rules.title.has(word)) return !(isUpper(text, m) || nextIsDigit);
    if (this.has(rules.number, word) && nextIsDigit) return false;
    if (rules.month.has(word)) return nextIsDigit ? false : this.startsSentence(text, m);
    if (this.has(rules.ending, word)) return this.startsSentence(text, m);
    if (isDottedAcronym(word)) return this.startsSentence(text, m);
    if (word.length === 1 && isUpper(text, start)) {
      if (start === segStart || isUpper(text, m) && text.charCodeAt(m + 1) === PERIOD) return false;
      const prev = wordBefore(text, skipBackSpaces(text, start));
      if (prev.word.length === 0) return this.startsSentence(text, m);
      return isLower(text, prev.start);
    }
    return true;
  }
};
function skipBackSpaces(text, i) {
  while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) i--;
  return i;
}

// src/stages/split.ts
function splitArticle(article, splitter) {
  const units = [];
  if (article.title) units.push({ index: 0, start: 0, end: article.title.length });
  const body = article.text.slice(article.body_start);
  const spans = splitter.splitUtf16(body);
  for (let k = 0; k < spans.length; k += 2) {
    units.push({ index: k / 2 + 1, start: article.body_start + spans[k], end: article.body_start + spans[k + 1] });
  }
  return units;
}

// src/stance/detect.ts
var RELATIVE = /* @__PURE__ */ new Set(["who", "which", "whose", "whom"]);
var WINDOW = 60;
function within(sorted, from, to) {
  const lo = firstAtOrAfter(sorted, from, (m) => m.first);
  let end = lo;
  while (end < sorted.length && sorted[end].first <= to) end++;
  return lo === 0 && end === sorted.length ? sorted : sorted.slice(lo, end);
}
var SUBORDINATORS = /* @__PURE__ */ new Set(["while", "although", "though", "whereas", "because", "since", "if", "when", "after", "before", "as", "unless", "until"]);
var BACKGROUND_OPENERS = /* @__PURE__ */ new Set(["since", "because", "as"]);
var PREDICATE_START = /* @__PURE__ */ new Set(["would", "could", "will", "should", "can", "may", "might", "must", "is", "are", "was", "were", "has", "have", "had", "that", "who", "which"]);
var EFFORT_NOUNS = /* @__PURE__ */ new Set(["efforts", "effort", "bid", "bids", "attempt", "attempts", "plan", "plans", "push", "move", "moves", "decision", "readiness", "willingness", "pledge", "promise", "call", "calls", "demand", "demands", "offer", "proposal", "campaign", "drive", "failure", "refusal", "reluctance", "determination", "commitment", "intention", "threat", "threats", "vow"]);
var round = (x) => Math.round(x * 100) / 100;
var StanceDetector = class {
  constructor(lexicon, kb, speechVerbs) {
    this.lexicon = lexicon;
    this.kb = kb;
    this.speechVerbs = speechVerbs;
  }
  lexicon;
  kb;
  speechVerbs;
  /** for the sentence being read: which mention covers each token (-1: none) */
  inside = new Int32Array(0);
  /** the article's own actors (people it discovered among them), read before the dictionaries */
  articleActors = /* @__PURE__ */ new Map();
  typeOf(actorId) {
    return (this.articleActors.get(actorId) ?? this.kb.actors.get(actorId))?.type;
  }
  detect(s, previous, articleActors = /* @__PURE__ */ new Map()) {
    this.articleActors = articleActors;
    const { tokens } = s;
    const actors = s.mentions.filter((m) => m.role === "actor" && !this.isReporter(s, m)).sort((a2, b) => a2.first - b.first);
    const inRelative = this.relativeClauses(tokens);
    const inside = new Int32Array(tokens.length).fill(-1);
    s.mentions.forEach((m, k) => inside.fill(k, m.first, m.last));
    this.inside = inside;
    const hits = [];
    for (const match of this.lexicon.trie.findAll(tokens)) {
      if (inRelative[match.first] && match.payloads[0].label !== "refusal_to_comment") continue;
      if (inside[match.first] >= 0 && inside[match.first] === inside[match.last - 1]) continue;
      const entry = match.payloads[0];
      hits.push(this.qualify(entry, match.first, match.last, tokens));
    }
    hits.forEach((h, k) => {
      for (let j = k - 1; j >= 0 && hits[j].first >= h.first - 12; j--) {
        const a2 = hits[j];
        if (a2.entry.attitude && a2.last <= h.first && h.first - a2.last <= 6 && !this.breakBetween(tokens, a2.last, h.first) && h.entry.pos !== "phrase") {
          h.dropped = true;
          break;
        }
      }
    });
    const relations = [];
    const labelScore = /* @__PURE__ */ new Map();
    const cues = [];
    let lastCoop;
    hits.forEach((h, k) => {
      if (h.dropped || h.confidence <= 0) return;
      const surface = this.surface(s, h.first, h.last);
      const near = within(actors, h.first - WINDOW, h.last + WINDOW);
      const { sources, targets: found2 } = this.participants(s, near, h, previous);
      const targets = found2.filter((t) => !sources.some((x) => t.startsWith(x) || x.startsWith(t)));
      const hasActors = sources.length > 0;
      const background = this.inReasonClause(tokens, h.first) || this.inPurposeClause(tokens, hits, k);
      const alone = h.entry.mutual && h.label === "cooperation" && targets.length === 0 && sources.length < 2;
      labelScore.set(h.label, (labelScore.get(h.label) ?? 0) + h.confidence * (hasActors ? 1 : 0.5) * (background ? 0.3 : 1) * (alone ? 0.4 : 1));
      cues.push(surface);
      if (!hasActors) return;
      let pairs = [];
      if (h.label === "refusal_to_comment") pairs = sources.map((x) => [x, null]);
      else if (targets.length) pairs = sources.flatMap((x) => targets.filter((t) => t !== x).map((t) => [x, t]));
      else if (sources.length > 1 && this.reciprocal(tokens, h.last)) pairs = [[sources[0], sources[1]], [sources[1], sources[0]]];
      else if (sources.length > 1 && (h.entry.mutual || h.label === "cooperation")) pairs = [[sources[0], sources[1]]];
      else if (h.entry.mutual && h.label === "cooperation" && lastCoop && lastCoop.sources.some((x) => sources.includes(x))) pairs = [];
      for (const [source, target] of pairs) {
        relations.push({
          sentence: s.index,
          source,
          target,
          stance: h.label,
          confidence: round(Math.min(1, h.confidence)),
          cue: surface,
          negated: h.negated,
          cameo: h.entry.cameo ?? null
        });
      }
      if (h.label === "cooperation" && pairs.length) lastCoop = { sources, targets };
    });
    return this.label(this.dedupe(relations), labelScore, cues);
  }
  label(relations, scores, cues) {
    if (relations.some((r) => r.stance === "refusal_to_comment") || (scores.get("refusal_to_comment") ?? 0) >= 0.4) {
      const found2 = relations.filter((r) => r.stance === "refusal_to_comment").map((r) => r.confidence);
      const conf = found2.length ? Math.max(...found2) : round(Math.min(0.9, scores.get("refusal_to_comment")));
      return { stance: "refusal_to_comment", confidence: conf, cues, relations };
    }
    let best = "neutral";
    let bestScore = 0.28;
    for (const [label, score] of scores) {
      if (score > bestScore) {
        best = label;
        bestScore = score;
      }
    }
    const total = [...scores.values()].reduce((a2, b) => a2 + b, 0);
    const confidence = best === "neutral" ? round(1 - Math.min(0.9, total)) : round(Math.min(0.99, bestScore / Math.max(total, 1e-9) * Math.min(1, bestScore)));
    return { stance: best, confidence: Math.max(0.05, confidence), cues, relations };
  }
  dedupe(relations) {
    const byKey = /* @__PURE__ */ new Map();
    for (const r of relations) {
      const key = `${r.source}|${r.target}|${r.stance}`;
      const old = byKey.get(key);
      if (!old || r.confidence > old.confidence) byKey.set(key, r);
    }
    return [...byKey.values()];
  }
  /** "accused each other", "blamed one another" */
  reciprocal(tokens, at) {
    for (let i = at; i < at + 4 && i < tokens.length - 1; i++) {
      const a2 = tokens[i].key;
      const b = tokens[i + 1].key;
      if (a2 === "each" && b === "other" || a2 === "one" && b === "another") return true;
    }
    return false;
  }
  /** The cue as written: its tokens, with a space where the text has one. */
  surface(s, first, last) {
    let out = s.tokens[first].text;
    for (let i = first + 1; i < last; i++) out += (s.tokens[i].start > s.tokens[i - 1].end ? " " : "") + s.tokens[i].text;
    return out;
  }
  /** Negation and modality around a cue: cancel, flip to opposition, or lower confidence. */
  qualify(entry, first, last, tokens) {
    const mods = this.lexicon.modifiers;
    let label = entry.label;
    let negated = false;
    let confidence = entry.weight;
    if (label !== "refusal_to_comment") {
      let negator = false;
      let refuser = false;
      let withdrawer = false;
      let modal = false;
      for (let i = first - 1; i >= 0 && i >= first - 5; i--) {
        const k = tokens[i].key;
        if (mods.clauseBreaks.has(k) || k === ",") break;
        if (mods.refusers.has(k) || (k === "not" || k === "never") && (tokens[i - 1]?.key === "will" || tokens[i - 1]?.key === "wo")) refuser = true;
        else if (k === "longer" && tokens[i - 1]?.key === "no") withdrawer = true;
        else if (mods.withdrawers.has(k) && i === first - 1) withdrawer = true;
        else if (mods.negators.has(k)) negator = true;
        if (mods.modals.has(k)) modal = true;
      }
      if (refuser || withdrawer || negator) {
        negated = true;
        const rule = entry.negated ?? (label === "cooperation" && (refuser || withdrawer) ? "opposition" : "cancel");
        if (rule === "cancel") confidence = 0;
        else if (rule === "opposition") {
          label = "opposition";
          confidence = Math.max(confidence * 0.85, entry.negated === "opposition" ? 0.7 : 0);
        }
      }
      if (modal) confidence *= 0.8;
    }
    return { entry, first, last, label, negated, confidence };
  }
  /**
   * Marks background tokens, not the sentence's stance: ", who … ," and ", which … ,"
   * clauses, and a reporter's question ("Asked if he wanted to comment on the offer, …").
   */
  relativeClauses(tokens) {
    const inside = new Array(tokens.length).fill(false);
    if (tokens[0]?.key === "asked" && /^(?:if|whether|about|why|what|how|when)$/.test(tokens[1]?.key ?? "")) {
      for (let j = 0; j < tokens.length && tokens[j].text !== ","; j++) inside[j] = true;
    }
    for (let i = 1; i < tokens.length; i++) {
      if (tokens[i - 1].text !== "," || !RELATIVE.has(tokens[i].key)) continue;
      let j = i;
      while (j < tokens.length && tokens[j].text !== ",") inside[j++] = true;
    }
    return inside;
  }
  breakBetween(tokens, a2, b) {
    for (let i = a2; i < b; i++) if (this.lexicon.modifiers.clauseBreaks.has(tokens[i].key)) return true;
    return false;
  }
  /** A news organisation that only reports ("the Post reported", "according to Reuters") takes no stance. */
  isReporter(s, m) {
    const t = s.tokens;
    const k1 = t[m.first - 1]?.key;
    const k2 = t[m.first - 2]?.key;
    if (k2 === "according" && k1 === "to" || t[m.first - 3]?.key === "according" && k2 === "to" && k1 === "the") return true;
    if (this.typeOf(m.actorId) !== "media") return false;
    const after = t[m.last]?.key ?? "";
    return this.lexicon.modifiers.reporting.has(after) || this.speechVerbs.has(after) || t[m.first - 1]?.text === "(";
  }
  groupOf(actors, m) {
    if (!m.group) return [m.actorId];
    return [...new Set(actors.filter((x) => x.group === m.group).map((x) => x.actorId))];
  }
  clauseStart(tokens, at) {
    const floor = Math.max(0, at - WINDOW);
    for (let i = at - 1; i >= floor; i--) {
      const k = tokens[i].key;
      if (k === "\u2014" || k === "\u2013" || k === ")") {
        const open = k === ")" ? "(" : k;
        let j = i - 1;
        while (j >= floor && tokens[j].key !== open) j--;
        if (j >= floor) {
          i = j;
          continue;
        }
      }
      if (this.lexicon.modifiers.clauseBreaks.has(k)) return i + 1;
      if (k === "," && this.subordinateBefore(tokens, i)) return i + 1;
      if ((k === "and" || k === "or") && tokens[i - 1]?.text === ",") return i + 1;
    }
    return floor;
  }
  /** Who takes the stance and toward whom. */
  participants(s, actors, h, previous) {
    const { tokens } = s;
    const mods = this.lexicon.modifiers;
    if (tokens[h.last]?.key === "between" || tokens[h.last]?.key === "in" && tokens[h.last + 1]?.key === "place" && tokens[h.last + 2]?.key === "between") {
      const at = tokens[h.last].key === "between" ? h.last + 1 : h.last + 3;
      const x = actors.find((m) => m.first >= at && m.first <= at + 1);
      const y = x && actors.find((m) => m.first > x.last && m.first <= x.last + 3 && tokens.slice(x.last, m.first).some((t) => t.key === "and"));
      if (x && y && x.actorId !== y.actorId) return { sources: [x.actorId], targets: [y.actorId] };
    }
    if (h.entry.pos === "verb" && /ed$/.test(tokens[h.first].key) && tokens[h.last]?.key === "by") {
      const agent = actors.find((m) => m.first > h.last && m.first <= h.last + 2);
      const patient = actors.find((m) => m.last === h.first);
      if (agent && patient) return { sources: this.groupOf(actors, agent), targets: this.groupOf(actors, patient) };
    }
    const beAt = mods.beForms.has(tokens[h.first - 1]?.key ?? "") ? h.first - 1 : /ly$/.test(tokens[h.first - 1]?.key ?? "") && mods.beForms.has(tokens[h.first - 2]?.key ?? "") ? h.first - 2 : -1;
    if (h.entry.pos === "verb" && beAt >= 0) {
      for (let i = h.last; i < tokens.length && i < h.last + 8; i++) {
        if (tokens[i].key !== "by") continue;
        const agent = actors.find((m) => m.first > i && m.first <= i + 3);
        if (!agent) break;
        const subjectEnd = beAt;
        const start2 = this.clauseStart(tokens, subjectEnd);
        const subject = actors.find((m) => m.first >= start2 && m.last <= subjectEnd);
        return { sources: this.groupOf(actors, agent), targets: subject ? this.groupOf(actors, subject) : [] };
      }
    }
    const start = this.clauseStart(tokens, h.first);
    let sources = this.ownerOf(tokens, actors, h);
    if (!sources.length && h.label === "refusal_to_comment" && /^(?:and|but)$/.test(tokens[h.first - 1]?.key ?? "")) {
      const subject = actors.find((m) => m.last <= h.first && !this.isObjectOfPreposition(tokens, m));
      if (subject) sources = this.groupOf(actors, subject);
    }
    if (!sources.length) {
      let from = start;
      for (let i = h.first - 1; i >= start; i--) {
        if (this.speechVerbs.has(tokens[i].key) && this.inside[i] < 0 && actors.some((m) => m.first > i && m.last <= h.first)) {
          from = i + 1;
          break;
        }
      }
      const subject = actors.find((m) => m.first >= from && m.last <= h.first && !this.isObjectOfPreposition(tokens, m));
      if (subject) sources = this.groupOf(actors, subject);
    }
    if (!sources.length) {
      if (s.quoted[h.first] && s.speaker) sources = [s.speaker];
      else if (h.label === "refusal_to_comment") {
        const subject = actors.find((m) => m.last <= h.first && !this.isObjectOfPreposition(tokens, m));
        if (subject) sources = this.groupOf(actors, subject);
      }
      if (!sources.length && s.speaker && !actors.some((m) => m.last <= h.first)) sources = [s.speaker];
    }
    if (h.label === "refusal_to_comment") return { sources, targets: [] };
    let targets = [];
    const limit = Math.min(tokens.length, h.last + 14);
    for (let i = h.last; i < limit; i++) {
      const k = tokens[i].key;
      if (h.label === "cooperation" && k === "against") break;
      if (i > h.last && (mods.clauseBreaks.has(k) || PREDICATE_START.has(k))) break;
      const m = actors.find((x) => x.first === i);
      if (m && !sources.includes(m.actorId)) {
        targets = this.groupOf(actors, m).filter((t) => !sources.includes(t));
        break;
      }
    }
    if (!targets.length && h.entry.pos === "noun") {
      const sourceEnd = Math.max(start, ...actors.filter((m) => sources.includes(m.actorId) && m.last <= h.first).map((m) => m.last));
      const before = actors.filter((m) => m.first >= sourceEnd && m.last <= h.first && !sources.includes(m.actorId)).pop();
      if (before) targets = this.groupOf(actors, before).filter((t) => !sources.includes(t));
    }
    if (!targets.length && h.entry.mutual && h.label === "cooperation" && sources.length === 1) {
      let skip = false;
      for (let i = h.last; i < tokens.length; i++) {
        const k = tokens[i].key;
        if (k === "against") skip = true;
        else if (k === "and" || k === "," || mods.clauseBreaks.has(k)) skip = false;
        const m = actors.find((x) => x.first === i);
        if (m && !skip && !sources.includes(m.actorId) && this.typeOf(m.actorId) !== "person") {
          targets = [m.actorId];
          break;
        }
      }
    }
    if (!targets.length && previous && /^(?:the|this|that|its|his|her|their)$/.test(tokens[h.last]?.key ?? "") && /^(?:proposal|offer|plan|deal|idea|initiative|report|request|move|decision|agreement|demand|call|statement|plea|ultimatum|accusation|accusations|claim|claims)s?$/.test(tokens[h.last + 1]?.key ?? "")) {
      const prior = previous.mentions.find((m) => m.role === "actor" && !sources.includes(m.actorId) && this.typeOf(m.actorId) !== "media");
      if (prior) targets = [prior.actorId];
    }
    return { sources, targets };
  }
  /**
   * The owner of a cue: "Washington's reluctance to cooperate", "Putin's efforts
   * to shore up", "US efforts to press him", "Beijing's condemnation".
   */
  ownerOf(tokens, actors, h) {
    if (h.entry.pos === "phrase" || h.entry.pos === "adjective") return [];
    let i = h.first - 1;
    if (h.entry.pos === "verb" || tokens[i]?.key === "to") {
      if (tokens[i]?.key !== "to") return [];
      i--;
      if (!EFFORT_NOUNS.has(tokens[i]?.key ?? "") && !this.lexicon.modifiers.refusers.has(tokens[i]?.key ?? "")) return [];
      i--;
    } else if (h.entry.pos === "noun" && !this.lexicon.modifiers.refusers.has(tokens[i]?.key ?? "")) {
      if (tokens[i]?.key !== "'s" && tokens[i - 1]?.key === "'s" && /^\p{Ll}/u.test(tokens[i].text)) i--;
    } else i--;
    if (tokens[i]?.key === "'s") i--;
    const owner = actors.find((m) => m.last === i + 1);
    return owner ? this.groupOf(actors, owner) : [];
  }
  /** A cue after "since", "because": a reason given for the main clause. */
  inReasonClause(tokens, at) {
    for (let i = at - 1; i >= Math.max(0, at - WINDOW); i--) if (BACKGROUND_OPENERS.has(tokens[i].key) && (i === 0 || tokens[i - 1].text === ",")) return true;
    return false;
  }
  /** "set up a joint command to direct air strikes against …": the cue after "to" serves the earlier one;
   * ", fighting alongside …": a participle clause adds to the main one. */
  inPurposeClause(tokens, hits, k) {
    const h = hits[k];
    for (let i = h.first; i >= Math.max(1, h.first - WINDOW); i--) {
      const k2 = tokens[i].key;
      if (tokens[i - 1].text === "," && /ing$/.test(k2) && k2.length > 5) return true;
      if (this.lexicon.modifiers.clauseBreaks.has(k2) || tokens[i].text === ",") break;
    }
    for (let j = k - 1; j >= 0 && hits[j].first >= h.first - 16; j--) {
      const o = hits[j];
      if (!o.dropped && o.confidence > 0 && o.last <= h.first && h.first - o.last <= 8 && tokens.slice(o.last, h.first).some((t) => t.key === "to") && !this.breakBetween(tokens, o.last, h.first)) return true;
    }
    return false;
  }
  /** Does a subordinate clause (while, although, because …) open before the comma at `comma`, with no other break between? */
  subordinateBefore(tokens, comma) {
    for (let i = comma - 1; i >= Math.max(0, comma - WINDOW); i--) {
      const k = tokens[i].key;
      if (SUBORDINATORS.has(k)) return true;
      if (k === "," || k === ";" || k === ".") return false;
    }
    return false;
  }
  isObjectOfPreposition(tokens, m) {
    let p = m.first - 1;
    if (tokens[p]?.key === "the") p--;
    const k = tokens[p]?.key ?? "";
    return ["of", "with", "against", "to", "in", "on", "for", "from", "at", "by", "between", "toward", "towards", "including"].includes(k);
  }
};

// src/stance/lexicon.ts
import { readFileSync as readFileSync5, readdirSync } from "node:fs";
import path3 from "node:path";
import * as z8 from "zod";

// src/stance/inflect.ts
var VOWEL = /[aeiou]/;
function doublesFinal(verb) {
  return /^[^aeiou]*[aeiou][bdgklmnprtv]$/.test(verb) || /(?:^|[^aeiou])(?:ref|comm|contr|ad|rebu|reb|ab|ex|imp|prop|pat|rob|omit|permit|submit|admit|commit|regret|abet|upset|extol)$/.test(verb) && /[aeiou][bdgklmnprt]$/.test(verb);
}
function verbForms(verb) {
  const forms2 = /* @__PURE__ */ new Set([verb]);
  if (/(?:s|sh|ch|x|z|o)$/.test(verb)) forms2.add(`${verb}es`);
  else if (/[^aeiou]y$/.test(verb)) forms2.add(`${verb.slice(0, -1)}ies`);
  else forms2.add(`${verb}s`);
  let stem = verb;
  if (/e$/.test(verb)) stem = verb.slice(0, -1);
  else if (/[^aeiou]y$/.test(verb)) stem = `${verb.slice(0, -1)}i`;
  else if (doublesFinal(verb)) stem = verb + verb.at(-1);
  forms2.add(/e$/.test(verb) ? `${verb}d` : `${stem}ed`);
  forms2.add(/ie$/.test(verb) ? `${verb.slice(0, -2)}ying` : /[^aeiou]y$/.test(verb) ? `${verb}ing` : `${/e$/.test(verb) && !/(?:ee|ye|oe)$/.test(verb) ? verb.slice(0, -1) : stem === verb + verb.at(-1) ? stem : verb}ing`);
  return [...forms2].filter((f) => VOWEL.test(f) || f.length > 2);
}
function nounForms(noun) {
  const forms2 = /* @__PURE__ */ new Set([noun]);
  if (/(?:s|sh|ch|x|z)$/.test(noun)) forms2.add(`${noun}es`);
  else if (/[^aeiou]y$/.test(noun)) forms2.add(`${noun.slice(0, -1)}ies`);
  else forms2.add(`${noun}s`);
  return [...forms2];
}

// src/stance/lexicon.ts
var IrregularFile = z8.object({ about: z8.string().optional(), forms: z8.record(z8.string(), z8.array(z8.string())) });
var ModifiersFile = z8.object({
  about: z8.string().optional(),
  negators: z8.array(z8.string()),
  refusers: z8.array(z8.string()),
  withdrawers: z8.array(z8.string()),
  modals: z8.array(z8.string()),
  be_forms: z8.array(z8.string()),
  clause_breaks: z8.array(z8.string()),
  reporting_phrases: z8.array(z8.string()),
  target_prepositions: z8.array(z8.string())
});
function readJson(file, schema) {
  const parsed = schema.safeParse(JSON.parse(readFileSync5(file, "utf8")));
  if (!parsed.success) throw new Error(`${file}: ${z8.prettifyError(parsed.error)}`);
  return parsed.data;
}
function cueForms(entry, irregular) {
  const words = entry.cue.split(" ");
  if (entry.pos === "verb") {
    const head = words[0].toLowerCase();
    const rest = words.slice(1).join(" ");
    const heads = /* @__PURE__ */ new Set([...verbForms(head), ...irregular[head] ?? []]);
    const out = new Set(irregular[entry.cue.toLowerCase()]?.filter((f) => f.includes(" ")) ?? []);
    for (const f of entry.forms) out.add(f.includes(" ") ? f : [f, rest].filter(Boolean).join(" "));
    for (const h of heads) out.add([h, rest].filter(Boolean).join(" "));
    return [...out];
  }
  if (entry.pos === "noun" && words.length === 1) return [.../* @__PURE__ */ new Set([...nounForms(entry.cue), ...entry.forms])];
  if (entry.pos === "noun") {
    const last = words.pop();
    return [.../* @__PURE__ */ new Set([...nounForms(last).map((f) => [...words, f].join(" ")), ...entry.forms])];
  }
  return [entry.cue, ...entry.forms];
}
function loadCueLexicon(dir = dataPath("cues"), extra = []) {
  const irregular = readJson(path3.join(dir, "irregular-verbs.json"), IrregularFile).forms;
  const m = readJson(path3.join(dir, "modifiers.json"), ModifiersFile);
  const files = [...readdirSync(dir).filter((f) => f.endsWith(".jsonl")).sort().map((f) => path3.join(dir, f)), ...extra];
  const trie = new PhraseTrie();
  const entries = [];
  for (const file of files) {
    for (const entry of loadJsonl(file, CueEntry)) {
      entries.push(entry);
      for (const form of cueForms(entry, irregular)) trie.add(form, entry, false);
    }
  }
  return {
    trie,
    entries,
    files: [path3.join(dir, "irregular-verbs.json"), path3.join(dir, "modifiers.json"), ...files],
    modifiers: {
      negators: new Set(m.negators),
      refusers: new Set(m.refusers),
      withdrawers: new Set(m.withdrawers),
      modals: new Set(m.modals),
      beForms: new Set(m.be_forms),
      clauseBreaks: new Set(m.clause_breaks),
      reporting: new Set(m.reporting_phrases),
      targetPrepositions: new Set(m.target_prepositions)
    }
  };
}

// src/stance/sentiment.ts
import { readFileSync as readFileSync6 } from "node:fs";
import { createRequire } from "node:module";
import Sentiment from "sentiment";
import * as z9 from "zod";
var require2 = createRequire(import.meta.url);
var SentimentFile = z9.object({ about: z9.string().optional(), scores: z9.record(z9.string(), z9.number().int().min(-5).max(5)) });
var SentimentScorer = class _SentimentScorer {
  sentiment = new Sentiment();
  static registered = false;
  constructor(file = dataPath("cues", "sentiment.json")) {
    if (!_SentimentScorer.registered) {
      const parsed = SentimentFile.safeParse(JSON.parse(readFileSync6(file, "utf8")));
      if (!parsed.success) throw new Error(`${file}: ${z9.prettifyError(parsed.error)}`);
      const english = JSON.parse(readFileSync6(require2.resolve("sentiment/languages/en/labels.json"), "utf8"));
      const negators = JSON.parse(readFileSync6(require2.resolve("sentiment/languages/en/negators.json"), "utf8"));
      this.sentiment.registerLanguage("geo", {
        labels: { ...english, ...parsed.data.scores },
        scoringStrategy: {
          apply(tokens, cursor, score) {
            return cursor > 0 && negators[tokens[cursor - 1]] ? -score : score;
          }
        }
      });
      _SentimentScorer.registered = true;
    }
  }
  score(text) {
    return this.sentiment.analyze(text.replace(/[’‘]/g, "'"), { language: "geo" }).score;
  }
};

// src/version.ts
import { readFileSync as readFileSync7 } from "node:fs";
var VERSION = JSON.parse(readFileSync7(new URL("../package.json", import.meta.url), "utf8")).version;

// src/analyze.ts
var Analyzer = class {
  kb;
  grammar;
  splitter;
  resolver;
  lexicon;
  detector;
  sentiment;
  /** hashes of the rule files each stage depends on: a change re-runs that stage and the ones after it */
  hashes;
  constructor(options = {}) {
    const splitRules = dataPath("split", "rules.json");
    this.splitter = new SentenceSplitter(loadSplitRules(splitRules));
    this.kb = loadProjectKnowledge();
    loadExternalDictionaries(this.kb, options.actors ?? [], options.agents ?? []);
    this.grammar = loadGrammar();
    this.resolver = new ActorResolver(this.kb, this.grammar);
    this.lexicon = loadCueLexicon();
    this.detector = new StanceDetector(this.lexicon, this.kb, this.grammar.speechVerbs);
    this.sentiment = new SentimentScorer();
    this.hashes = rulesHashes(options);
  }
  split(article) {
    return splitArticle(article, this.splitter);
  }
  actors(article, units) {
    return this.resolver.analyse(article.text, units, article.published);
  }
  stance(article, analysis) {
    const sentences = [];
    const relations = [];
    let previous;
    const articleActors = new Map(analysis.actors.map((a2) => [a2.id, a2]));
    for (const s of analysis.sentences) {
      const result = this.detector.detect(s, previous, articleActors);
      relations.push(...result.relations);
      sentences.push({
        index: s.index,
        stance: result.stance,
        confidence: result.confidence,
        cues: result.cues,
        sentiment: this.sentiment.score(article.text.slice(s.start, s.end))
      });
      previous = s;
    }
    return { sentences, relations };
  }
  analyze(article) {
    const units = this.split(article);
    const actors = this.actors(article, units);
    return { article, units, actors, stance: this.stance(article, actors) };
  }
};
function rulesHashes(options = {}) {
  const hashFiles = (files) => sha256(files.filter((f) => existsSync2(f)).map((f) => sha256(readFileSync8(f))).join(":")).slice(0, 16);
  const split = sha256(`${VERSION}:${hashFiles([dataPath("split", "rules.json")])}`).slice(0, 16);
  const actorFiles = [...Object.values(DEFAULT_FILES), dataPath("actors", "grammar.json"), ...options.actors ?? [], ...options.agents ?? []];
  const actors = sha256(`${split}:${hashFiles(actorFiles)}:${countriesVersion()}`).slice(0, 16);
  const cueDir = dataPath("cues");
  const cueFiles = readdirSync2(cueDir).filter((f) => /\.(jsonl?|json)$/.test(f)).sort().map((f) => path4.join(cueDir, f));
  const stance = sha256(`${actors}:${hashFiles(cueFiles)}`).slice(0, 16);
  return { split, actors, stance };
}
function countriesVersion() {
  const pkg = JSON.parse(readFileSync8(createRequire2(import.meta.url).resolve("world-countries/package.json"), "utf8"));
  return pkg.version;
}

// bench/corpus.ts
import path6 from "node:path";

// src/ingest/read-inputs.ts
import { readdirSync as readdirSync3, readFileSync as readFileSync9, statSync } from "node:fs";
import path5 from "node:path";
import Papa from "papaparse";
import * as z10 from "zod";

// src/core/messages.ts
var CODES = {
  E_READ: "the file cannot be read",
  E_ENCODING: "the file is not valid UTF-8",
  E_FORMAT: "the file type is not one of .txt, .json, .jsonl, .csv",
  E_JSON: "malformed JSON",
  E_CSV: "malformed CSV",
  E_SCHEMA: "the record does not have the expected fields",
  E_EMPTY: "the article has no text",
  E_DUPLICATE: "the same article (same normalised content) was already read in this run",
  E_STAGE: "a stage failed on this article"
};
function message(source, record4, code, detail) {
  return { source, record: record4, code, reason: detail ? `${CODES[code]}: ${detail}` : CODES[code] };
}

// src/ingest/read-inputs.ts
var INPUT_EXTENSIONS = [".txt", ".json", ".jsonl", ".csv"];
function listInputs(inputs) {
  const files = [];
  const rejects = [];
  for (const input of inputs) {
    let stat;
    try {
      stat = statSync(input);
    } catch (e) {
      rejects.push(message(input, null, "E_READ", e.message));
      continue;
    }
    if (stat.isDirectory()) {
      const names = readdirSync3(input, { recursive: true }).filter((name) => INPUT_EXTENSIONS.includes(path5.extname(name).toLowerCase())).sort();
      for (const name of names) files.push({ path: path5.join(input, name), source: name.split(path5.sep).join("/") });
    } else if (INPUT_EXTENSIONS.includes(path5.extname(input).toLowerCase())) {
      files.push({ path: input, source: path5.basename(input) });
    } else {
      rejects.push(message(path5.basename(input), null, "E_FORMAT", `got ${path5.extname(input) || "no extension"}`));
    }
  }
  return { files, rejects };
}
var decoder = new TextDecoder("utf-8", { fatal: true });
function readInputFile(file) {
  let content;
  try {
    const bytes2 = readFileSync9(file.path);
    content = decoder.decode(bytes2);
  } catch (e) {
    const code = e instanceof TypeError ? "E_ENCODING" : "E_READ";
    return { articles: [], rejects: [message(file.source, null, code, e.message)] };
  }
  switch (path5.extname(file.path).toLowerCase()) {
    case ".txt":
      return fromTxt(content, file.source);
    case ".json":
      return fromJson(content, file.source);
    case ".jsonl":
      return fromJsonl(content, file.source);
    default:
      return fromCsv(content, file.source);
  }
}
function fromTxt(content, source) {
  const text = cleanText(content);
  const lines = text.split("\n");
  const first = lines.findIndex((l) => l.trim() !== "");
  if (first < 0) return { articles: [], rejects: [message(source, null, "E_EMPTY")] };
  const title = lines[first].trim();
  const body = lines.slice(first + 1).join("\n").trim();
  if (!body) return { articles: [], rejects: [message(source, null, "E_EMPTY", "only a headline, no body")] };
  return validated([{ raw: { title, text: body }, position: null }], source);
}
function fromJson(content, source) {
  let data;
  try {
    data = JSON.parse(cleanText(content));
  } catch (e) {
    return { articles: [], rejects: [message(source, null, "E_JSON", e.message)] };
  }
  const list = Array.isArray(data) ? data : [data];
  return validated(list.map((raw, i) => ({ raw, position: i + 1 })), source);
}
function fromJsonl(content, source) {
  const rows = [];
  const rejects = [];
  cleanText(content).split("\n").forEach((line, i) => {
    if (line.trim() === "") return;
    try {
      rows.push({ raw: JSON.parse(line), position: i + 1 });
    } catch (e) {
      rejects.push(message(source, String(i + 1), "E_JSON", `line ${i + 1}: ${e.message}`));
    }
  });
  const result = validated(rows, source);
  return { articles: result.articles, rejects: [...rejects, ...result.rejects] };
}
function fromCsv(content, source) {
  const parsed = Papa.parse(cleanText(content), { header: true, skipEmptyLines: "greedy" });
  const rejects = [];
  const badRows = /* @__PURE__ */ new Set();
  for (const err of parsed.errors) {
    if (err.row === void 0) {
      rejects.push(message(source, null, "E_CSV", err.message));
    } else {
      badRows.add(err.row);
      rejects.push(message(source, String(err.row + 1), "E_CSV", `row ${err.row + 1}: ${err.message}`));
    }
  }
  if (!parsed.meta.fields?.includes("text")) {
    return { articles: [], rejects: [message(source, null, "E_SCHEMA", 'no "text" column in the header')] };
  }
  const rows = parsed.data.map((raw, i) => ({ raw, position: i + 1 })).filter((r) => !badRows.has(r.position - 1));
  const result = validated(rows, source);
  return { articles: result.articles, rejects: [...rejects, ...result.rejects] };
}
function validated(rows, source) {
  const articles2 = [];
  const rejects = [];
  for (const { raw, position } of rows) {
    const parsed = InputRecord.safeParse(raw);
    const fallbackId = raw && typeof raw === "object" && "id" in raw ? String(raw.id) : null;
    const where = position === null ? null : String(position);
    if (!parsed.success) {
      const isEmpty = parsed.error.issues.some((i) => i.message === "text is empty");
      rejects.push(message(source, fallbackId ?? where, isEmpty ? "E_EMPTY" : "E_SCHEMA", z10.prettifyError(parsed.error).replace(/\n/g, " ")));
      continue;
    }
    const record4 = position === null ? null : parsed.data.id ?? where;
    articles2.push(toArticleDoc(parsed.data, { source, record: record4 }));
  }
  return { articles: articles2, rejects };
}
function ingest(inputs) {
  const listed = listInputs(inputs);
  const rejects = [...listed.rejects];
  const seen = /* @__PURE__ */ new Map();
  for (const file of listed.files) {
    const result = readInputFile(file);
    rejects.push(...result.rejects);
    for (const article of result.articles) {
      const first = seen.get(article.article_id);
      if (first) {
        rejects.push(message(article.source, article.record, "E_DUPLICATE", `same as ${first.source}${first.record ? `#${first.record}` : ""}`));
      } else {
        seen.set(article.article_id, article);
      }
    }
  }
  return { articles: [...seen.values()], rejects };
}

// bench/corpus.ts
function articlesOf(bytes2) {
  const all = ingest([path6.resolve("data/articles"), path6.resolve("test/fixtures/articles")]).articles;
  const out = [];
  let size = 0;
  for (let i = 0; size < bytes2; i++) {
    const a2 = all[i % all.length];
    out.push({ ...a2, article_id: `${a2.article_id.slice(0, 10)}${String(i).padStart(6, "0")}` });
    size += Buffer.byteLength(a2.text);
  }
  return { articles: out, bytes: size };
}

// src/zz/a.ts
var a = new Analyzer();
var { articles, bytes } = articlesOf(3e6);
var found = articles.map((x) => a.actors(x, a.split(x)));
for (let r = 0; r < 6; r++) {
  const t = performance.now();
  articles.forEach((x, i) => a.stance(x, found[i]));
  console.log("stance MB/s", (bytes / 1e6 / ((performance.now() - t) / 1e3)).toFixed(2));
}
