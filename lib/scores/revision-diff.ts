import type { ScoreDataType } from "@/db/schema/enums";
import { scoreValueOf } from "./serialize";

/**
 * What a revision changed, for people: the typed value (not its storage columns), the comment,
 * each metadata key, then any other field an upsert through another API replaced. A revision
 * stores whole rows (camelCase JSON), so the diff is computed, never stored. Bookkeeping columns
 * (`updatedAt`, ids) always move and are left out.
 */
export type RevisionRow = Record<string, unknown>;

export type FieldChange = {
  /** `value`, `comment`, `metadata.<key>` or another field's camelCase name. */
  field: string;
  /** `undefined`: the field or metadata key was absent on that side. */
  before: unknown;
  after: unknown;
};

const VALUE_COLUMNS = ["numericValue", "stringValue", "categories", "jsonValue"];
const BOOKKEEPING = ["id", "projectId", "updatedAt", "subjectKind"];
const HANDLED = new Set(["dataType", "comment", "metadata", ...VALUE_COLUMNS, ...BOOKKEEPING]);

/** JSON with object keys sorted, so two documents compare by content. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, inner]) => inner !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${stableJson(inner)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "undefined";
}

export const sameJson = (a: unknown, b: unknown): boolean => stableJson(a) === stableJson(b);

const asNumber = (value: unknown) => (typeof value === "number" ? value : null);
const asString = (value: unknown) => (typeof value === "string" ? value : null);
const asStrings = (value: unknown) =>
  Array.isArray(value) && value.every((item) => typeof item === "string") ? (value as string[]) : null;

/** A stored row's value in its data type's JSON type, as /api/v1 shows it. */
export function revisionValueOf(row: RevisionRow): unknown {
  return scoreValueOf({
    dataType: row.dataType as ScoreDataType,
    numericValue: asNumber(row.numericValue),
    stringValue: asString(row.stringValue),
    categories: asStrings(row.categories),
    jsonValue: row.jsonValue ?? null,
  });
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

function diffMetadata(before: unknown, after: unknown): FieldChange[] {
  if (sameJson(before, after)) return [];
  if (!isPlainObject(before) || !isPlainObject(after)) return [{ field: "metadata", before, after }];
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return keys
    .filter((key) => !sameJson(before[key], after[key]))
    .map((key) => ({ field: `metadata.${key}`, before: before[key], after: after[key] }));
}

/** The changes from `before` to `after`, value first; empty when only bookkeeping moved. */
export function diffRevisionRows(before: RevisionRow, after: RevisionRow): FieldChange[] {
  const changes: FieldChange[] = [];
  const [oldValue, newValue] = [revisionValueOf(before), revisionValueOf(after)];
  if (!sameJson(oldValue, newValue)) changes.push({ field: "value", before: oldValue, after: newValue });
  if (before.dataType !== after.dataType) {
    changes.push({ field: "dataType", before: before.dataType, after: after.dataType });
  }
  if ((before.comment ?? null) !== (after.comment ?? null)) {
    changes.push({ field: "comment", before: before.comment ?? null, after: after.comment ?? null });
  }
  changes.push(...diffMetadata(before.metadata ?? null, after.metadata ?? null));
  const others = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (field) => !HANDLED.has(field) && !sameJson(before[field], after[field]),
  );
  for (const field of others) changes.push({ field, before: before[field], after: after[field] });
  return changes;
}

export type RevisionLike = { action: string; before: unknown; after: unknown };

export type RevisionSummary =
  | { action: "create"; value: unknown }
  | { action: "update"; changes: FieldChange[] }
  | { action: "delete"; value: unknown }
  /** A revision whose rows are missing or not objects (never written by Scorelens). */
  | { action: "unknown" };

export function summarizeRevision(revision: RevisionLike): RevisionSummary {
  const { before, after } = revision;
  if (revision.action === "create" && isPlainObject(after)) {
    return { action: "create", value: revisionValueOf(after) };
  }
  if (revision.action === "delete" && isPlainObject(before)) {
    return { action: "delete", value: revisionValueOf(before) };
  }
  if (revision.action === "update" && isPlainObject(before) && isPlainObject(after)) {
    return { action: "update", changes: diffRevisionRows(before, after) };
  }
  return { action: "unknown" };
}

export const MAX_SHOWN_TEXT = 200;

const clip = (text: string) =>
  text.length > MAX_SHOWN_TEXT ? `${text.slice(0, MAX_SHOWN_TEXT - 1)}…` : text;

/** One side of a change as text: strings in quotes as written, other values as compact JSON, cut to length. */
export function formatChangeValue(value: unknown): string {
  if (value === undefined) return "(absent)";
  if (value === null) return "none";
  if (typeof value === "string") return `"${clip(value)}"`;
  return clip(stableJson(value));
}
