import * as A from 'apache-arrow';
import type * as z from 'zod';
import { columnsOf, type ArrowKind, type ColumnSpec } from '../schemas/columns.ts';

function arrowType(kind: ArrowKind): A.DataType {
  switch (kind) {
    case 'utf8': return new A.Utf8();
    case 'int32': return new A.Int32();
    case 'float64': return new A.Float64();
    case 'bool': return new A.Bool();
    case 'list_utf8': return new A.List(new A.Field('item', new A.Utf8(), true));
    case 'timestamp_ms': return new A.TimestampMillisecond('UTC');
  }
}

function columnValues(col: ColumnSpec, rows: Record<string, unknown>[]): unknown[] {
  if (col.arrow === 'timestamp_ms') return rows.map((r) => (r[col.name] == null ? null : Date.parse(r[col.name] as string)));
  return rows.map((r) => r[col.name] ?? null);
}

/** The Arrow schema of a table, derived from its zod declaration. */
export function arrowSchema(table: z.ZodObject): A.Schema {
  return new A.Schema(columnsOf(table).map((c) => new A.Field(c.name, arrowType(c.arrow), c.nullable)));
}

/** Rows → Arrow IPC file bytes, with the column types the schema declares (never inferred). */
export function toArrowIPC(table: z.ZodObject, rows: Record<string, unknown>[]): Uint8Array {
  const cols = columnsOf(table);
  const schema = arrowSchema(table);
  const vectors = Object.fromEntries(cols.map((c) => [c.name, A.vectorFromArray(columnValues(c, rows), arrowType(c.arrow))]));
  const loose = new A.Table(vectors);
  // re-stamp every batch with the declared schema (field nullability included)
  const batches = loose.batches.map((b) => new A.RecordBatch(schema, b.data));
  return A.tableToIPC(new A.Table(schema, batches), 'file');
}
