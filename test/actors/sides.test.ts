import { describe, expect, it } from 'vitest';
import { stateOf } from '../../src/actors/sides.ts';

describe('sides', () => {
  it('gives the state of a country code and of its organs, and none for rebels, parties or IGOs', () => {
    expect(stateOf('GBR')).toBe('GBR');
    expect(stateOf('GBRGOV')).toBe('GBR');
    expect(stateOf('RUSMIL')).toBe('RUS');
    expect(stateOf('PAKREB')).toBeNull();
    expect(stateOf('TWNPTY')).toBeNull();
    expect(stateOf('IGOUNO')).toBeNull();
    expect(stateOf('hamas')).toBeNull();
  });
});
