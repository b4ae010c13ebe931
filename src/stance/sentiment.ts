import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Sentiment from 'sentiment';
import * as z from 'zod';
import { dataPath } from '../core/data-path.ts';

// resolves package files the same way from ESM, CommonJS and bundlers
const require = createRequire(import.meta.url);

const GEO = { language: 'geo' };

const SentimentFile = z.object({ about: z.string().optional(), scores: z.record(z.string(), z.number().int().min(-5).max(5)) });

/**
 * Sentiment with the project's word scores registered as their own language:
 * the package's `extras` option writes into its shared English lexicon and
 * would change every later call.
 */
export class SentimentScorer {
  private readonly sentiment = new Sentiment();
  private static registered = false;

  constructor(file = dataPath('cues', 'sentiment.json')) {
    if (!SentimentScorer.registered) {
      const parsed = SentimentFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
      const english = JSON.parse(readFileSync(require.resolve('sentiment/languages/en/labels.json'), 'utf8')) as Record<string, number>;
      const negators = JSON.parse(readFileSync(require.resolve('sentiment/languages/en/negators.json'), 'utf8')) as Record<string, number>;
      this.sentiment.registerLanguage('geo', {
        labels: { ...english, ...parsed.data.scores },
        scoringStrategy: {
          apply(tokens: string[], cursor: number, score: number) {
            return cursor > 0 && negators[tokens[cursor - 1]!] ? -score : score;
          },
        },
      });
      SentimentScorer.registered = true;
    }
  }

  score(text: string): number {
    // the package's negators are spelt with a straight apostrophe
    return this.sentiment.analyze(text.replace(/[’‘]/g, "'"), GEO).score;
  }
}
