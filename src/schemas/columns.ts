import * as z from 'zod';

/**
 * Column builders: a zod schema plus the Arrow type and description that the
 * Arrow writer, the CSV writer and the README's data dictionary read back.
 * A table is declared once, as a z.object of these.
 */
export type ArrowKind = 'utf8' | 'int32' | 'float64' | 'bool' | 'list_utf8' | 'timestamp_ms';

export interface ColumnMeta {
  arrow: ArrowKind;
  nullable: boolean;
  description: string;
}

export const columnRegistry = z.registry<ColumnMeta>();

function column<T extends z.ZodType>(schema: T, arrow: ArrowKind, nullable: boolean, description: string): T {
  columnRegistry.add(schema as z.ZodType, { arrow, nullable, description });
  return schema;
}

export const col = {
  text: (d: string) => column(z.string(), 'utf8', false, d),
  /** text from a closed list: checked before writing, stored as plain UTF-8 */
  oneOf: <T extends Readonly<Record<string, string>>>(values: T, d: string) => column(z.enum(values), 'utf8', false, d),
  textOrNull: (d: string) => column(z.string().nullable(), 'utf8', true, d),
  int: (d: string) => column(z.number().int(), 'int32', false, d),
  number: (d: string) => column(z.number(), 'float64', false, d),
  numberOrNull: (d: string) => column(z.number().nullable(), 'float64', true, d),
  bool: (d: string) => column(z.boolean(), 'bool', false, d),
  list: (d: string) => column(z.array(z.string()), 'list_utf8', false, d),
  /** ISO 8601 instant, stored as an Arrow timestamp (ms, UTC). */
  time: (d: string) => column(z.iso.datetime(), 'timestamp_ms', false, d),
  timeOrNull: (d: string) => column(z.iso.datetime().nullable(), 'timestamp_ms', true, d),
};

export interface ColumnSpec extends ColumnMeta {
  name: string;
  schema: z.ZodType;
}

/** The columns of a table schema, in declaration order, with their metadata. */
export function columnsOf(table: z.ZodObject): ColumnSpec[] {
  return Object.entries(table.shape).map(([name, schema]) => {
    const meta = columnRegistry.get(schema as z.ZodType);
    if (!meta) throw new Error(`column ${name} was not declared with col.*`);
    return { name, schema: schema as z.ZodType, ...meta };
  });
}
