import { describe, expect, it } from "vitest";
import {
  categoryChoicesOf,
  describeConfig,
  OTHER_SCORES_SHOWN,
  scaleOf,
  subjectScoresQuery,
  type ScoreConfigJson,
} from "./detail-model";

const config = (overrides: Partial<ScoreConfigJson>): ScoreConfigJson => ({
  id: "c1",
  name: "quality",
  slug: "quality",
  dataType: "NUMERIC",
  widget: "numeric",
  minValue: null,
  maxValue: null,
  step: null,
  categories: null,
  evaluatorType: null,
  description: null,
  isArchived: false,
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
  ...overrides,
});

describe("score detail model", () => {
  it("lists the subject's scores by its kind's id parameter", () => {
    const query = new URLSearchParams(subjectScoresQuery({ kind: "observation", id: "o 1", traceId: "t" }));
    expect(Object.fromEntries(query)).toEqual({
      subjectKind: "observation",
      observationId: "o 1",
      limit: String(OTHER_SCORES_SHOWN + 1),
    });
    expect(new URLSearchParams(subjectScoresQuery({ kind: "session", id: "s" })).get("sessionId")).toBe("s");
  });

  it("places a number on the label's range, clamped, and only with a usable range", () => {
    const range = config({ minValue: 0, maxValue: 4 });
    expect(scaleOf(1, range)).toEqual({ min: 0, max: 4, position: 0.25 });
    expect(scaleOf(9, range)?.position).toBe(1);
    expect(scaleOf(1, config({ minValue: 0 }))).toBeNull();
    expect(scaleOf(1, config({ minValue: 2, maxValue: 2 }))).toBeNull();
    expect(scaleOf(1, null)).toBeNull();
    expect(scaleOf("1", range)).toBeNull();
  });

  it("marks the chosen categories among all of the label's, and keeps unknown choices", () => {
    const categories = config({
      dataType: "CATEGORICAL",
      categories: [
        { label: "good", value: 1 },
        { label: "bad", value: 0 },
      ],
    });
    expect(categoryChoicesOf("bad", categories)).toEqual([
      { label: "good", value: 1, chosen: false },
      { label: "bad", value: 0, chosen: true },
    ]);
    expect(categoryChoicesOf(["good", "meh"], categories).map((c) => [c.label, c.chosen])).toEqual([
      ["good", true],
      ["bad", false],
      ["meh", true],
    ]);
    expect(categoryChoicesOf("x", null)).toEqual([{ label: "x", value: null, chosen: true }]);
    expect(categoryChoicesOf(null, null)).toEqual([]);
  });

  it("describes a label's definition in one line", () => {
    expect(describeConfig(config({ minValue: 0, maxValue: 1, step: 0.25 }))).toBe(
      "Numeric, 0 to 1, step 0.25",
    );
    expect(describeConfig(config({ minValue: 1 }))).toBe("Numeric, 1 to ∞");
    expect(
      describeConfig(
        config({
          dataType: "CATEGORICAL",
          categories: [
            { label: "good", value: 1 },
            { label: "bad", value: 0 },
          ],
        }),
      ),
    ).toBe("Categorical: good, bad");
  });
});
