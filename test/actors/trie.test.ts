import { describe, expect, it } from 'vitest';
import { PhraseTrie } from '../../src/actors/trie.ts';
import { tokenize } from '../../src/text/tokenize.ts';

describe('PhraseTrie', () => {
  const trie = new PhraseTrie<string>();
  trie.add('Islamic State', 'isis');
  trie.add('IS', 'isis-acronym');
  trie.add('Islamic State group', 'isis-group');
  trie.add('Chad', 'chad');
  trie.add('foreign minister', 'role', false);
  const find = (text: string) => trie.findAll(tokenize(text)).map((m) => m.payloads[0]);

  it('finds the longest phrase, leftmost first', () => {
    expect(find('the Islamic State group and Islamic State')).toEqual(['isis-group', 'isis']);
  });
  it('keeps acronyms and capitals apart from common words', () => {
    expect(find('it is IS that chad met Chad')).toEqual(['isis-acronym', 'chad']);
  });
  it('matches role nouns in any case', () => {
    expect(find('Foreign Minister and foreign minister')).toEqual(['role', 'role']);
  });
  it('lets a word start a phrase in lower case only when some phrase from it allows that', () => {
    const t = new PhraseTrie<string>();
    t.add('Said Musa', 'person');
    t.add('said', 'speech', false);
    const found = (text: string) => t.findAll(tokenize(text)).map((m) => m.payloads);
    expect(found('he said Musa left, Said Musa said')).toEqual([['speech'], ['person'], ['speech']]);
    const capitalOnly = new PhraseTrie<string>();
    capitalOnly.add('Said Musa', 'person');
    expect(capitalOnly.findAll(tokenize('he said musa left'))).toEqual([]);
    expect(capitalOnly.longestAt(tokenize('said Musa'), 0)).toBeUndefined();
  });

  it('drops a payload the caller calls redundant, for the same phrase and case', () => {
    const t = new PhraseTrie<{ id: string; how: string }>((a, b) => a.id === b.id);
    t.add('Russia', { id: 'RUS', how: 'name' });
    t.add('Russia', { id: 'RUS', how: 'alias' });
    t.add('Russia', { id: 'RUSGOV', how: 'alias' });
    t.add('RUSSIA', { id: 'RUS', how: 'acronym' });
    expect(t.findAll(tokenize('Russia')).map((m) => m.payloads.map((p) => `${p.id}/${p.how}`))).toEqual([['RUS/name', 'RUSGOV/alias']]);
    expect(t.size).toBe(3);
  });
});
