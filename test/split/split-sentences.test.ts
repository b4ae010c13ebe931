import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointLength } from '../../src/core/offsets.ts';
import { isSpaceCode, splitSentences } from '../../src/split/split-sentences.ts';

const texts = (input: string) => splitSentences(input).map((s) => s.text);

// each case: the input and the sentences a careful reader sees
const CASES: [string, string, string[]][] = [
  // abbreviations and titles
  ['titles mid-sentence', 'Mr. Smith met Mrs. Jones and Dr. Lee. Gen. Milley and Lt. Col. Vindman came too.', ['Mr. Smith met Mrs. Jones and Dr. Lee.', 'Gen. Milley and Lt. Col. Vindman came too.']],
  ['political titles', 'Sen. Graham, Rep. Cheney, Gov. Newsom and Prof. Sachs spoke. St. Petersburg and Mt. Everest were named.', ['Sen. Graham, Rep. Cheney, Gov. Newsom and Prof. Sachs spoke.', 'St. Petersburg and Mt. Everest were named.']],
  ['company suffix at sentence end', 'The firm merged with Pitt, Briggs & Co. It closed on Friday.', ['The firm merged with Pitt, Briggs & Co.', 'It closed on Friday.']],
  ['company suffix mid-sentence', 'Acme Corp. and Beta Inc. signed with Gamma Ltd. last week.', ['Acme Corp. and Beta Inc. signed with Gamma Ltd. last week.']],
  ['Jr. mid and final', 'Martin Luther King Jr. spoke. The speech was by King Jr. The crowd cheered.', ['Martin Luther King Jr. spoke.', 'The speech was by King Jr.', 'The crowd cheered.']],
  ['vs. etc. e.g. i.e.', 'It was Russia vs. Ukraine, e.g. the war, i.e. the invasion, tanks, drones etc. The end.', ['It was Russia vs. Ukraine, e.g. the war, i.e. the invasion, tanks, drones etc.', 'The end.']],
  ['etc. followed by comma', 'Guns, shells, etc., were sent.', ['Guns, shells, etc., were sent.']],
  ['No. and p. before numbers', 'Resolution No. 2231 is on p. 55 of the report. It expired.', ['Resolution No. 2231 is on p. 55 of the report.', 'It expired.']],
  ['months', 'Talks began on Jan. 5 and ended in Dec. The deal held until Sept. 30, 2024.', ['Talks began on Jan. 5 and ended in Dec.', 'The deal held until Sept. 30, 2024.']],
  // initials and acronyms
  ['initials', 'John F. Kennedy and George H. W. Bush were presidents. J. R. R. Tolkien wrote books.', ['John F. Kennedy and George H. W. Bush were presidents.', 'J. R. R. Tolkien wrote books.']],
  ['U.S. mid-sentence', 'The U.S. Navy and U.N. officials met E.U. and U.K. envoys.', ['The U.S. Navy and U.N. officials met E.U. and U.K. envoys.']],
  ['U.S. sentence-final', 'The ship is based in the U.S. It sailed on Monday. He moved to the U.S.A. The end came.', ['The ship is based in the U.S.', 'It sailed on Monday.', 'He moved to the U.S.A.', 'The end came.']],
  ['a.m. and p.m.', 'The strike began at 5 a.m. Tuesday and ended at 6 p.m. Officials said so.', ['The strike began at 5 a.m. Tuesday and ended at 6 p.m.', 'Officials said so.']],
  ['I as pronoun and initial', 'He was taller than I. We agreed. Malcolm I. Smith came. I think so.', ['He was taller than I.', 'We agreed.', 'Malcolm I. Smith came.', 'I think so.']],
  // numbers and lists
  ['numbers', 'Prices rose 3.5% to $100.00, or 1.2 million rubles, at 5.30pm. Version 2.0 shipped.', ['Prices rose 3.5% to $100.00, or 1.2 million rubles, at 5.30pm.', 'Version 2.0 shipped.']],
  ['coordinates', 'The ship was at 12.5N, 43.2E. It then turned.', ['The ship was at 12.5N, 43.2E.', 'It then turned.']],
  ['numbered list', '1. Withdraw troops.\n2. Release prisoners\n3. Hold talks', ['1. Withdraw troops.', '2. Release prisoners', '3. Hold talks']],
  ['lettered and bulleted lists', 'Demands:\na) a ceasefire\nb) aid corridors\n• prisoner swaps\n- elections.', ['Demands:', 'a) a ceasefire', 'b) aid corridors', '• prisoner swaps', '- elections.']],
  // quotations
  ['full stop inside quotes', 'He said, "We are ready." Then he left.', ['He said, "We are ready."', 'Then he left.']],
  ['curly quote run over sentences', 'Kerry said: “I don’t know. I’ll see. We’ll talk.” He left.', ['Kerry said: “I don’t know.', 'I’ll see.', 'We’ll talk.”', 'He left.']],
  ['quote then attribution', '“We will not retreat,” he added. “Never.”', ['“We will not retreat,” he added.', '“Never.”']],
  ['question in quote then lower-case attribution', '“Why now?” she asked. “Stop!” Smith shouted.', ['“Why now?” she asked.', '“Stop!” Smith shouted.']],
  ['single quotes', "He said 'no deal.' Talks ended. ‘Enough!’ she said.", ["He said 'no deal.'", 'Talks ended.', '‘Enough!’ she said.']],
  ['name with ! or ?', 'Shares of Yahoo! rose. He watched Jeopardy! with friends. Who Wants to Be a Millionaire? aired at nine.', ['Shares of Yahoo! rose.', 'He watched Jeopardy! with friends.', 'Who Wants to Be a Millionaire? aired at nine.']],
  // brackets, ellipses, punctuation runs, dashes
  ['sentence in parentheses', 'The army advanced. (It had waited a week.) Rebels fled.', ['The army advanced.', '(It had waited a week.)', 'Rebels fled.']],
  ['sentence in brackets', 'The army advanced. [It had waited a week.] Rebels fled. He said [the deal] was off.', ['The army advanced.', '[It had waited a week.]', 'Rebels fled.', 'He said [the deal] was off.']],
  ['month range and month at the end', 'The season ran Jan.–Dec. It ended. Prices fell in Jan. The next month they rose.', ['The season ran Jan.–Dec.', 'It ended.', 'Prices fell in Jan.', 'The next month they rose.']],
  ['initial at the end of a sentence', 'It was his initial: F. He signed.', ['It was his initial: F.', 'He signed.']],
  ['degree coordinates', 'The ship is at 34.05°N, 118.25°W today. It moved.', ['The ship is at 34.05°N, 118.25°W today.', 'It moved.']],
  ['ellipses', 'He paused... then went on. It ended . . . Later it resumed… Finally.', ['He paused... then went on.', 'It ended . . .', 'Later it resumed…', 'Finally.']],
  ['?! and !?', 'Really?! Yes!? Fine.', ['Really?!', 'Yes!?', 'Fine.']],
  ['dashes', 'The deal — signed in May – collapsed. It was over.', ['The deal — signed in May – collapsed.', 'It was over.']],
  // web
  ['urls, e-mail, files', 'See https://example.org/a.b?c=1. Write to press@un.org now. The file report.pdf is out.', ['See https://example.org/a.b?c=1.', 'Write to press@un.org now.', 'The file report.pdf is out.']],
  // news layout
  ['dateline', 'MOSCOW (Reuters) - The Kremlin said on Monday it would respond. Talks resume.', ['MOSCOW (Reuters) - The Kremlin said on Monday it would respond.', 'Talks resume.']],
  ['dateline with abbreviated month', 'WASHINGTON, Sept. 8 (Reuters) - The U.S. said it would act. Allies agreed.', ['WASHINGTON, Sept. 8 (Reuters) - The U.S. said it would act.', 'Allies agreed.']],
  ['headline without final punctuation', 'Rebels seize key town\n\nThe rebels took the town on Monday.', ['Rebels seize key town', 'The rebels took the town on Monday.']],
  ['headline on a single line break', 'Rebels seize key town\nThe rebels took the town on Monday.', ['Rebels seize key town', 'The rebels took the town on Monday.']],
  ['blank line always ends a sentence', 'First part without a stop\n\nsecond part', ['First part without a stop', 'second part']],
  ['wrapped line continues a sentence', 'The minister said the talks\nwould go on.', ['The minister said the talks\nwould go on.']],
  ['credits', 'The talks ended.\n(Reporting by Jane Doe; Editing by John Roe)', ['The talks ended.', '(Reporting by Jane Doe; Editing by John Roe)']],
  ['byline', 'By Jane Doe\nThe talks ended.', ['By Jane Doe', 'The talks ended.']],
  ['CRLF', 'One.\r\nTwo.\r\n\r\nThree', ['One.', 'Two.', 'Three']],
  ['no-break space and BOM', '\uFEFFBoth ISIS\u00a0and IS. Next.', ['Both ISIS\u00a0and IS.', 'Next.']],
];

