import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';

/** What a file being written is called until it is renamed into place: its name and this. */
export function tempSuffix(): string {
  return `.tmp-${process.pid}-${Date.now()}`;
}

/**
 * Writes several files so that readers see either all the old ones or the new
 * ones: every file is written to a temporary name first, then renamed.
 * If any write fails, the temporaries are removed and the old files stay.
 */
export function writeFilesAtomically(files: { path: string; data: string | Uint8Array }[]): void {
  const suffix = tempSuffix();
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

/**
 * Writes lines (each followed by LF) to a file the same way, a thousand lines at a time: a
 * state file of many megabytes is never joined into one string first.
 */
export function writeLinesAtomically(file: string, lines: string[]): void {
  const temp = file + tempSuffix();
  mkdirSync(path.dirname(file), { recursive: true });
  const fd = openSync(temp, 'w');
  let written = false;
  try {
    for (let i = 0; i < lines.length; i += 1000) writeSync(fd, `${lines.slice(i, i + 1000).join('\n')}\n`);
    written = true;
  } finally {
    closeSync(fd);
    if (!written) rmSync(temp, { force: true });
  }
  renameSync(temp, file);
}
