import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { parseStrict } from "./fields";
import {
  createScoreSchema,
  forSourceQuerySchema,
  labelsQuerySchema,
  listQuerySchema,
  parseBulkBody,
  patchScoreSchema,
  putScoreSchema,
} from "./requests";

/** The issues a parse reports, as `{path: message}`. */
function issuesOf(parse: () => unknown): Record<string, string> {
  try {
    parse();
  } catch (error) {
    if (error instanceof AppError)
      return Object.fromEntries((error.issues ?? []).map((i) => [i.path, i.message]));
    throw error;
  }
  throw new Error("expected a refusal");
}

const create = { source_type: "trace", source_id: "t-1", label_id: "lbl", value: 1 };

describe("strict bodies", () => {
  it("refuses unknown keys, camelCase spellings included, by name", () => {
    expect(
      issuesOf(() => parseStrict(createScoreSchema, { ...create, sourceType: "trace", colour: 1 })),
    ).toEqual({
      sourceType: "Unknown field.",
      colour: "Unknown field.",
    });
    expect(
      issuesOf(() =>
        parseBulkBody({ source_type: "trace", source_id: "t", scores: [{ label_id: "l", value: 1, x: 1 }] }),
      ),
    ).toEqual({ "scores.0.x": "Unknown field." });
  });

  it("names every missing field", () => {
    expect(issuesOf(() => parseStrict(createScoreSchema, {}))).toEqual({
      source_type: "This field is required.",
      source_id: "This field is required.",
      label_id: "This field is required.",
      value: "This field is required.",
    });
    expect(issuesOf(() => parseStrict(createScoreSchema, []))).toEqual({
      non_field_errors: "Expected a JSON object.",
    });
  });

  it("takes optional notes, score_source and queue_item_id", () => {
    expect(
      parseStrict(createScoreSchema, { ...create, notes: null, score_source: "sdk", queue_item_id: "item" }),
    ).toMatchObject({ score_source: "sdk", queue_item_id: "item", notes: null });
  });

  it("bulk: at least one score, at most 1,000, and no item notes", () => {
    const bulk = { source_type: "span", source_id: "o" };
    expect(issuesOf(() => parseBulkBody({ ...bulk, scores: [] }))).toEqual({
      scores: "At least one score is required.",
    });
    expect(issuesOf(() => parseBulkBody({ ...bulk, scores: Array(1001).fill({}) }))).toEqual({
      scores: "At most 1000 scores per request",
    });
    expect(
      Object.keys(
        issuesOf(() => parseBulkBody({ ...bulk, scores: [{ label_id: "l", value: 1 }], span_notes: "n" })),
      ),
    ).toEqual(["span_notes"]);
    expect(parseBulkBody({ ...bulk, scores: [{ label_id: "l", value: 1 }], span_notes: null })).toMatchObject(
      {
        span_notes: null,
      },
    );
  });

  it("PUT needs value; PATCH needs one of value, notes, score_source; neither moves a score", () => {
    expect(issuesOf(() => parseStrict(putScoreSchema, { notes: "n" }))).toEqual({
      value: "This field is required.",
    });
    expect(issuesOf(() => parseStrict(patchScoreSchema, {}))).toEqual({
      non_field_errors: "At least one of value, notes, or score_source is required.",
    });
    expect(parseStrict(patchScoreSchema, { notes: null })).toEqual({ notes: null });
    expect(issuesOf(() => parseStrict(patchScoreSchema, { value: 1, source_type: "trace" }))).toEqual({
      source_type: "Unknown field.",
    });
  });
});

describe("strict query strings", () => {
  it("list: the four filters and the three paging parameters, nothing else", () => {
    expect(parseStrict(listQuerySchema, { source_type: "trace_session", page: "2", limit: "5" })).toEqual({
      source_type: "trace_session",
      page: 2,
      limit: 5,
    });
    expect(
      issuesOf(() => parseStrict(listQuerySchema, { sourceId: "x", page: "0", page_size: "abc" })),
    ).toEqual({
      sourceId: "Unknown field.",
      page: "Ensure this value is greater than or equal to 1.",
      page_size: "A valid integer is required.",
    });
    expect(issuesOf(() => parseStrict(listQuerySchema, { limit: "501" }))).toEqual({
      limit: "Ensure this value is less than or equal to 500.",
    });
  });

  it("for-source: source_type and source_id required; label_id and annotator_id as the docs list them", () => {
    expect(issuesOf(() => parseStrict(forSourceQuerySchema, {}))).toEqual({
      source_type: "This field is required.",
      source_id: "This field is required.",
    });
    expect(parseStrict(forSourceQuerySchema, { source_type: "span", source_id: "o", label_id: "l" })).toEqual(
      {
        source_type: "span",
        source_id: "o",
        label_id: "l",
      },
    );
  });

  it("labels: known filters, booleans as DRF spells them, and a reason for dataset", () => {
    expect(parseStrict(labelsQuerySchema, { type: "star", include_archived: "True", archived: "0" })).toEqual(
      {
        type: "star",
        include_archived: true,
        archived: false,
      },
    );
    expect(issuesOf(() => parseStrict(labelsQuerySchema, { dataset: "d", type: "binary" }))).toEqual({
      dataset: expect.stringContaining("not to a dataset"),
      type: "Expected one of numeric, star, thumbs_up_down, categorical, text, json",
    });
  });
});
