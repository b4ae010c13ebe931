/** Which actors are one side: a state and its organs share a CAMEO country code; rebels, parties and firms do not. The actors stage ("both sides" are two states) and the stance stage (no stance toward one's own side) both ask it here. */

/** CAMEO sectors that are organs of the state: a country and these are one side. */
const STATE_SECTORS = new Set(['', 'GOV', 'MIL', 'LEG', 'JUD', 'COP', 'SPY']);
/** The country of a state code ("GBRGOV" → "GBR", "USA" → "USA"), or null for rebels, parties, firms and the rest. */
export function stateOf(code: string): string | null {
  let state = stateOfCode.get(code);
  if (state === undefined) {
    state = /^[A-Z]{3}(?:[A-Z]{3})?$/.test(code) && STATE_SECTORS.has(code.slice(3)) ? code.slice(0, 3) : null;
    stateOfCode.set(code, state);
  }
  return state;
}
/** stateOf by code, worked out once per code (there are a few hundred) */
const stateOfCode = new Map<string, string | null>();

/** What the detector keeps about an actor to tell sides apart (and what it asks of its type). */
export interface Side {
  code: string;
  state: string | null;
  type: string | undefined;
}
