import { describe, expect, it } from 'vitest';
import { checkData } from '../src/data-check.ts';

describe('knowledge files (npm run data:check)', () => {
  it('have no duplicate ids, names claimed twice, backward roles or repeated cues', () => {
    expect(checkData().map((p) => `${p.file}: ${p.problem}`)).toEqual([]);
  });
});
