import { describe, expect, it } from 'vitest';
import { codeOnDate } from '../../src/actors/dated-roles.ts';
import { loadGrammar } from '../../src/actors/grammar.ts';
import type { ActorInfo } from '../../src/actors/knowledge.ts';
import { slugify, unknownNameLength } from '../../src/actors/names.ts';
import { tokenize } from '../../src/text/tokenize.ts';

const g = loadGrammar();

describe('names', () => {
  it('makes kebab-case ids without diacritics', () => {
    expect(slugify('Recep Tayyip Erdoğan')).toBe('recep-tayyip-erdogan');
    expect(slugify("Côte d'Ivoire")).toBe('cote-d-ivoire');
  });

  it('measures unknown personal names with initials and particles', () => {
    const len = (text: string) => unknownNameLength(g, tokenize(text), 0);
    expect(len('John F. Kennedy said')).toBe(4);
    expect(len('Bashar al-Assad met')).toBe(4);
    expect(len('Walter Reed Medical Center')).toBe(2);
    expect(len('the minister')).toBe(0);
  });
});

describe('codeOnDate', () => {
  const kerry: ActorInfo = {
    id: 'john-kerry', name: 'John Kerry', type: 'person', country: 'USA', code: 'USAGOV', dictionary: 'test', discovered: false,
    roles: [{ title: 'Senator', code: 'USALEG', from: '1985-01-03', to: '2013-02-01' }, { title: 'Secretary of State', code: 'USAGOV', from: '2013-02-01', to: '2017-01-20' }],
  };
  it('takes the role held on the date, else the last one before it, else the latest', () => {
    expect(codeOnDate(kerry, '2010-06-01')).toBe('USALEG');
    expect(codeOnDate(kerry, '2016-06-01')).toBe('USAGOV');
    expect(codeOnDate(kerry, '2020-06-01')).toBe('USAGOV');
    expect(codeOnDate(kerry, null)).toBe('USAGOV');
  });
});
