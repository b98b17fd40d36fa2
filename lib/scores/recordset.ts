import { getTableColumns, sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";

/**
 * Multi-row writes that send all rows as ONE JSON parameter, turned back into typed rows by
 * `jsonb_to_recordset`. drizzle's builder needs about 60 ms to render 1,000 rows of 37 columns
 * (a placeholder per value) and the driver as long again to bind them; this costs one
 * JSON.stringify. Column names and types come from the drizzle schema, so nothing is restated
 * by hand, and values stay parameters: nothing a client sent is spliced into SQL.
 */
export type RecordsetColumn = { key: string; name: string; sqlType: string; column?: PgColumn };

export function columnsOf(table: PgTable, skip: readonly string[] = []): RecordsetColumn[] {
  return Object.entries(getTableColumns(table))
    .filter(([key]) => !skip.includes(key))
    .map(([key, column]) => ({ key, name: column.name, sqlType: column.getSQLType(), column }));
}

export const quoteName = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** `"a", "b", …`, optionally qualified: `r."a", r."b", …`. */
export const columnListOf = (columns: RecordsetColumn[], alias?: string): SQL =>
  sql.raw(columns.map(({ name }) => (alias ? `${alias}.${quoteName(name)}` : quoteName(name))).join(", "));

/**
 * `jsonb_to_recordset($1) as r("a" text, …)` over `rows` (keyed like the drizzle table). A null
 * or missing value is SQL NULL, a Date travels as its ISO string, and a jsonb column takes the
 * JSON value as it is.
 */
export function recordsetFrom(columns: RecordsetColumn[], rows: Record<string, unknown>[], alias = "r"): SQL {
  const payload = rows.map((row) => {
    const record: Record<string, unknown> = {};
    for (const { key, name } of columns) {
      const value = row[key];
      if (value !== undefined && value !== null) record[name] = value;
    }
    return record;
  });
  const definition = columns.map(({ name, sqlType }) => `${quoteName(name)} ${sqlType}`).join(", ");
  return sql`jsonb_to_recordset(${JSON.stringify(payload)}::text::jsonb) as ${sql.raw(alias)}(${sql.raw(definition)})`;
}

/** A row from `db.execute` (SQL names, driver values) as drizzle's select would return it. */
export function mapRawRow<T>(columns: RecordsetColumn[], raw: Record<string, unknown>): T {
  const row: Record<string, unknown> = {};
  for (const { key, name, column } of columns) {
    const value = raw[name];
    row[key] =
      value === null || value === undefined ? null : column ? column.mapFromDriverValue(value) : value;
  }
  return row as T;
}
