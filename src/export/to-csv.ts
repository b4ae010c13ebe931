import type * as z from 'zod';
import { columnsOf } from '../schemas/columns.ts';

// a field is quoted when it holds a quote, comma or line break, or starts or ends with
// a space (as papaparse does, so readers that trim cannot change it)
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
const QUOTE = /"/g;

function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const s = Array.isArray(value) ? value.join(';') : String(value);
  return NEEDS_QUOTES.test(s) ? `"${s.replace(QUOTE, '""')}"` : s;
}

/**
 * Rows → RFC 4180 CSV (UTF-8, header row, LF); list columns joined by ";", nulls empty.
 * Written here rather than with papaparse's unparse, which checked and escaped every
 * field with several scans and took longer than the Arrow encoding of all tables (see
 * README, "Dependencies"); the tests read the result back with papaparse, DuckDB and polars.
 */
export function toCSV(table: z.ZodObject, rows: Record<string, unknown>[]): string {
  return csvHeader(table) + csvRows(table, rows);
}

/** The header line of a table's CSV. */
export function csvHeader(table: z.ZodObject): string {
  return `${columnsOf(table).map((c) => csvField(c.name)).join(',')}\n`;
}

/** Rows as CSV lines, each ended by LF (what follows the header, or another batch of rows). */
export function csvRows(table: z.ZodObject, rows: Record<string, unknown>[]): string {
  const names = columnsOf(table).map((c) => c.name);
  const lines: string[] = [];
  const fields = new Array<string>(names.length);
  for (const row of rows) {
    for (let k = 0; k < names.length; k++) fields[k] = csvField(row[names[k]!]);
    lines.push(fields.join(','));
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
