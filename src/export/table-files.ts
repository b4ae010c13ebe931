import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import * as z from 'zod';
import { TABLES, type TableName } from '../schemas/tables.ts';
import { ArrowFileWriter } from './to-arrow.ts';
import { csvHeader, csvRows } from './to-csv.ts';
import { tempSuffix } from './write-atomic.ts';

interface OpenTable {
  arrow: ArrowFileWriter;
  csv: number;
  check: RowCheck;
}

type RowCheck = { safeParse: (v: unknown) => { success: boolean; error?: { message: string } } };

const checks = new Map<TableName, RowCheck>();

/** A table's row check, compiled once (zod's JIT) where zod can, else the schema itself. */
function rowCheck(name: TableName): RowCheck {
  let check = checks.get(name);
  if (!check) {
    try {
      check = z.compile(TABLES[name]);
    } catch {
      check = TABLES[name];
    }
    checks.set(name, check);
  }
  return check;
}

/**
 * Tables written batch by batch as `<table>.arrow` and `<table>.csv`, so a run never holds a
 * whole table: rows go to temporary files as they come, and `commit` renames every file into
 * place together, so readers see either all the old tables or all the new ones. `abort` (or a
 * failed write) removes the temporaries and leaves the old files as they were.
 */
export class TableFiles {
  private readonly suffix = tempSuffix();
  private readonly open = new Map<TableName, OpenTable>();
  private readonly done: string[] = [];

  constructor(private readonly out: string) {}

  /** Appends rows to a table (opened on first use), each checked against the table's schema. */
  write(name: TableName, rows: Record<string, unknown>[]): void {
    const table = this.table(name);
    for (const row of rows) {
      const parsed = table.check.safeParse(row);
      if (!parsed.success) throw new Error(`internal: a ${name} row does not fit its schema: ${parsed.error?.message}`);
    }
    table.arrow.write(rows);
    const text = csvRows(TABLES[name], rows);
    if (text) writeSync(table.csv, text);
  }

  private table(name: TableName): OpenTable {
    let table = this.open.get(name);
    if (!table) {
      mkdirSync(this.out, { recursive: true });
      const base = path.join(this.out, name);
      const csv = openSync(`${base}.csv${this.suffix}`, 'w');
      this.done.push(`${base}.csv`);
      writeSync(csv, csvHeader(TABLES[name]));
      const arrow = new ArrowFileWriter(TABLES[name], openSync(`${base}.arrow${this.suffix}`, 'w'));
      this.done.push(`${base}.arrow`);
      table = { arrow, csv, check: rowCheck(name) };
      this.open.set(name, table);
    }
    return table;
  }

  /** Finishes every table (the Arrow footer) and closes its files; `quietly` for an abort, where a file may be closed already. */
  private closeAll(quietly: boolean): void {
    for (const [name, t] of this.open) {
      try {
        t.arrow.close();
        closeSync(t.csv);
      } catch (e) {
        if (!quietly) throw e;
      }
      this.open.delete(name);
    }
  }

  /** Finishes every table and puts the files in place. */
  commit(): void {
    try {
      this.closeAll(false);
    } catch (e) {
      this.abort();
      throw e;
    }
    for (const p of this.done) renameSync(p + this.suffix, p);
    this.done.length = 0;
  }

  /** Drops what was written; the files from before stay. */
  abort(): void {
    this.closeAll(true);
    for (const p of this.done) rmSync(p + this.suffix, { force: true });
    this.done.length = 0;
  }
}
