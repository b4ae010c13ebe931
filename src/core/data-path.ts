import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** Absolute path of a file in the project's `data/` folder, wherever the process runs from. */
export function dataPath(...parts: string[]): string {
  return path.join(fileURLToPath(new URL('../../data/', import.meta.url)), ...parts);
}
