import { describe, expect, it } from 'vitest';
import { cueForms } from '../../src/stance/lexicon.ts';
import { nounForms, verbForms } from '../../src/stance/inflect.ts';
import { CueEntry } from '../../src/schemas/knowledge.ts';

describe('inflection', () => {
  it('makes the regular verb forms', () => {
    expect(verbForms('cooperate')).toEqual(['cooperate', 'cooperates', 'cooperated', 'cooperating']);
    expect(verbForms('deny')).toEqual(['deny', 'denies', 'denied', 'denying']);
    expect(verbForms('ban')).toEqual(['ban', 'bans', 'banned', 'banning']);
    expect(nounForms('sanction')).toEqual(['sanction', 'sanctions']);
  });
  it('inflects the head of a verb phrase and adds irregular forms', () => {
    const entry = CueEntry.parse({ cue: 'hold talks', label: 'cooperation', pos: 'verb' });
    expect(cueForms(entry, { hold: ['held'] })).toEqual(expect.arrayContaining(['hold talks', 'holds talks', 'held talks', 'holding talks']));
  });
});
