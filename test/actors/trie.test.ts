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
});
