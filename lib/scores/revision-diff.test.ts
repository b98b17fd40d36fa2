import { describe, expect, it } from "vitest";
import {
  diffRevisionRows,
  formatChangeValue,
  MAX_SHOWN_TEXT,
  revisionValueOf,
  sameJson,
  summarizeRevision,
  type RevisionRow,
} from "./revision-diff";

/** A stored row as revisions hold it (camelCase, dates as ISO strings). */
const row = (fields: RevisionRow = {}): RevisionRow => ({
  id: "s1",
  projectId: "p1",
  name: "quality",
  dataType: "NUMERIC",
  numericValue: 7,
  stringValue: null,
  categories: null,
  jsonValue: null,
  source: "API",
  subjectKind: "trace",
  traceId: "t1",
  comment: null,
  metadata: {},
  createdAt: "2026-06-01T00:00:00.000Z",
  updatedAt: "2026-06-01T00:00:00.000Z",
  ...fields,
});

describe("revisionValueOf", () => {
  it("reads the typed value of every data type from its storage columns", () => {
    expect(revisionValueOf(row())).toBe(7);
    expect(revisionValueOf(row({ dataType: "BOOLEAN", numericValue: 0 }))).toBe(false);
    expect(revisionValueOf(row({ dataType: "CATEGORICAL", numericValue: 1, stringValue: "ok" }))).toBe("ok");
    expect(
      revisionValueOf(row({ dataType: "CATEGORICAL", categories: ["a", "b"], stringValue: "a" })),
    ).toEqual(["a", "b"]);
    expect(revisionValueOf(row({ dataType: "TEXT", numericValue: null, stringValue: "hi" }))).toBe("hi");
    expect(revisionValueOf(row({ dataType: "JSON", numericValue: null, jsonValue: { a: [1] } }))).toEqual({
      a: [1],
    });
  });
});

describe("diffRevisionRows", () => {
  it("shows a value change as the typed value, not its storage columns, and ignores bookkeeping", () => {
    const before = row({ dataType: "CATEGORICAL", numericValue: 0, stringValue: "bad" });
    const after = row({
      dataType: "CATEGORICAL",
      numericValue: 2,
      stringValue: "good",
      updatedAt: "2026-06-02T00:00:00.000Z",
    });
    expect(diffRevisionRows(before, after)).toEqual([{ field: "value", before: "bad", after: "good" }]);
  });

  it("lists comment and metadata changes key by key, absent keys as undefined", () => {
    const before = row({ comment: null, metadata: { keep: 1, drop: "x", nested: { a: 1, b: [1, 2] } } });
    const after = row({
      numericValue: 8,
      comment: 'it\'s "fine"',
      metadata: { keep: 1, added: true, nested: { b: [1, 2], a: 2 } },
    });
    expect(diffRevisionRows(before, after)).toEqual([
      { field: "value", before: 7, after: 8 },
      { field: "comment", before: null, after: 'it\'s "fine"' },
      { field: "metadata.added", before: undefined, after: true },
      { field: "metadata.drop", before: "x", after: undefined },
      { field: "metadata.nested", before: { a: 1, b: [1, 2] }, after: { b: [1, 2], a: 2 } },
    ]);
  });

  it("treats key order as no change and reports metadata replaced by none as one change", () => {
    expect(diffRevisionRows(row({ metadata: { a: 1, b: 2 } }), row({ metadata: { b: 2, a: 1 } }))).toEqual(
      [],
    );
    expect(diffRevisionRows(row({ metadata: { a: 1 } }), row({ metadata: null }))).toEqual([
      { field: "metadata", before: { a: 1 }, after: null },
    ]);
  });

  it("reports other fields an upsert replaced, such as the source or the author", () => {
    const before = row({ source: "ANNOTATION", authorUserId: "u1", cost: 0.5 });
    const after = row({ source: "API", authorUserId: null, cost: 0.5 });
    expect(diffRevisionRows(before, after)).toEqual([
      { field: "source", before: "ANNOTATION", after: "API" },
      { field: "authorUserId", before: "u1", after: null },
    ]);
  });

  it("reports a changed data type next to the value", () => {
    const before = row();
    const after = row({ dataType: "TEXT", numericValue: null, stringValue: "seven" });
    expect(diffRevisionRows(before, after).map((change) => change.field)).toEqual(["value", "dataType"]);
  });
});

describe("summarizeRevision", () => {
  it("gives the value of a create and of a delete, and the changes of an update", () => {
    expect(summarizeRevision({ action: "create", before: null, after: row() })).toEqual({
      action: "create",
      value: 7,
    });
    expect(summarizeRevision({ action: "delete", before: row({ numericValue: 3 }), after: null })).toEqual({
      action: "delete",
      value: 3,
    });
    expect(summarizeRevision({ action: "update", before: row(), after: row({ comment: "ok" }) })).toEqual({
      action: "update",
      changes: [{ field: "comment", before: null, after: "ok" }],
    });
  });

  it("does not guess when a revision's rows are missing", () => {
    expect(summarizeRevision({ action: "update", before: null, after: row() })).toEqual({
      action: "unknown",
    });
    expect(summarizeRevision({ action: "create", before: null, after: "x" })).toEqual({ action: "unknown" });
  });
});

describe("formatChangeValue", () => {
  it("quotes strings as written, shows JSON compactly with sorted keys, and cuts long values", () => {
    expect(formatChangeValue('say "hi"')).toBe('"say "hi""');
    expect(formatChangeValue(null)).toBe("none");
    expect(formatChangeValue(undefined)).toBe("(absent)");
    expect(formatChangeValue(0.5)).toBe("0.5");
    expect(formatChangeValue(false)).toBe("false");
    expect(formatChangeValue({ b: 1, a: ["x"] })).toBe('{"a":["x"],"b":1}');
    const long = formatChangeValue("x".repeat(500));
    expect(long).toHaveLength(MAX_SHOWN_TEXT + 2);
    expect(long.endsWith('…"')).toBe(true);
  });

  it("compares documents by content", () => {
    expect(sameJson({ a: 1, b: { c: [1, { d: 2, e: 3 }] } }, { b: { c: [1, { e: 3, d: 2 }] }, a: 1 })).toBe(
      true,
    );
    expect(sameJson([1, 2], [2, 1])).toBe(false);
  });
});