describe('splitSentences', () => {
  it.each(CASES)('%s', (_name, input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it('gives code-point offsets that slice the input', () => {
    const input = 'Émoji 🎉 first. Then 𝒳 second.';
    const chars = [...input];
    for (const s of splitSentences(input)) expect(chars.slice(s.start, s.end).join('')).toBe(s.text);
    expect(splitSentences(input).map((s) => s.text)).toEqual(['Émoji 🎉 first.', 'Then 𝒳 second.']);
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\t\u00a0 ')).toEqual([]);
  });
});

/** Every character is either inside exactly one sentence or white space between them. */
function assertExactCover(input: string) {
  const chars = [...input];
  const spans = splitSentences(input);
  let cursor = 0;
  for (const s of spans) {
    expect(s.start).toBeGreaterThanOrEqual(cursor);
    expect(s.end).toBeGreaterThan(s.start);
    for (const gap of chars.slice(cursor, s.start)) expect(isSpaceCode(gap.codePointAt(0)!) || gap.length > 1 && false).toBe(true);
    const text = chars.slice(s.start, s.end).join('');
    expect(text).toBe(s.text);
    expect(isSpaceCode(s.text.charCodeAt(0))).toBe(false);
    expect(isSpaceCode(s.text.charCodeAt(s.text.length - 1))).toBe(false);
    cursor = s.end;
  }
  for (const gap of chars.slice(cursor)) expect(isSpaceCode(gap.codePointAt(0)!)).toBe(true);
  expect(cursor).toBeLessThanOrEqual(codePointLength(input));
}

describe('splitSentences spans (property-based)', () => {
  const pieces = fc.constantFrom(
    'Mr.', 'U.S.', 'a.m.', 'etc.', 'No.', '3.5%', '$1.00', '...', '. . .', '…', '?!', '!', '?', '.', '"', '“', '”', '‘', '’', "'",
    '(', ')', '[', ']', '—', '–', '-', ' ', '  ', '\n', '\n\n', '\r\n', '\u00a0', '\uFEFF', '\u2029', 'I', 'He', 'the', 'Kremlin',
    '🎉', '👩‍👩‍👧', 'e\u0301', '𝒳', 'ﬁ', '\uD800', '\uDC00', '1.', 'a)', '•', 'http://x.org/a.b', 'x@y.org', 'Yahoo!', 'MOSCOW (Reuters) -',
  );
  it('never loses or repeats a character on adversarial input', () => {
    fc.assert(fc.property(fc.array(pieces, { maxLength: 60 }), (parts) => assertExactCover(parts.join(''))), { numRuns: 2000 });
  });
  it('never loses or repeats a character on random strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => assertExactCover(s)), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', 'B', '.', ' ', '"', '”', '?', '\n', 'I', '…'), maxLength: 300 }), (s) => assertExactCover(s)), { numRuns: 2000 });
  });
  it('handles a megabyte without punctuation, and only punctuation', () => {
    const words = 'the ceasefire held along the front line '.repeat(26_000);
    const spans = splitSentences(words);
    expect(spans).toHaveLength(1);
    assertExactCover(words);
    assertExactCover('.?!…"”’)'.repeat(10_000));
    assertExactCover('\n'.repeat(10_000) + 'x');
  });
});
