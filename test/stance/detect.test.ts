import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analyze.ts';

const analysis = (text: string, published = '2023-06-01') => analyzeArticle({ text, published });
const relationsOf = (text: string, published?: string) =>
  analysis(text, published).stance.relations.map((r) => `${r.source}>${r.target ?? '-'}:${r.stance}${r.negated ? '!' : ''}`);
const labelOf = (text: string) => analysis(text).stance.sentences.at(-1)!.stance;

describe('stance detection', () => {
  it('finds the agent before the cue and the object after with, against, on', () => {
    expect(relationsOf('Kenya agreed to cooperate with Somalia against al-Shabaab.')).toEqual(expect.arrayContaining(['KEN>SOM:cooperation']));
    expect(relationsOf('Turkey condemned Sweden on Monday.')).toEqual(['TUR>SWE:opposition']);
  });

  it('looks for the object past a hedge ("what X said were", "what X described as")', () => {
    expect(relationsOf('Israeli jets struck what the military said were Hezbollah weapons depots.')).toEqual(['ISRMIL>hezbollah:opposition']);
    expect(relationsOf('Turkish warplanes bombed what Ankara described as PKK shelters.')).toEqual(['TURMIL>pkk:opposition']);
  });

  it('gives help to a thing ("a deal brokered by China") from its agent to the clause\'s subjects, and no agent as the thing\'s partner', () => {
    expect(relationsOf('Saudi Arabia and Iran agreed to restore relations, in a deal brokered by China.', '2023-03-10').sort()).toEqual(['CHN>IRN:cooperation', 'CHN>SAU:cooperation', 'SAU>IRN:cooperation']);
  });

  it('takes no agent from the "by" of a later clause ("… warning when contacted by Reuters")', () => {
    expect(relationsOf('A spokesman for Ethiopia declined to comment on Egypt’s warning when contacted by Reuters.')).toEqual(['ETH>-:refusal_to_comment']);
  });

  it('reads passives and reduced passives by their agent', () => {
    expect(relationsOf('The militants were sharply condemned by the African Union.')).toEqual([]);
    expect(relationsOf('Chad was condemned by Nigeria.')).toEqual(['NGA>TCD:opposition']);
    expect(relationsOf('Syrian rebels backed by Turkey shelled the town.')).toEqual(['TUR>SYRREB:cooperation']);
  });

  it('turns refusal and reluctance into opposition, and cancels plain negation', () => {
    expect(relationsOf('Hungary refused to cooperate with Ukraine.')).toEqual(['HUN>UKR:opposition!']);
    expect(relationsOf("Serbia won't negotiate with Kosovo.")).toEqual(['SRB>UNK:opposition!']);
    expect(relationsOf('Serbia would not help Kosovo.')).toEqual([]);
    expect(relationsOf('Poland did not condemn Ukraine.')).toEqual([]);
    expect(labelOf('Poland did not condemn Ukraine.')).toBe('neutral');
  });

  it('reads "ruled out" as a refusal of what follows, and "not ruled out" as a possibility', () => {
    expect(relationsOf('Germany ruled out sending tanks to Ukraine.')).toEqual(['DEU>UKR:opposition']);
    expect(relationsOf('Orban has not ruled out supporting Kyiv.', '2023-12-15')).toEqual(['viktor-orban>UKRGOV:cooperation']);
  });

  it('gives a predicate after ", and" with no subject of its own to who speaks in the sentence, not to an object', () => {
    expect(relationsOf('The office of President Daniel Noboa said Glas was a convicted criminal, and accused Mexico of abusing its immunities.', '2024-04-06')).toEqual(['daniel-noboa>MEX:opposition']);
    expect(relationsOf('A deal between Russia and the United States would strengthen Assad’s hand, and could undermine US efforts.', '2016-07-14')).toEqual(['RUS>USA:cooperation']);
  });

  it('reads help that a block or veto stops as opposition toward whom it was for', () => {
    expect(relationsOf('Hungary blocks €50bn EU aid for Ukraine.', '2023-12-15')).toEqual(['HUN>UKR:opposition!']);
    const [r] = analysis('Slovakia vetoed a fresh package of military aid for Ukraine.').stance.relations;
    expect(r).toMatchObject({ cue: 'vetoed a fresh package of military aid', cameo: '120', negated: true });
  });

  it('gives a refusal to whom a spokesman speaks for ("a spokesperson for the Chinese Embassy would not say")', () => {
    expect(relationsOf('A spokesperson for the Chinese Embassy in New Delhi would not say whether Beijing had agreed.', '2024-10-22')).toEqual(['CHNGOV>-:refusal_to_comment']);
  });

  it('reads a demand that another stop its hostility as opposition toward it, and an appeal to end a fight as help', () => {
    const [r] = analysis('Washington urged Israel to halt its offensive in Rafah.', '2024-05-08').stance.relations;
    expect(r).toMatchObject({ source: 'USAGOV', target: 'ISR', stance: 'opposition', cameo: '100' });
    expect(relationsOf('The UN called on Russia and Ukraine to end the fighting.').every((x) => x.endsWith(':cooperation!'))).toBe(true);
  });

  it('reads "X called Y\'s act illegal" as X toward Y, and a judging adjective before a noun as no one\'s stance', () => {
    expect(relationsOf('Kremlin spokesman Dmitry Peskov called the EU’s move politicised.', '2023-12-15')).toEqual(['dmitry-peskov>european-union:opposition']);
    expect(relationsOf('Israel’s illegal settlements anger Jordan.')).toEqual([]);
  });

  it('gives a refusal to comment to whoever declines', () => {
    expect(relationsOf('Egypt declined to comment on the talks.')).toEqual(['EGY>-:refusal_to_comment']);
    expect(relationsOf('A spokesman for Jordan did not respond to a request for comment.')).toEqual(['JOR>-:refusal_to_comment']);
    expect(labelOf('Qatar did not immediately respond to a request for comment.')).toBe('refusal_to_comment');
  });

  it('gives a reported stance to its holder, never to a news organisation that reports it', () => {
    expect(relationsOf('Reuters reported that Iran accused Israel of sabotage.')).toEqual(['IRN>ISR:opposition']);
    expect(relationsOf('According to the BBC, Ghana pledged support for Togo.')).toEqual(expect.arrayContaining(['GHA>TGO:cooperation']));
  });

  it('reads the owner of a possessive cue', () => {
    expect(relationsOf("Lebanon regretted Syria's refusal to cooperate with the inquiry.")).toEqual(expect.arrayContaining(['LBN>SYR:opposition']));
  });

  it('gives an agentless passive inside a quote to the speaker, toward the subject', () => {
    expect(relationsOf('“Chad’s raids on our villages will not be tolerated,” Nigerien Prime Minister Ali Lamine Zeine said.')).toEqual([expect.stringMatching(/^ali-lamine-zeine>TCD:opposition/)]);
    // outside a quote there is no one to hold it
    expect(relationsOf('Chad’s raids on the villages will not be tolerated.')).toEqual([]);
  });

  it('takes a state and a member of its own government for one side', () => {
    expect(relationsOf('Colombian President Gustavo Petro backed Colombia’s bid.')).toEqual([]);
    expect(labelOf('Greek President Katerina Sakellaropoulou met members of the Greek government on Monday.')).toBe('neutral');
    // rebels and the government of the same country stay two sides
    expect(relationsOf('Malian rebels attacked the Malian army.')).toEqual(['MLIREB>MLIMIL:opposition']);
  });

  it('keeps rebels a side of their own, and skips a cue word that starts a name ("Joint Sword")', () => {
    expect(relationsOf('The Nigerian army attacked Nigerian rebels.')).toEqual(['NGAMIL>NGAREB:opposition']);
    expect(labelOf('The Chinese drills, code-named ‘Joint Sword’, ended on Monday.')).toBe('neutral');
  });

  it('stops looking for a target at a speech verb, or at the subject of an attribution', () => {
    expect(relationsOf('Sweden criticised the vote and said Hungary had blocked it.')).not.toContain('SWE>HUN:opposition');
    expect(relationsOf('Armenia and Azerbaijan agreed to a truce, Russia and France said.')).toEqual(['ARM>AZE:cooperation']);
  });

  it('reads a hyphenated pair as the two sides of a cue, or as joint agents when the cue has an object', () => {
    expect(relationsOf('The India-China talks ended on Tuesday.')).toEqual(['IND>CHN:cooperation']);
    expect(relationsOf('The Israel-Hamas truce held.')).toEqual(['ISR>hamas:cooperation']);
    expect(relationsOf('American-British strikes against Yemen continued.')).toEqual(expect.arrayContaining(['USA>YEM:opposition', 'GBR>YEM:opposition']));
  });

  it('takes "X and the Y" before the cue as joint subjects', () => {
    expect(relationsOf('Sudan’s army and the RSF agreed to a truce.')).toEqual(['SDNMIL>rsf:cooperation']);
  });

  it('takes no target from a relative clause the cue is not in', () => {
    expect(relationsOf('Hezbollah, which Washington lists as a terrorist group, said the truce would hold.')).not.toContain('hezbollah>USAGOV:cooperation');
  });

  it('reads a cue spelt as verb and noun as the noun after a determiner, with its beneficiary before it', () => {
    expect(relationsOf('Germany will provide Kyiv with the support it needs.')).toEqual(['DEU>UKRGOV:cooperation']);
    // a subject after "if" is no beneficiary of "new sanctions"
    expect(relationsOf('Alexander Lukashenko threatened to cut off gas transit to the European Union if Brussels imposed new sanctions.'))
      .toEqual(['alexander-lukashenko>european-union:opposition']);
  });

  it('finds the subject of a clause after "under which", and not inside a relative clause the cue is outside', () => {
    expect(relationsOf('Congo and Rwanda agreed to a truce, under which M23 rebels must withdraw from the towns.')).toEqual(['COD>RWA:cooperation']);
    expect(relationsOf('Jordan’s Foreign Minister Ayman Safadi, whose government recalled its envoy this week, accused Israel of war crimes.')).toEqual(['ayman-safadi>ISR:opposition']);
  });

  it('reads ending a fight as cooperation and cutting support as opposition, with words between', () => {
    const eased = analysis('Greece and Turkey took steps to ease tensions.').stance.relations;
    expect(eased).toEqual([expect.objectContaining({ source: 'GRC', target: 'TUR', stance: 'cooperation', negated: true, cameo: '080' })]);
    expect(relationsOf('Russia cut off gas supplies to Moldova.')).toEqual(['RUS>MDA:opposition!']);
  });

  it('leaves what follows a later cue of another label to that cue', () => {
    expect(relationsOf('Japan and South Korea agreed to keep up pressure on North Korea.')).toEqual(['JPN>KOR:cooperation', 'JPN>PRK:opposition', 'KOR>PRK:opposition']);
  });

  it('knows the idioms of diplomatic language, and what a mutual cue is about from whom it is with', () => {
    expect(relationsOf('Turkey ran out of patience with Syria.')).toEqual(['TUR>SYR:opposition']);
    expect(relationsOf('Kenya and Ethiopia see eye to eye on Somalia.')).toEqual(['KEN>ETH:cooperation']);
  });

  it('matches a verb-and-object cue with words between ("imposed fresh sanctions", "sending new weapons")', () => {
    expect(relationsOf('Canada imposed fresh sanctions on Iran.')).toEqual(['CAN>IRN:opposition']);
    expect(relationsOf('Poland is no longer sending new weapons to Ukraine.')).toEqual(['POL>UKR:opposition!']);
  });

  it('stops a target search at a subordinate clause or a second predicate, and keeps a praise after "and" a stance of its own', () => {
    expect(relationsOf('Somalia vowed to defend its territory after Ethiopia signed the deal.')).not.toContain('SOM>ETH:cooperation');
    expect(relationsOf('Somalia held an emergency meeting and recalled its ambassador from Ethiopia.')).not.toContain('SOM>ETH:cooperation');
    expect(relationsOf('Canada welcomed the truce and praised Qatar and Egypt for their mediation.')).toEqual(expect.arrayContaining(['CAN>QAT:cooperation', 'CAN>EGY:cooperation']));
  });

  it('takes the noun after a possessor as the target ("Sudan’s paramilitary Rapid Support Forces")', () => {
    expect(relationsOf('The Security Council demanded that Sudan’s paramilitary Rapid Support Forces end their siege.')).toEqual(['un-security-council>rsf:opposition']);
  });

  it('takes the place an envoy leaves as the other side, for cues marked place_is_target', () => {
    expect(relationsOf('Pakistan recalled its ambassador from Tehran on Wednesday.')).toEqual(['PAK>IRN:opposition']);
  });

  it('reads blame as the speaker\'s opposition toward the subject, for cues marked subject_is_target', () => {
    expect(relationsOf('“Washington will bear full responsibility for the consequences,” Iranian Foreign Minister Hossein Amir-Abdollahian said.', '2023-11-17'))
      .toEqual(['hossein-amir-abdollahian>USAGOV:opposition']);
  });

  it('reads the possessor of a mutual noun as the subject\'s partner, and war games around a place as aimed at it', () => {
    expect(relationsOf('Poland has been one of Ukraine’s staunchest allies since Russia invaded.')).toEqual(['POL>UKR:cooperation']);
    expect(relationsOf('Beijing staged war games around Taiwan in August.')).toEqual(['CHNGOV>TWN:opposition']);
  });

  it('gives a stance inside a quote to its speaker: their own side\'s, and a charge against a party whose hostility they report', () => {
    expect(relationsOf('“Belgrade is undermining the dialogue,” Kosovo Prime Minister Albin Kurti said.', '2023-09-26')).toEqual(['albin-kurti>SRBGOV:opposition']);
    expect(relationsOf('“Iran will never accept the resolution of the board,” Iranian Foreign Minister Hossein Amir-Abdollahian said.', '2023-11-17'))
      .not.toContain('IRN>hossein-amir-abdollahian:opposition');
  });

  it('reads "has since" as an adverb, not the start of a clause', () => {
    expect(relationsOf('Israel has since stepped up its air strikes on Hezbollah.')).toEqual(['ISR>hezbollah:opposition']);
  });

  it('skips a cue word before a word its not_before lists ("aid agencies")', () => {
    expect(labelOf('Aid agencies say Sudan faces famine.')).toBe('neutral');
    expect(labelOf('Japan sent aid to Turkey.')).toBe('cooperation');
  });

  it('reads lifting sanctions as a step toward the sanctioned', () => {
    expect(relationsOf('ECOWAS lifted trade and financial sanctions on Mali.')).toEqual(['ecowas>MLI:cooperation!']);
  });

  it('skips a cue word after a word its not_after lists ("put Cuba back")', () => {
    expect(relationsOf('Washington put Cuba back on the list.')).toEqual([]);
    expect(relationsOf('Washington put it back on the list.')).toEqual([]);
    expect(relationsOf('Washington will back Cuba.')).toEqual(['USAGOV>CUB:cooperation']);
  });

  it('reads coordinated subjects as mutual cooperation', () => {
    expect(relationsOf('Armenia and Azerbaijan held talks in Washington.')).toEqual(['ARM>AZE:cooperation']);
  });

  it('resolves "both sides … each other" to both directions', () => {
    const a = analysis('Armenia and Azerbaijan clashed again. Both sides accused each other of shelling.');
    const second = a.stance.relations.filter((r) => r.sentence === 2).map((r) => `${r.source}>${r.target}`);
    expect(second.sort()).toEqual(['ARM>AZE', 'AZE>ARM']);
  });

  it('never reads the object of "against" as a partner', () => {
    const found = relationsOf('Kenya and Somalia agreed to set up joint patrols against al-Shabaab.');
    expect(found).toEqual(expect.arrayContaining(['KEN>SOM:cooperation', 'KEN>al-shabaab:opposition', 'SOM>al-shabaab:opposition']));
    expect(found.filter((r) => r.includes('al-shabaab:cooperation'))).toEqual([]);
  });

  it('gives a quote to its speaker, also over several sentences', () => {
    const a = analysis('“We will never accept this. Serbia must stop its provocations,” Kosovo Prime Minister Albin Kurti said.', '2023-06-01');
    const speakers = a.actors.sentences.map((s) => s.speaker);
    expect(speakers).toEqual(['albin-kurti', 'albin-kurti']);
  });

  it('lowers confidence for offers and plans but keeps the stance', () => {
    const firm = analysis('Japan signed a defence pact with Australia.').stance.relations[0]!;
    const offer = analysis('Japan would offer to cooperate with Australia.').stance.relations[0]!;
    expect(offer.stance).toBe('cooperation');
    expect(offer.confidence).toBeLessThan(firm.confidence);
  });

  it('scores sentiment with the package, not leaking project words into its English lexicon', async () => {
    const Sentiment = (await import('sentiment')).default;
    expect(new Sentiment().analyze('The sanctions hurt.').score).toBe(-2);
    expect(analysis('The ceasefire held.').stance.sentences[0]!.sentiment).toBeGreaterThan(0);
    expect(new Sentiment().analyze('The sanctions hurt.').score).toBe(-2);
    expect(analysis('Kyiv doesn’t support the plan.').stance.sentences[0]!.sentiment).toBeLessThan(0);
  });
});
