import { sql, type SQL } from "drizzle-orm";
import { scores, type ScoreRow } from "@/db/schema";
import type { CursorPosition } from "./cursor";
import type { SortField, SortOrder } from "./filters";

/**
 * Keyset order for every sort: the sort column, then id in the same direction. A null sort
 * key (only `value` can be null) counts as the smallest value: last when descending, first
 * when ascending, on both engines. Conditions are written as `col <= v and (col < v or id < i)`
 * so the leading bound is an index range, not a filter.
 */
export const sortColumns = {
  timestamp: scores.timestamp,
  value: scores.numericValue,
  name: scores.name,
  createdAt: scores.createdAt,
  updatedAt: scores.updatedAt,
} as const;

const nullableSorts: ReadonlySet<SortField> = new Set(["value"]);
const dateSorts: ReadonlySet<SortField> = new Set(["timestamp", "createdAt", "updatedAt"]);

export function orderByFor(sort: SortField, order: SortOrder): SQL[] {
  const column = sortColumns[sort];
  return order === "desc"
    ? // id is never null; spelling out its nulls order matches the indexes' (id DESC NULLS LAST),
      // which spares the planner an extra incremental sort on every page.
      [sql`${column} desc nulls last`, sql`${scores.id} desc nulls last`]
    : [sql`${column} asc nulls first`, sql`${scores.id} asc nulls first`];
}

/** The sort key of a row as a cursor stores it (dates as ISO strings). */
export function positionOf(row: ScoreRow, sort: SortField): CursorPosition {
  const value = row[sortColumnKey[sort]];
  return {
    value: value instanceof Date ? value.toISOString() : (value as string | number | null),
    id: row.id,
  };
}

const sortColumnKey = {
  timestamp: "timestamp",
  value: "numericValue",
  name: "name",
  createdAt: "createdAt",
  updatedAt: "updatedAt",
} as const satisfies Record<SortField, keyof ScoreRow>;

/** Rows strictly after `position` in the given (effective) order. */
export function afterPosition(sort: SortField, order: SortOrder, position: CursorPosition): SQL {
  const column = sortColumns[sort];
  const id = position.id;
  const raw = position.value;
  // Dates travel as ISO strings and are cast here, so neither driver has to guess the type.
  const value = raw !== null && dateSorts.has(sort) ? sql`${raw}::timestamptz` : raw;
  const nullable = nullableSorts.has(sort);
  if (order === "desc") {
    if (value === null) return sql`(${column} is null and ${scores.id} < ${id})`;
    const bounded = sql`(${column} <= ${value} and (${column} < ${value} or ${scores.id} < ${id}))`;
    return nullable ? sql`(${bounded} or ${column} is null)` : bounded;
  }
  if (value === null) return sql`((${column} is null and ${scores.id} > ${id}) or ${column} is not null)`;
  return sql`(${column} >= ${value} and (${column} > ${value} or ${scores.id} > ${id}))`;
}
