import { getTableColumns } from "drizzle-orm";
import { scores } from "@/db/schema";
import { quoteName } from "./recordset";

/**
 * Revisions hold a score row as JSON in one format: what `JSON.stringify(row)` writes for a
 * drizzle ScoreRow (camelCase keys, dates as `2026-06-01T00:00:00.000Z`). Single-row changes
 * write it from JavaScript; batch creates have PostgreSQL build it from the inserted rows, which
 * spares sending every row back. This renders that same JSON in SQL; a test pins the two together.
 */
const ISO_MS_UTC = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

/** jsonb_build_object takes at most 100 arguments, so pairs go in chunks joined with `||`. */
const PAIRS_PER_CALL = 40;

export function scoreRowJsonSql(alias: string): string {
  const pairs = Object.entries(getTableColumns(scores)).map(([key, column]) => {
    const reference = `${alias}.${quoteName(column.name)}`;
    const value = column.getSQLType().startsWith("timestamp")
      ? `to_char(${reference} at time zone 'UTC', ${ISO_MS_UTC})`
      : reference;
    return `'${key}', ${value}`;
  });
  const calls: string[] = [];
  for (let start = 0; start < pairs.length; start += PAIRS_PER_CALL) {
    calls.push(`jsonb_build_object(${pairs.slice(start, start + PAIRS_PER_CALL).join(", ")})`);
  }
  return calls.join(" || ");
}
