import { describe, expect, it } from "vitest";
import {
  buildScoreBody,
  describeLabel,
  emptyDraftOf,
  pickableLabels,
  type LabelOption,
} from "./add-score-model";

const label = (fields: Partial<LabelOption> & Pick<LabelOption, "id" | "dataType">): LabelOption => ({
  name: fields.id,
  widget: "numeric",
  minValue: null,
  maxValue: null,
  step: null,
  categories: null,
  description: null,
  isArchived: false,
  ...fields,
});

const stars = label({ id: "stars", dataType: "NUMERIC", minValue: 1, maxValue: 5, step: 1 });
const tone = label({
  id: "tone",
  dataType: "CATEGORICAL",
  widget: "single_select",
  categories: [
    { label: "kind", value: 1 },
    { label: "rude", value: 0 },
  ],
});
const correct = label({ id: "correct", dataType: "BOOLEAN" });
const notes = label({ id: "notes", dataType: "TEXT" });

describe("pickableLabels", () => {
  it("keeps live labels by name and leaves archived ones out", () => {
    const archived = label({ id: "old", dataType: "NUMERIC", isArchived: true });
    expect(pickableLabels([tone, archived, stars, correct]).map((l) => l.id)).toEqual([
      "correct",
      "stars",
      "tone",
    ]);
  });
});

describe("describeLabel", () => {
  it("states range and step, or the categories", () => {
    expect(describeLabel(stars)).toBe("Numeric, from 1 to 5 in steps of 1");
    expect(describeLabel(tone)).toBe("Categorical: kind, rude");
    expect(describeLabel(correct)).toBe("Boolean");
  });
});

describe("buildScoreBody", () => {
  const trace = { kind: "trace" as const, id: "t-1" };

  it("writes an ANNOTATION score on the subject's own id field, with the label", () => {
    expect(buildScoreBody(trace, stars, "4", "")).toEqual({
      ok: true,
      body: { source: "ANNOTATION", configId: "stars", value: 4, traceId: "t-1" },
    });
    const session = buildScoreBody({ kind: "session", id: "s-1" }, tone, "kind", "why");
    expect(session).toEqual({
      ok: true,
      body: { source: "ANNOTATION", configId: "tone", value: "kind", sessionId: "s-1", comment: "why" },
    });
  });

  it("links an observation to its trace and keeps the drawer score's environment", () => {
    const result = buildScoreBody(
      { kind: "observation", id: "o-1", traceId: "t-9", environment: "production" },
      correct,
      emptyDraftOf(correct),
      "  ",
    );
    expect(result).toEqual({
      ok: true,
      body: {
        source: "ANNOTATION",
        configId: "correct",
        value: false,
        observationId: "o-1",
        traceId: "t-9",
        environment: "production",
      },
    });
  });

  it("names what is wrong with the value", () => {
    expect(buildScoreBody(trace, stars, emptyDraftOf(stars), "")).toEqual({
      ok: false,
      message: "Value is required",
    });
    expect(buildScoreBody(trace, stars, "7", "")).toEqual({ ok: false, message: "Value must be at most 5" });
    expect(buildScoreBody(trace, stars, "2.5", "")).toMatchObject({ ok: false });
    expect(buildScoreBody(trace, tone, emptyDraftOf(tone), "")).toEqual({
      ok: false,
      message: "Value: choose a category",
    });
    expect(buildScoreBody(trace, notes, " ", "")).toEqual({ ok: false, message: "Value is required" });
  });
});
