import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../src/analyze.ts';
import { articleRows } from '../../src/export/build-tables.ts';
import { fromJson } from '../../src/ingest/read-inputs.ts';
import { addScores, ratio, scoreArticle, type GoldFile, type Score } from '../helpers/gold.ts';

// Ten articles from other regions, written for the project, each with a careful reader's
// annotation in the seed's format (test/fixtures/articles/*.gold.json); and six held-out ones
// (test/fixtures/heldout) and twelve more to develop rules on (test/fixtures/dev, test/fixtures/dev2), all
// annotated after the rules by sessions that never saw the pipeline's output; and six more held out
// (test/fixtures/heldout2), written after the rules of 2026-11-25; and six more to develop rules on
// (test/fixtures/dev3), written blind the session after, and six more held out (test/fixtures/heldout3),
// written after that session's rules.
const dir = 'test/fixtures/articles';
const slugsIn = (folder: string) => readdirSync(folder).filter((f) => f.endsWith('.gold.json')).map((f) => f.replace('.gold.json', '')).sort();
const slugs = slugsIn(dir);
const analyzer = new Analyzer();

function score(slug: string, folder = dir): Score {
  const article = fromJson(readFileSync(`${folder}/${slug}.json`, 'utf8'), `${slug}.json`).articles[0]!;
  const a = analyzer.analyze(article);
  const rows = articleRows({ article, units: a.units, actors: { ...a.actors, candidates: [] }, stance: a.stance });
  const actors = a.actors.actors.map((x) => ({ actor_id: x.id, name: x.name, type: x.type, country: x.country, code: x.code, discovered: x.discovered, dictionary: x.dictionary }));
  return scoreArticle(JSON.parse(readFileSync(`${folder}/${slug}.gold.json`, 'utf8')) as GoldFile, { ...rows, actors });
}

describe('annotated test articles', () => {
  const scores = new Map(slugs.map((s) => [s, score(s)]));
  const total = [...scores.values()].reduce(addScores);

  it('has at least ten articles from other regions', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(10);
  });

  it.each(slugs)('%s: splits every sentence as the annotation does', (slug) => {
    const s = scores.get(slug)!;
    expect(s.split, s.notes.join('\n')).toBe(s.sentences);
  });

  it('finds the actors a careful reader sees (recall ≥ 0.95, precision ≥ 0.95 over all articles)', () => {
    expect(ratio(total.actorHit, total.actorTotal), total.notes.filter((n) => n.includes('actor')).join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(ratio(total.precHit, total.precTotal)).toBeGreaterThanOrEqual(0.95);
  });

  it('labels most sentences acceptably and finds relations', () => {
    expect(ratio(total.stance, total.sentences)).toBeGreaterThanOrEqual(0.78);
    expect(ratio(total.relHit, total.relTotal)).toBeGreaterThanOrEqual(0.56);
    expect(ratio(total.relPrecHit, total.relPrecTotal)).toBeGreaterThanOrEqual(0.83);
  });
});

// floors a little under today's figures (README, "Quality"): they catch a
// regression; they are not a target to tune the rules to (the held-out set is never read for that)
describe.each([
  { set: 'held-out articles', folder: 'test/fixtures/heldout', floors: { actorR: 0.86, actorP: 0.92, stance: 0.78, relR: 0.26, relP: 0.48 } },
  { set: 'second annotated set', folder: 'test/fixtures/dev', floors: { actorR: 0.9, actorP: 0.95, stance: 0.86, relR: 0.4, relP: 0.75 } },
  { set: 'third annotated set', folder: 'test/fixtures/dev2', floors: { actorR: 0.92, actorP: 0.95, stance: 0.84, relR: 0.37, relP: 0.7 } },
  { set: 'fourth annotated set', folder: 'test/fixtures/dev3', floors: { actorR: 0.85, actorP: 0.93, stance: 0.78, relR: 0.22, relP: 0.56 } },
  { set: 'third held-out set', folder: 'test/fixtures/heldout3', floors: { actorR: 0.81, actorP: 0.94, stance: 0.76, relR: 0.3, relP: 0.66 } },
  { set: 'second held-out set', folder: 'test/fixtures/heldout2', floors: { actorR: 0.9, actorP: 0.93, stance: 0.84, relR: 0.37, relP: 0.62 } },
])('$set', ({ folder, floors }) => {
  const slugs = slugsIn(folder);
  const scores = new Map(slugs.map((s) => [s, score(s, folder)]));
  const total = [...scores.values()].reduce(addScores);

  it.each(slugs)('%s: splits every sentence as the annotation does', (slug) => {
    const s = scores.get(slug)!;
    expect(s.split, s.notes.join('\n')).toBe(s.sentences);
  });

  it('keeps actors, labels and relations at least where they were', () => {
    expect(ratio(total.actorHit, total.actorTotal)).toBeGreaterThanOrEqual(floors.actorR);
    expect(ratio(total.precHit, total.precTotal)).toBeGreaterThanOrEqual(floors.actorP);
    expect(ratio(total.stance, total.sentences)).toBeGreaterThanOrEqual(floors.stance);
    expect(ratio(total.relHit, total.relTotal)).toBeGreaterThanOrEqual(floors.relR);
    expect(ratio(total.relPrecHit, total.relPrecTotal)).toBeGreaterThanOrEqual(floors.relP);
  });
});
