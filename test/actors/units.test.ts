import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/actors/knowledge.ts';
import { NO_UNITS, UnitIndex, type Unit } from '../../src/actors/units.ts';

const actor = (actorId: string): Entry => ({ kind: 'actor', actorId, how: 'name' });
const unit = (first: number, last: number, id: string): Unit => ({ first, last, entry: actor(id) });

describe('UnitIndex', () => {
  // "US and Russian commanders": units over tokens 0–1 and 2–3, and a second reading of 2–3
  const units = [unit(0, 1, 'USA'), unit(2, 3, 'RUS'), unit(2, 3, 'RUSGOV'), unit(3, 4, 'MIL')];
  const index = new UnitIndex(units, 5);

  it('finds the units that start or end at a token, in their order', () => {
    expect(index.at(2).map((u) => u.entry)).toEqual([actor('RUS'), actor('RUSGOV')]);
    expect(index.ending(3).map((u) => u.entry)).toEqual([actor('RUS'), actor('RUSGOV')]);
    expect(index.at(3)).toEqual([units[3]]);
    expect(index.ending(1)).toEqual([units[0]]);
  });

  it('answers with no units before the first token, past the last and where none starts', () => {
    expect(index.at(-1)).toBe(NO_UNITS);
    expect(index.ending(-1)).toBe(NO_UNITS);
    expect(index.at(1)).toBe(NO_UNITS);
    expect(index.at(9)).toBe(NO_UNITS);
  });
});
