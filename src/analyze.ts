import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { loadGrammar, type Grammar } from './actors/grammar.ts';
import { ActorKnowledge, DEFAULT_FILES, loadProjectKnowledge, type ActorInfo } from './actors/knowledge.ts';
import { ActorResolver, type ActorAnalysis, type AnalysedSentence, type Candidate, type Mention, type SentenceUnit } from './actors/resolve.ts';
import { loadExternalDictionaries } from './actors/tabari.ts';
import { dataPath } from './core/data-path.ts';
import { sha256 } from './core/hash.ts';
import { toArticleDoc } from './ingest/normalize.ts';
import { InputRecord, type ArticleDoc } from './schemas/input.ts';
import type { StanceLabel } from './schemas/tables.ts';
import { SentenceSplitter } from './split/split-sentences.ts';
import { loadSplitRules } from './split/rules.ts';
import { splitArticle } from './stages/split.ts';
import { StanceDetector, type StanceRelation } from './stance/detect.ts';
import { loadCueLexicon, type CueLexicon } from './stance/lexicon.ts';
import { SentimentScorer } from './stance/sentiment.ts';
import { markQuoted } from './text/quotes.ts';
import { tokenize } from './text/tokenize.ts';
import { VERSION } from './version.ts';

export interface AnalyzerOptions {
  /** extra actor dictionaries: the project's JSONL format or TABARI/PETRARCH .actors files */
  actors?: string[];
  /** extra agent (role noun) dictionaries: JSONL or TABARI/PETRARCH agents files */
  agents?: string[];
}

export interface SentenceStanceRecord {
  index: number;
  stance: StanceLabel;
  confidence: number;
  cues: string[];
  sentiment: number;
}

export interface StanceAnalysis {
  sentences: SentenceStanceRecord[];
  relations: StanceRelation[];
}

/** Everything the pipeline found in one article (spans in UTF-16 of `article.text`). */
export interface ArticleAnalysis {
  article: ArticleDoc;
  units: SentenceUnit[];
  actors: ActorAnalysis;
  stance: StanceAnalysis;
}

/** The loaded knowledge and the stage functions that use it. */
export class Analyzer {
  readonly kb: ActorKnowledge;
  readonly grammar: Grammar;
  readonly splitter: SentenceSplitter;
  readonly resolver: ActorResolver;
  readonly lexicon: CueLexicon;
  readonly detector: StanceDetector;
  readonly sentiment: SentimentScorer;
  /** hashes of the rule files each stage depends on: a change re-runs that stage and the ones after it */
  readonly hashes: RulesHashes;

  constructor(options: AnalyzerOptions = {}) {
    const splitRules = dataPath('split', 'rules.json');
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

  split(article: ArticleDoc): SentenceUnit[] {
    return splitArticle(article, this.splitter);
  }

  actors(article: ArticleDoc, units: SentenceUnit[]): ActorAnalysis {
    return this.resolver.analyse(article.text, units, article.published);
  }

  stance(article: ArticleDoc, analysis: ActorAnalysis): StanceAnalysis {
    const sentences: SentenceStanceRecord[] = [];
    const relations: StanceRelation[] = [];
    let previous: AnalysedSentence | undefined;
    const articleActors = new Map(analysis.actors.map((a) => [a.id, a]));
    for (const s of analysis.sentences) {
      const result = this.detector.detect(s, previous, articleActors);
      relations.push(...result.relations);
      sentences.push({
        index: s.index, stance: result.stance, confidence: result.confidence, cues: result.cues,
        sentiment: this.sentiment.score(article.text.slice(s.start, s.end)),
      });
      previous = s;
    }
    return { sentences, relations };
  }

  analyze(article: ArticleDoc): ArticleAnalysis {
    const units = this.split(article);
    const actors = this.actors(article, units);
    return { article, units, actors, stance: this.stance(article, actors) };
  }
}

export type RulesHashes = { split: string; actors: string; stance: string };

/**
 * Hashes of the rule and dictionary files each stage reads (the project's data
 * plus --actors/--agents files): a change re-runs that stage and the ones after it.
 * Computed from the files alone, so a run with nothing to do loads no knowledge.
 */
export function rulesHashes(options: AnalyzerOptions = {}): RulesHashes {
  const hashFiles = (files: string[]) => sha256(files.filter((f) => existsSync(f)).map((f) => sha256(readFileSync(f))).join(':')).slice(0, 16);
  // the code's version is part of every hash: a new release recomputes what it would compute differently
  const split = sha256(`${VERSION}:${hashFiles([dataPath('split', 'rules.json')])}`).slice(0, 16);
  const actorFiles = [...Object.values(DEFAULT_FILES), dataPath('actors', 'grammar.json'), ...(options.actors ?? []), ...(options.agents ?? [])];
  const actors = sha256(`${split}:${hashFiles(actorFiles)}:${countriesVersion()}`).slice(0, 16);
  const cueDir = dataPath('cues');
  const cueFiles = readdirSync(cueDir).filter((f) => /\.(jsonl?|json)$/.test(f)).sort().map((f) => path.join(cueDir, f));
  const stance = sha256(`${actors}:${hashFiles(cueFiles)}`).slice(0, 16);
  return { split, actors, stance };
}

function countriesVersion(): string {
  const pkg = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('world-countries/package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/** An actor as an article's result keeps it: the code already set for the article's date, so no role history. */
export type StoredActor = Omit<ActorInfo, 'roles'>;

/** The actor stage's result without tokens, as it is stored between stage runs. */
export interface StoredActors {
  sentences: { index: number; start: number; end: number; speaker: string | null; mentions: Mention[] }[];
  actors: StoredActor[];
  candidates: Candidate[];
}

export function storeActors(a: ActorAnalysis): StoredActors {
  return {
    sentences: a.sentences.map((s) => ({ index: s.index, start: s.start, end: s.end, speaker: s.speaker, mentions: s.mentions })),
    actors: a.actors.map(({ roles: _history, ...actor }) => actor),
    candidates: a.candidates,
  };
}

/** Rebuilds tokens and quote marks (both derived from the text) for a stored actor result. */
export function restoreActors(text: string, stored: StoredActors): ActorAnalysis {
  let open = false;
  const sentences = stored.sentences.map((s) => {
    const tokens = tokenize(text, s.start, s.end);
    const { quoted, openAtEnd } = markQuoted(tokens, open);
    open = openAtEnd;
    return { ...s, tokens, quoted };
  });
  return { sentences, actors: stored.actors.map((a) => ({ ...a, roles: [] })), candidates: stored.candidates };
}

let defaultAnalyzer: Analyzer | undefined;

/**
 * Analyses one article with the project's knowledge: its sentences, actor
 * mentions, stances and the actors it names. Accepts an ingested article or a
 * plain record `{ title?, text, published? }`.
 */
export function analyzeArticle(article: ArticleDoc | { title?: string | null; text: string; published?: string | null; id?: string }, analyzer?: Analyzer): ArticleAnalysis {
  analyzer ??= defaultAnalyzer ??= new Analyzer();
  const doc = 'article_id' in article ? article : toArticleDoc(InputRecord.parse(article), { source: 'api', record: null });
  return analyzer.analyze(doc);
}
