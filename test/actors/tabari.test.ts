import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ActorKnowledge, addPackageCountries } from '../../src/actors/knowledge.ts';
import { addTabariActors, newsCase, parseCode, parseTabariActors, parseTabariAgents, tabariDate } from '../../src/actors/tabari.ts';
import { Analyzer } from '../../src/analyze.ts';

// a small dictionary in the TABARI/PETRARCH format, written for this test
const ACTORS = `# comment line
FREEDONIA_  [FRD]
+FREEDONIAN_
+REPUBLIC_OF_FREEDONIA

RUFUS_T._FIREFLY_ # the leader
+FIREFLY_
+PRESIDENT_FIREFLY_
\t[FRDGOV 330101-331231]
\t[FRDELI >340101]
MARX_BROTHERS_ARMY_ [FRDMIL]
SYLVANIA_ [SYL]
AMBASSADOR_TRENTINO_
+TRENTINO_
\t[SYLGOV <331231]
UNITED_NATIONS_ [IGOUNO]
`;

const AGENTS = `!PERSON! = MAN, WOMAN
SPOKES!PERSON! [~GOV]
GUERRILLA [~REB]
REBEL_COMMANDER [~REBMIL]
`;

describe('TABARI/PETRARCH reader', () => {
  it('reads dates, open ranges and codes', () => {
    expect(tabariDate('130201')).toBe('2013-02-01');
    expect(tabariDate('650101')).toBe('1965-01-01');
    expect(tabariDate('19130101')).toBe('1913-01-01');
    expect(parseCode('USAGOV >130201')).toEqual({ code: 'USAGOV', from: '2013-02-01' });
    expect(parseCode('USAGOV <130201')).toEqual({ code: 'USAGOV', to: '2013-02-01' });
    expect(parseCode('---')).toBeUndefined();
    expect(newsCase('JOHN_KERRY'.replace('_', ' '))).toBe('John Kerry');
    expect(newsCase('US')).toBe('US');
    expect(newsCase('ISLAMIC STATE OF IRAQ AND THE LEVANT')).toBe('Islamic State of Iraq and the Levant');
  });

  it('parses synonyms, indented dated codes and comments', () => {
    const blocks = parseTabariActors(ACTORS);
    const firefly = blocks.find((b) => b.names[0] === 'RUFUS T. FIREFLY')!;
    expect(firefly.names).toEqual(['RUFUS T. FIREFLY', 'FIREFLY', 'PRESIDENT FIREFLY']);
    expect(firefly.codes).toEqual([{ code: 'FRDGOV', from: '1933-01-01', to: '1933-12-31' }, { code: 'FRDELI', from: '1934-01-01' }]);
    expect(blocks.find((b) => b.names[0] === 'FREEDONIA')!.names).toContain('REPUBLIC OF FREEDONIA');
  });

  it('adds countries, people with roles, organisations and agents to the knowledge', () => {
    const kb = new ActorKnowledge();
    addPackageCountries(kb);
    addTabariActors(kb, parseTabariActors(ACTORS), 'test.actors');
    expect(kb.actors.get('FRD')).toMatchObject({ type: 'country' });
    expect(kb.actors.get('rufus-t-firefly')).toMatchObject({ type: 'person', country: 'FRD' });
    expect(kb.actors.get('rufus-t-firefly')!.roles.map((r) => r.code)).toEqual(['FRDGOV', 'FRDELI']);
    expect(kb.actors.get('ambassador-trentino')!.country).toBe('SYL');
    const agents = parseTabariAgents(AGENTS);
    expect(agents.map((a) => [a.noun, a.sector])).toEqual([['spokesman', 'GOV'], ['spokeswoman', 'GOV'], ['guerrilla', 'REB'], ['rebel commander', 'REB']]);
  });
});

const phoenix = path.resolve('../shared/dictionaries/phoenix');
describe.skipIf(!existsSync(phoenix))('the Phoenix dictionaries (../shared/dictionaries)', () => {
  it('load all at once and resolve dated roles', () => {
    const files = ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt'].map((f) => path.join(phoenix, f));
    const analyzer = new Analyzer({ actors: files, agents: [path.join(phoenix, 'Phoenix.agents.txt')] });
    expect(analyzer.kb.names.size).toBeGreaterThan(50_000);
    const a = analyzer.analyze({
      article_id: '0123456789abcdef', content_sha256: '0'.repeat(64), title: null, body_start: 0, source: 't', record: null, url: null, outlet: null,
      published: '2016-07-14',
      text: 'Secretary of State John Kerry met Lavrov. The Taliban attacked a base in Kunduz.',
    });
    const ids = a.actors.actors.map((x) => x.id);
    expect(ids).toContain('john-kerry');
    // dictionary names that are common words once lower-cased ("On", "In", "I") must not match them
    const plain = analyzer.analyze({ ...a.article, article_id: 'fedcba9876543210', text: 'I met him on Monday in a town. He said it was in order.' });
    expect(plain.actors.sentences.flatMap((x) => x.mentions.map((m) => m.surface))).toEqual([]);
    expect(a.actors.actors.find((x) => x.id === 'john-kerry')!.code).toBe('USAGOV');
  });
});
