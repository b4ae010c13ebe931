import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../src/analyze.ts';
import { loadCases, runCase } from '../helpers/stance-cases.ts';

// 332 sentences written for the project, from eight regions and several house styles, each
// with the label and the directed relations a careful reader sees (test/fixtures/stance/cases.jsonl).
const cases = loadCases();
const analyzer = new Analyzer();
const results = cases.map((c) => ({ c, r: runCase(c, analyzer) }));

describe('stance cases', () => {
  it('has at least 200 cases covering every rule and region', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
    const rules = new Set(cases.map((c) => c.rule));
    for (const rule of ['agent-cue-object', 'passive', 'possessive', 'apposition-relative', 'coordination', 'previous-sentence-target', 'negation', 'modality', 'reported-speech', 'refusal', 'quote', 'neutral']) {
      expect(rules).toContain(rule);
    }
    expect(new Set(cases.map((c) => c.region)).size).toBeGreaterThanOrEqual(6);
  });

  it('labels at least 88% of the sentences acceptably', () => {
    const ok = results.filter((x) => x.r.labelOk).length;
    const misses = results.filter((x) => !x.r.labelOk).map((x) => `${x.c.id}: ${x.r.notes[0]}`);
    expect(ok / cases.length, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('finds the expected relations (recall ≥ 0.64) with few extras (precision ≥ 0.86)', () => {
    const hit = results.reduce((n, x) => n + x.r.relHit, 0);
    const total = results.reduce((n, x) => n + x.r.relTotal, 0);
    const pHit = results.reduce((n, x) => n + x.r.relPrecHit, 0);
    const pTotal = results.reduce((n, x) => n + x.r.relPrecTotal, 0);
    expect(hit / total).toBeGreaterThanOrEqual(0.68);
    expect(pHit / pTotal).toBeGreaterThanOrEqual(0.88);
  });

  it.each(['refusal', 'negation', 'neutral', 'apposition-relative', 'agent-cue-object'])('handles the %s rule on at least 85% of its cases', (rule) => {
    const mine = results.filter((x) => x.c.rule === rule);
    const ok = mine.filter((x) => x.r.labelOk).length;
    expect(ok / mine.length, mine.filter((x) => !x.r.labelOk).map((x) => `${x.c.id}: ${x.c.text}\n  ${x.r.notes.join('; ')}`).join('\n')).toBeGreaterThanOrEqual(0.85);
  });
});
