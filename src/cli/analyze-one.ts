import { restoreActors, storeActors, type Analyzer } from '../analyze.ts';
import type { ArticleDoc } from '../schemas/input.ts';
import type { StageData, StageName } from '../store/state.ts';
import type { StageSet, WorkResult } from './workers.ts';

// its own module, so a worker thread imports the analysis without the export code (apache-arrow alone takes 0.2 s to load)

/** One article through the stages it needs; a failure becomes a reject, not a crash. */
export function analyzeOne(analyzer: Analyzer, article: ArticleDoc, need: StageSet, upstream: { split?: StageData['split']; actors?: StageData['actors'] }): WorkResult {
  let stage: StageName = need[0]!;
  try {
    const data: Partial<StageData> = {};
    const units = need.includes('split') ? (data.split = analyzer.split(article)) : upstream.split!;
    let live;
    if (need.includes('actors')) {
      stage = 'actors';
      live = analyzer.actors(article, units);
      data.actors = storeActors(live);
    }
    if (need.includes('stance')) {
      stage = 'stance';
      live ??= restoreActors(article.text, upstream.actors!);
      data.stance = analyzer.stance(article, live);
    }
    return { ok: true, data };
  } catch (e) {
    return { ok: false, error: `${stage}: ${(e as Error).message}` };
  }
}

