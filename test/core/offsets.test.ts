import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointLength, CodePointCursor, sliceCodePoints, toCodePointOffset, toUtf16Index } from '../../src/core/offsets.ts';

describe('offsets', () => {
  it('counts astral characters as one code point', () => {
    expect(codePointLength('a🎉b')).toBe(3);
    expect(toCodePointOffset('a🎉b', 3)).toBe(2);
    expect(toUtf16Index('a🎉b', 2)).toBe(3);
    expect(sliceCodePoints('a🎉b𝒳c', 1, 4)).toBe('🎉b𝒳');
  });

  it('round-trips every index of random strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (s) => {
      const cursor = new CodePointCursor(s);
      const points = [...s];
      let u = 0;
      for (let p = 0; p <= points.length; p++) {
        expect(cursor.toCodePoint(u)).toBe(p);
        expect(toUtf16Index(s, p)).toBe(u);
        u += points[p]?.length ?? 0;
      }
    }));
  });
});
