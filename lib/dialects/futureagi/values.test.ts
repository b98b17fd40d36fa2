import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { LabelConfig, LabelType } from "./label-types";
import { formatLabelValue, parseLabelValue } from "./values";

const config = (fields: Partial<LabelConfig>): LabelConfig => ({
  id: "lbl",
  name: "label",
  dataType: "NUMERIC",
  widget: "numeric",
  minValue: null,
  maxValue: null,
  categories: null,
  description: null,
  isArchived: false,
  ...fields,
});

const quality = config({ minValue: 0, maxValue: 10, step: 1 });
const clarity = config({ widget: "slider", minValue: 0, maxValue: 1, step: 0.1 });
const stars = config({ widget: "star", minValue: 1, maxValue: 5 });
const single = config({ dataType: "CATEGORICAL", widget: "single_select" });
const multi = config({ dataType: "CATEGORICAL", widget: "multi_select" });

const valueOf = (type: LabelType, raw: unknown, label: LabelConfig | null = null) =>
  parseLabelValue(type, raw, label);

describe("parseLabelValue", () => {
  it("takes the canonical object and the bare value alike", () => {
    const pairs: [LabelType, unknown, unknown, LabelConfig | null, unknown][] = [
      ["numeric", { value: 7 }, 7, quality, 7],
      ["star", { rating: 4 }, 4, stars, 4],
      ["thumbs_up_down", { value: "up" }, "up", null, true],
      ["thumbs_up_down", { value: "down" }, "DOWN", null, false],
      ["categorical", { selected: ["A"] }, "A", single, "A"],
      ["categorical", { selected: ["A", "B"] }, ["A", "B"], multi, ["A", "B"]],
      ["text", { text: "hi" }, "hi", null, "hi"],
      ["json", { json: [1, 2] }, [1, 2], null, [1, 2]],
    ];
    for (const [type, canonical, bare, label, lowered] of pairs) {
      expect(valueOf(type, canonical, label)).toEqual({ value: lowered });
      expect(valueOf(type, bare, label)).toEqual({ value: lowered });
    }
  });

  it("accepts the concept docs' booleans for thumbs", () => {
    expect(valueOf("thumbs_up_down", true)).toEqual({ value: true });
    expect(valueOf("thumbs_up_down", { value: false })).toEqual({ value: false });
  });

  it("keeps a single choice as one category and a multi choice as a list", () => {
    expect(valueOf("categorical", ["A"], single)).toEqual({ value: "A" });
    expect(valueOf("categorical", "A", multi)).toEqual({ value: ["A"] });
    expect(valueOf("categorical", ["A", "B"], null)).toEqual({ value: ["A", "B"] });
  });

  it("refuses wrong shapes with a reason naming the expected one", () => {
    const problems: [LabelType, unknown, LabelConfig | null, RegExp][] = [
      ["numeric", { rating: 4 }, quality, /numeric label takes \{"value": …\}.*"rating"/],
      ["numeric", { value: 7, extra: 1 }, quality, /"value", "extra"/],
      ["numeric", "7", quality, /must be a number/],
      ["numeric", 7.5, quality, /not on the step grid of label "label" \(from 0 in steps of 1\)/],
      ["star", 0, stars, /whole number from 1 to 5/],
      ["star", 4.5, stars, /whole number from 1 to 5/],
      ["star", { rating: 6 }, stars, /whole number from 1 to 5/],
      ["thumbs_up_down", "yes", null, /"up" or "down"/],
      ["thumbs_up_down", 1, null, /"up" or "down"/],
      ["categorical", { selected: [] }, single, /at least one option/],
      ["categorical", ["A", "B"], single, /allows one option, got 2/],
      ["categorical", [1], multi, /option label/],
      ["text", 5, null, /must be a string/],
      ["text", { value: "x" }, null, /text label takes \{"text": …\}/],
      ["numeric", null, quality, /required/],
      ["star", { rating: null }, stars, /required/],
    ];
    for (const [type, raw, label, message] of problems) {
      const outcome = valueOf(type, raw, label);
      expect(outcome, JSON.stringify(raw)).toHaveProperty("problem");
      expect((outcome as { problem: string }).problem).toMatch(message);
    }
  });

  it("puts every multiple of a decimal step on the grid despite floating point", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 }), (steps) => {
        expect(valueOf("numeric", Number((steps * 0.1).toFixed(1)), clarity)).toHaveProperty("value");
      }),
    );
    expect(valueOf("numeric", 0.35, clarity)).toHaveProperty("problem");
  });
});

describe("formatLabelValue", () => {
  const row = (fields: Partial<Parameters<typeof formatLabelValue>[1]>) => ({
    numericValue: null,
    stringValue: null,
    categories: null,
    jsonValue: null,
    ...fields,
  });

  it("answers every label type in its canonical shape", () => {
    expect(formatLabelValue("numeric", row({ numericValue: 3 }))).toEqual({ value: 3 });
    expect(formatLabelValue("star", row({ numericValue: 4 }))).toEqual({ rating: 4 });
    expect(formatLabelValue("thumbs_up_down", row({ numericValue: 1 }))).toEqual({ value: "up" });
    expect(formatLabelValue("thumbs_up_down", row({ numericValue: 0 }))).toEqual({ value: "down" });
    expect(formatLabelValue("categorical", row({ stringValue: "A" }))).toEqual({ selected: ["A"] });
    expect(formatLabelValue("categorical", row({ stringValue: "A", categories: ["A", "B"] }))).toEqual({
      selected: ["A", "B"],
    });
    expect(formatLabelValue("text", row({ stringValue: "t" }))).toEqual({ text: "t" });
    expect(formatLabelValue("json", row({ jsonValue: { a: 1 } }))).toEqual({ json: { a: 1 } });
  });

  it("reads back what it wrote: parse(format(x)) is x for every stored numeric and rating", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 1, max: 5 }), (value, rating) => {
        expect(
          valueOf("numeric", formatLabelValue("numeric", row({ numericValue: value })), quality),
        ).toEqual({
          value,
        });
        expect(valueOf("star", formatLabelValue("star", row({ numericValue: rating })), stars)).toEqual({
          value: rating,
        });
      }),
    );
  });
});
