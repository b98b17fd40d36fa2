import { getTableColumns, getTableName } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";

/**
 * PostgreSQL COPY text format: one line per row, columns separated by tabs, `\N` for NULL, and
 * backslash, tab, newline and carriage return escaped inside values.
 * https://www.postgresql.org/docs/current/sql-copy.html#id-1.9.3.55.9.2
 */
const NEEDS_ESCAPE = /[\\\t\n\r]/;
const ESCAPES = /[\\\t\n\r]/g;
const REPLACEMENT: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

export function escapeCopyText(value: string): string {
  return NEEDS_ESCAPE.test(value) ? value.replace(ESCAPES, (c) => REPLACEMENT[c]) : value;
}

/** A text[] literal: every element double-quoted, with `"` and `\` backslash-escaped inside. */
export function arrayLiteral(items: readonly string[]): string {
  let out = "{";
  for (let i = 0; i < items.length; i++) {
    if (i > 0) out += ",";
    out += `"${items[i].replace(/["\\]/g, "\\$&")}"`;
  }
  return out + "}";
}

/**
 * Encoded jsonb text per object. Rows share pooled objects (metadata, JSON values, subject
 * input/output), so each is stringified and escaped once rather than once per row.
 */
const jsonCache = new WeakMap<object, string>();

export function encodeJson(value: unknown): string {
  if (typeof value !== "object" || value === null) return escapeCopyText(JSON.stringify(value));
  let text = jsonCache.get(value);
  if (text === undefined) {
    text = escapeCopyText(JSON.stringify(value));
    jsonCache.set(value, text);
  }
  return text;
}

type Encoder = (value: unknown) => string;

const encodeText: Encoder = (v) => escapeCopyText(String(v));
const encodeNumber: Encoder = (v) => String(v);
const encodeBool: Encoder = (v) => (v ? "t" : "f");
const encodeDate: Encoder = (v) => (v as Date).toISOString();
const encodeTextArray: Encoder = (v) => escapeCopyText(arrayLiteral(v as string[]));

/** Picks the encoder from the column's SQL type, so the COPY path follows schema changes by itself. */
function encoderFor(sqlType: string): Encoder {
  if (sqlType.endsWith("[]")) return encodeTextArray;
  if (sqlType === "jsonb" || sqlType === "json") return encodeJson;
  if (sqlType === "boolean") return encodeBool;
  if (sqlType.startsWith("timestamp")) return encodeDate;
  if (/^(double precision|real|numeric|integer|bigint|smallint)/.test(sqlType)) return encodeNumber;
  return encodeText;
}

export type CopyEncoder<Row> = {
  /** `copy <table> (<columns>) from stdin` for this encoder's column order. */
  statement: string;
  /** One row as a COPY line, without the newline (the sink writes it, so the line stays one flat string). */
  line: (row: Row) => string;
};

/** Builds the line encoder for a drizzle table: every column, in schema order. */
export function copyEncoder<Row extends object>(table: PgTable): CopyEncoder<Row> {
  const columns = Object.entries(getTableColumns(table)).map(([key, column]) => ({
    key,
    name: column.name,
    encode: encoderFor(column.getSQLType()),
  }));
  const keys = columns.map((c) => c.key);
  const encoders = columns.map((c) => c.encode);
  const names = columns.map((c) => `"${c.name}"`).join(", ");
  const fields: string[] = new Array(columns.length);
  return {
    statement: `copy "${getTableName(table)}" (${names}) from stdin`,
    line: (row) => {
      const record = row as Record<string, unknown>;
      // One join makes one flat string; `+=` would build a rope of many small pieces first.
      for (let i = 0; i < keys.length; i++) {
        const value = record[keys[i]];
        fields[i] = value === null || value === undefined ? "\\N" : encoders[i](value);
      }
      return fields.join("\t");
    },
  };
}
