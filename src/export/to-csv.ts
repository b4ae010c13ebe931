import Papa from 'papaparse';
import type * as z from 'zod';
import { columnsOf } from '../schemas/columns.ts';

/** Rows → RFC 4180 CSV (UTF-8, header row, LF); list columns joined by ";", nulls empty. */
export function toCSV(table: z.ZodObject, rows: Record<string, unknown>[]): string {
  const cols = columnsOf(table);
  const data = rows.map((r) =>
    cols.map((c) => {
      const v = r[c.name];
      if (v === null || v === undefined) return null;
      if (Array.isArray(v)) return v.join(';');
      return v;
    }),
  );
  return `${Papa.unparse({ fields: cols.map((c) => c.name), data }, { newline: '\n' })}\n`;
}
