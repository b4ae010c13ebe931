import { vocabularyId } from './tokenize.ts';

/**
 * Word classes by vocabulary id: a table of bit sets, so a pass that asks of every
 * token "is it one of these words?" reads one array slot (`Token.id` is the index)
 * instead of looking its key up in a set per class.
 */
export function indexWordClasses(words: [Iterable<string>, number][]): Uint8Array {
  const marked: [number, number][] = [];
  for (const [keys, bit] of words) for (const key of keys) marked.push([vocabularyId(key, true), bit]);
  const classes = new Uint8Array(Math.max(0, ...marked.map(([id]) => id + 1)));
  for (const [id, bit] of marked) classes[id]! |= bit;
  return classes;
}

/** The class bits of the word with vocabulary id `id` (0: in no class, or not in the vocabulary). */
export function classOf(classes: Uint8Array, id: number): number {
  return id >= 0 && id < classes.length ? classes[id]! : 0;
}
