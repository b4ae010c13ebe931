import { readFileSync } from 'node:fs';
import * as z from 'zod';

export class DataFileError extends Error {
  constructor(readonly file: string, readonly problems: string[]) {
    super(`${file}: ${problems.length} bad line(s)\n${problems.slice(0, 20).join('\n')}`);
  }
}

/**
 * Reads a JSONL knowledge file and validates each line; every bad line is
 * reported with its number, and any bad line makes the whole file fail so a
 * typo in a dictionary never silently drops an entry.
 */
export function loadJsonl<T extends z.ZodType>(file: string, schema: T): z.infer<T>[] {
  const records: z.infer<T>[] = [];
  const problems: string[] = [];
  const lines = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line.trim() === '' || line.trimStart().startsWith('//')) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      problems.push(`  line ${i + 1}: not JSON (${(e as Error).message})`);
      return;
    }
    const parsed = schema.safeParse(value);
    if (parsed.success) records.push(parsed.data);
    else problems.push(`  line ${i + 1}: ${z.prettifyError(parsed.error).replace(/\n/g, ' ')}`);
  });
  if (problems.length) throw new DataFileError(file, problems);
  return records;
}
