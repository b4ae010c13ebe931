import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Writes several files so that readers see either all the old ones or the new
 * ones: every file is written to a temporary name first, then renamed.
 * If any write fails, the temporaries are removed and the old files stay.
 */
export function writeFilesAtomically(files: { path: string; data: string | Uint8Array }[]): void {
  const suffix = `.tmp-${process.pid}-${Date.now()}`;
  const written: string[] = [];
  try {
    for (const f of files) {
      mkdirSync(path.dirname(f.path), { recursive: true });
      writeFileSync(f.path + suffix, f.data);
      written.push(f.path);
    }
  } catch (e) {
    for (const p of written) rmSync(p + suffix, { force: true });
    throw e;
  }
  for (const p of written) renameSync(p + suffix, p);
}
