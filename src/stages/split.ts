import type { SentenceUnit } from '../actors/resolve.ts';
import type { ArticleDoc } from '../schemas/input.ts';
import { SentenceSplitter } from '../split/split-sentences.ts';

/** Sentence 0 is the headline (when there is one); body sentences count from 1. Spans in UTF-16. */
export function splitArticle(article: ArticleDoc, splitter: SentenceSplitter): SentenceUnit[] {
  const units: SentenceUnit[] = [];
  if (article.title) units.push({ index: 0, start: 0, end: article.title.length });
  const body = article.text.slice(article.body_start);
  const spans = splitter.splitUtf16(body);
  for (let k = 0; k < spans.length; k += 2) {
    units.push({ index: k / 2 + 1, start: article.body_start + spans[k]!, end: article.body_start + spans[k + 1]! });
  }
  return units;
}
