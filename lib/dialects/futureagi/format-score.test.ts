import { describe, expect, it } from "vitest";
import type { ScoreRow } from "@/db/schema";
import type { ScoreRevisionRow } from "@/lib/scores/revisions";
import { formatScore, valueHistoryOf, type FormatContext } from "./format-score";
import { labelSettingsOf, labelTypeOf, type LabelConfig } from "./label-types";

const at = (minute: number) => new Date(Date.UTC(2026, 5, 1, 0, minute));

const row = (fields: Partial<ScoreRow>): ScoreRow =>
  ({
    projectId: "p",
    id: "s1",
    name: "stars",
    configId: "lbl-stars",
    dataType: "NUMERIC",
    numericValue: 4,
    stringValue: null,
    categories: null,
    jsonValue: null,
    source: "ANNOTATION",
    traceId: "t1",
    observationId: "o1",
    sessionId: null,
    experimentId: null,
    subjectKind: "observation",
    observationType: "GENERATION",
    environment: "default",
    authorUserId: "u1",
    authorLabel: null,
    queueId: "q1",
    queueItemId: "qi1",
    comment: "nice",
    metadata: {},
    timestamp: at(0),
    createdAt: at(1),
    updatedAt: at(2),
    ...fields,
  }) as ScoreRow;

const stars: LabelConfig = {
  id: "lbl-stars",
  name: "stars",
  dataType: "NUMERIC",
  widget: "star",
  minValue: 1,
  maxValue: 5,
  step: 1,
  categories: null,
  description: null,
  isArchived: false,
};

describe("labelTypeOf", () => {
  it("reads the label type from the widget when it fits the data type, else from the data type", () => {
    const cases: [Parameters<typeof labelTypeOf>, string][] = [
      [["NUMERIC", "numeric"], "numeric"],
      [["NUMERIC", "slider"], "numeric"],
      [["NUMERIC", "percentage"], "numeric"],
      [["NUMERIC", "star"], "star"],
      [["BOOLEAN", "thumbs"], "thumbs_up_down"],
      [["BOOLEAN", "boolean"], "thumbs_up_down"],
      [["CATEGORICAL", "single_select"], "categorical"],
      [["CATEGORICAL", "multi_select"], "categorical"],
      [["TEXT", "text"], "text"],
      [["JSON", "json"], "json"],
      [["CORRECTION", null], "text"],
      [["BOOLEAN", null], "thumbs_up_down"],
      [["TEXT", "star"], "text"],
    ];
    for (const [args, type] of cases) expect(labelTypeOf(...args), args.join("/")).toBe(type);
  });

  it("fills the vendor's settings from the config", () => {
    expect(labelSettingsOf("star", stars)).toEqual({ no_of_stars: 5 });
    expect(
      labelSettingsOf("categorical", {
        ...stars,
        dataType: "CATEGORICAL",
        widget: "multi_select",
        categories: [{ label: "A", value: 0 }],
      }),
    ).toEqual({
      options: [{ label: "A", value: 0 }],
      multi_choice: true,
      rule_prompt: "",
      auto_annotate: false,
      strategy: null,
    });
    expect(labelSettingsOf("thumbs_up_down", null)).toEqual({});
  });
});

describe("formatScore", () => {
  const context: FormatContext = {
    labels: new Map([[stars.id, stars]]),
    people: new Map([["u1", { name: "Ada", email: "ada@example.com" }]]),
  };

  it("answers a score in the vendor's fields", () => {
    expect(formatScore(row({}), context)).toEqual({
      id: "s1",
      source_type: "generation",
      source_id: "o1",
      label_id: "lbl-stars",
      label_name: "stars",
      label_type: "star",
      label_settings: { no_of_stars: 5 },
      label_allow_notes: true,
      value: { rating: 4 },
      score_source: "human",
      notes: "nice",
      annotator: "u1",
      annotator_id: "u1",
      annotator_name: "Ada",
      annotator_email: "ada@example.com",
      queue_item: "qi1",
      queue_id: "q1",
      created_at: "2026-06-01T00:01:00.000Z",
      updated_at: "2026-06-01T00:02:00.000Z",
    });
  });

  it("types a score without a label by its data type, and names a scorer without an account", () => {
    const correction = row({
      configId: null,
      name: "fix",
      dataType: "CORRECTION",
      numericValue: null,
      stringValue: "Paris",
    });
    expect(
      formatScore({ ...correction, authorUserId: null, authorLabel: "judge-bot" }, context),
    ).toMatchObject({
      label_id: null,
      label_name: "fix",
      label_type: "text",
      value: { text: "Paris" },
      annotator_name: "judge-bot",
      annotator_email: null,
    });
  });
});

describe("valueHistoryOf", () => {
  const revision = (
    action: ScoreRevisionRow["action"],
    before: number | null,
    after: number | null,
    minute: number,
  ) =>
    ({
      id: `r${minute}`,
      projectId: "p",
      scoreId: "s1",
      action,
      actorUserId: null,
      actorApiKeyId: "k",
      before:
        before === null
          ? null
          : { numericValue: before, stringValue: null, categories: null, jsonValue: null },
      after:
        after === null ? null : { numericValue: after, stringValue: null, categories: null, jsonValue: null },
      createdAt: at(minute),
    }) as ScoreRevisionRow;

  it("lists each replaced value with when it was replaced; edits keeping the value add nothing", () => {
    const revisions = [
      revision("create", null, 1, 0),
      revision("update", 1, 3, 1),
      revision("update", 3, 3, 2),
      revision("update", 3, 5, 3),
    ];
    expect(valueHistoryOf(revisions, "star")).toEqual([
      { value: { rating: 1 }, at: "2026-06-01T00:01:00.000Z" },
      { value: { rating: 3 }, at: "2026-06-01T00:03:00.000Z" },
    ]);
  });

  it("starts afresh when a deleted score is created again", () => {
    const revisions = [
      revision("create", null, 1, 0),
      revision("update", 1, 2, 1),
      revision("delete", 2, null, 2),
      revision("create", null, 4, 3),
    ];
    expect(valueHistoryOf(revisions, "numeric")).toEqual([]);
  });
});
