/**
 * Same-shaped records as one header and rows of values: `[{a: 1, b: 2}, {a: 3, b: 4}]`
 * ↔ `{ keys: ['a', 'b'], rows: [[1, 2], [3, 4]] }`. The state files hold hundreds of
 * thousands of mentions; without a key name repeated in each one they are a third of
 * the size, and faster to write and read back.
 */
export interface Packed {
  keys: string[];
  rows: unknown[][];
}

export function pack<T extends object>(records: readonly T[], keys: readonly (keyof T & string)[]): Packed {
  return { keys: [...keys], rows: records.map((r) => keys.map((k) => r[k])) };
}

/** The records back; a header without one of `keys` means the file was not written by this version. */
export function unpack<T>(packed: Packed, keys: readonly (keyof T & string)[]): T[] {
  if (!packed || !Array.isArray(packed.keys) || !Array.isArray(packed.rows)) throw new Error('not a packed table');
  const at = keys.map((k) => {
    const i = packed.keys.indexOf(k);
    if (i < 0) throw new Error(`packed table has no "${k}" column`);
    return i;
  });
  return packed.rows.map((row) => {
    const r: Record<string, unknown> = {};
    for (let k = 0; k < keys.length; k++) r[keys[k]!] = row[at[k]!];
    return r as T;
  });
}
