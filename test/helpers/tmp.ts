import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const made: string[] = [];

/** A fresh temporary folder, removed by `cleanTmp`. */
export function tmp(prefix = 'geostance-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function cleanTmp(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

export const quiet = () => {};
