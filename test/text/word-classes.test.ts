import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/text/tokenize.ts';
import { classOf, indexWordClasses } from '../../src/text/word-classes.ts';

describe('indexWordClasses', () => {
  const BREAK = 1;
  const SPEECH = 2;
  const classes = indexWordClasses([
    [['but', ';', 'said'], BREAK],
    [['said', 'told'], SPEECH],
  ]);
  const of = (text: string) => tokenize(text).map((t) => classOf(classes, t.id));

  it('gives each token the bits of every class its key is in, read by vocabulary id', () => {
    expect(of('Kerry said; Lavrov told reporters but')).toEqual([0, BREAK | SPEECH, BREAK, 0, SPEECH, 0, BREAK]);
  });

  it('reads a token by its key, so its case does not matter', () => {
    expect(of('BUT Said')).toEqual([BREAK, BREAK | SPEECH]);
  });

  it('gives 0 to words outside every class and to ids past the table', () => {
    expect(classOf(classes, -1)).toBe(0);
    expect(classOf(classes, classes.length + 10)).toBe(0);
    expect(of('Qwertyland')).toEqual([0]);
  });
});
