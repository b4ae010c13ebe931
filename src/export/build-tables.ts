import type { StoredActor, StoredActors, StanceAnalysis } from '../analyze.ts';
import type { SentenceUnit } from '../actors/resolve.ts';
import { CodePointCursor } from '../core/offsets.ts';
import type { ArticleDoc } from '../schemas/input.ts';
import type { ActorRow, ArticleRow, CandidateRow, MentionRow, RelationRow, Rows, SentenceRow } from '../schemas/tables.ts';

/** One article's results from every stage, spans in UTF-16. */
export interface ArticleResult {
  article: ArticleDoc;
  units: SentenceUnit[];
  actors: StoredActors;
  stance: StanceAnalysis;
}

const collator = new Intl.Collator('en', { numeric: true });
const naturalCompare = (a: string | null, b: string | null) => collator.compare(a ?? '', b ?? '');

/** Articles in a fixed order, whatever order they were processed in: by source, record, id. */
export function sortArticles<T extends { article: ArticleDoc }>(results: T[]): T[] {
  return [...results].sort((x, y) =>
    naturalCompare(x.article.source, y.article.source) || naturalCompare(x.article.record, y.article.record) ||
    x.article.article_id.localeCompare(y.article.article_id));
}

/** Table rows of one article, offsets converted to code points. */
export function articleRows(r: ArticleResult): Pick<Rows, 'articles' | 'sentences' | 'mentions' | 'relations'> {
  const { article, units } = r;
  // one cursor per increasing sequence of offsets, so each conversion is amortised O(1)
  const cursor = new CodePointCursor(article.text);
  const mentionStarts = new CodePointCursor(article.text);
  const mentionEnds = new CodePointCursor(article.text);
  const byIndex = new Map(r.actors.sentences.map((s) => [s.index, s]));
  const stanceBy = new Map(r.stance.sentences.map((s) => [s.index, s]));
  const sentences: SentenceRow[] = [];
  const mentions: MentionRow[] = [];
  for (const u of units) {
    const a = byIndex.get(u.index);
    const st = stanceBy.get(u.index);
    const ms = (a?.mentions ?? []).slice().sort((x, y) => x.start - y.start || x.end - y.end);
    const actorIds: string[] = [];
    for (const m of ms) if (m.role === 'actor' && !actorIds.includes(m.actorId)) actorIds.push(m.actorId);
    // a quote's speaker takes part in every sentence of it, named there or not
    if (a?.speaker && !actorIds.includes(a.speaker)) actorIds.push(a.speaker);
    sentences.push({
      article_id: article.article_id,
      sentence_index: u.index,
      char_start: cursor.toCodePoint(u.start),
      char_end: cursor.toCodePoint(u.end),
      text: article.text.slice(u.start, u.end),
      speaker: a?.speaker ?? null,
      actors: actorIds,
      stance: st?.stance ?? 'neutral',
      confidence: st?.confidence ?? 0,
      cues: st?.cues ?? [],
      sentiment: st?.sentiment ?? 0,
    });
    for (const m of ms) {
      mentions.push({
        article_id: article.article_id, sentence_index: u.index, actor_id: m.actorId, surface: m.surface,
        char_start: mentionStarts.toCodePoint(m.start), char_end: mentionEnds.toCodePoint(m.end), role: m.role, how: m.how,
      });
    }
  }
  const relations: RelationRow[] = r.stance.relations
    .map((x) => ({
      article_id: article.article_id, sentence_index: x.sentence, source: x.source, target: x.target, stance: x.stance,
      confidence: x.confidence, cue: x.cue, negated: x.negated, cameo: x.cameo,
    }))
    .sort((x, y) => x.sentence_index - y.sentence_index);
  const articles: ArticleRow[] = [{
    article_id: article.article_id, title: article.title, source: article.source, record: article.record,
    published: article.published, url: article.url, outlet: article.outlet, n_sentences: units.length,
    content_sha256: article.content_sha256, text: article.text,
  }];
  return { articles, sentences, mentions, relations };
}

/**
 * The analysis tables of a run, built article by article in sort order: each article's rows
 * come back at once (to be written and let go), the actors and candidates tables, which
 * gather over every article, at the end.
 */
export class RunTables {
  private readonly actors = new Map<string, { info: StoredActor; published: string }>();
  private readonly candidates = new Map<string, CandidateRow>();

  add(r: ArticleResult): Pick<Rows, 'articles' | 'sentences' | 'mentions' | 'relations'> {
    const published = r.article.published ?? '';
    for (const info of r.actors.actors) {
      const known = this.actors.get(info.id);
      // an actor's code is the role held on the date of the latest article naming it
      if (!known || published > known.published) this.actors.set(info.id, { info, published });
    }
    for (const c of r.actors.candidates) {
      const known = this.candidates.get(c.surface);
      if (known) known.count++;
      else {
        const unit = r.units.find((u) => u.index === c.sentence);
        this.candidates.set(c.surface, {
          surface: c.surface, count: 1, example: unit ? r.article.text.slice(unit.start, unit.end) : '',
          article_id: r.article.article_id, sentence_index: c.sentence,
        });
      }
    }
    return articleRows(r);
  }

  actorRows(): ActorRow[] {
    return [...this.actors.values()]
      .map(({ info }) => ({
        actor_id: info.id, name: info.name, type: info.type, country: info.country, code: info.code,
        discovered: info.discovered, dictionary: info.dictionary,
      }))
      .sort((a, b) => a.actor_id.localeCompare(b.actor_id));
  }

  candidateRows(): CandidateRow[] {
    return [...this.candidates.values()].sort((a, b) => b.count - a.count || a.surface.localeCompare(b.surface));
  }
}

/** The analysis tables of a whole run: the same rows, in the same order, however the run was split up. */
export function buildTables(results: ArticleResult[]): Pick<Rows, 'articles' | 'sentences' | 'mentions' | 'relations' | 'actors' | 'candidates'> {
  const tables = new RunTables();
  const out = { articles: [] as ArticleRow[], sentences: [] as SentenceRow[], mentions: [] as MentionRow[], relations: [] as RelationRow[] };
  for (const r of sortArticles(results)) {
    const rows = tables.add(r);
    out.articles.push(...rows.articles);
    out.sentences.push(...rows.sentences);
    out.mentions.push(...rows.mentions);
    out.relations.push(...rows.relations);
  }
  return { ...out, actors: tables.actorRows(), candidates: tables.candidateRows() };
}
