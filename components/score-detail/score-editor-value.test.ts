import { describe, expect, it } from "vitest";
import {
  checkForm,
  describeValue,
  draftOf,
  parseDraft,
  valueInputOf,
  type EditorConfig,
  type ValueInput,
} from "./score-editor-value";

const config = (overrides: Partial<EditorConfig>): EditorConfig => ({
  name: "quality",
  widget: "numeric",
  minValue: null,
  maxValue: null,
  step: null,
  categories: null,
  ...overrides,
});
const tones = [
  { label: "calm", value: 0 },
  { label: "angry", value: 1 },
];

describe("which input a value gets", () => {
  it("takes a numeric label's range and step", () => {
    expect(valueInputOf("NUMERIC", config({ minValue: 0, maxValue: 5, step: 0.5 }), 3)).toEqual({
      kind: "number",
      min: 0,
      max: 5,
      step: 0.5,
    });
    expect(valueInputOf("NUMERIC", null, 3)).toEqual({ kind: "number", min: null, max: null, step: null });
  });

  it("offers a categorical label's categories, keeping a current one it no longer lists", () => {
    const tone = config({ widget: "single_select", categories: tones });
    expect(valueInputOf("CATEGORICAL", tone, "calm")).toEqual({ kind: "select", options: ["calm", "angry"] });
    expect(valueInputOf("CATEGORICAL", tone, "retired")).toEqual({
      kind: "select",
      options: ["calm", "angry", "retired"],
    });
    const multi = config({ widget: "multi_select", categories: tones });
    expect(valueInputOf("CATEGORICAL", multi, ["angry"])).toEqual({
      kind: "multi",
      options: ["calm", "angry"],
    });
  });

  it("lets a category without a label's list be typed, and a list without one be unticked", () => {
    expect(valueInputOf("CATEGORICAL", null, "free")).toEqual({ kind: "text", multiline: false });
    expect(valueInputOf("CATEGORICAL", null, ["a", "b"])).toEqual({ kind: "multi", options: ["a", "b"] });
  });

  it("uses a toggle, a text area or a JSON editor for the other types", () => {
    expect(valueInputOf("BOOLEAN", null, true)).toEqual({ kind: "boolean" });
    expect(valueInputOf("TEXT", null, "x")).toEqual({ kind: "text", multiline: true });
    expect(valueInputOf("CORRECTION", null, "x")).toEqual({ kind: "text", multiline: true });
    expect(valueInputOf("JSON", null, { a: 1 })).toEqual({ kind: "json" });
  });
});

describe("the draft a value starts from", () => {
  it("is text for numbers and JSON, a flag for booleans, a list for multi-select", () => {
    expect(draftOf({ kind: "number", min: null, max: null, step: null }, 0.25)).toBe("0.25");
    expect(draftOf({ kind: "number", min: null, max: null, step: null }, null)).toBe("");
    expect(draftOf({ kind: "json" }, { a: [1] })).toBe('{\n  "a": [\n    1\n  ]\n}');
    expect(draftOf({ kind: "boolean" }, true)).toBe(true);
    expect(draftOf({ kind: "boolean" }, false)).toBe(false);
    expect(draftOf({ kind: "multi", options: [] }, "one")).toEqual(["one"]);
    expect(draftOf({ kind: "select", options: ["a"] }, ["a", "b"])).toBe("a");
  });
});

describe("parsing a draft into the PATCH value", () => {
  const stepped: ValueInput = { kind: "number", min: 1, max: 5, step: 0.5 };

  it("reads numbers within the label's range and on its step", () => {
    expect(parseDraft(stepped, " 2.5 ")).toEqual({ ok: true, value: 2.5 });
    expect(parseDraft(stepped, "5")).toEqual({ ok: true, value: 5 });
    expect(parseDraft({ kind: "number", min: 0, max: 1, step: 0.1 }, "0.3")).toEqual({
      ok: true,
      value: 0.3,
    });
  });

  it("names the value field in every numeric problem", () => {
    expect(parseDraft(stepped, "")).toEqual({ ok: false, message: "Value is required" });
    expect(parseDraft(stepped, "abc")).toEqual({ ok: false, message: "Value must be a number" });
    expect(parseDraft(stepped, "0.5")).toEqual({ ok: false, message: "Value must be at least 1" });
    expect(parseDraft(stepped, "6")).toEqual({ ok: false, message: "Value must be at most 5" });
    expect(parseDraft(stepped, "1.7")).toEqual({
      ok: false,
      message: "Value must be a multiple of 0.5 counted from 1",
    });
    expect(parseDraft({ kind: "number", min: null, max: null, step: 2 }, "3")).toEqual({
      ok: false,
      message: "Value must be a multiple of 2",
    });
  });

  it("parses JSON and says why it is not JSON", () => {
    expect(parseDraft({ kind: "json" }, '{"a": [1, true]}')).toEqual({ ok: true, value: { a: [1, true] } });
    const broken = parseDraft({ kind: "json" }, "{a: 1}");
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.message).toMatch(/^Value is not valid JSON: /);
    expect(parseDraft({ kind: "json" }, "null")).toEqual({ ok: false, message: "Value must not be null" });
  });

  it("takes booleans, categories and text as they are", () => {
    expect(parseDraft({ kind: "boolean" }, false)).toEqual({ ok: true, value: false });
    expect(parseDraft({ kind: "select", options: ["a", "b"] }, "b")).toEqual({ ok: true, value: "b" });
    expect(parseDraft({ kind: "select", options: ["a"] }, "")).toEqual({
      ok: false,
      message: "Value: choose a category",
    });
    expect(parseDraft({ kind: "multi", options: ["a"] }, [])).toEqual({
      ok: false,
      message: "Value: choose at least one category",
    });
    expect(parseDraft({ kind: "text", multiline: true }, "")).toEqual({ ok: true, value: "" });
  });
});

describe("what a save sends", () => {
  const number: ValueInput = { kind: "number", min: null, max: null, step: null };
  const base = { value: 3, comment: "ok" };

  it("sends only what changed, and nothing (Save disabled) when nothing did", () => {
    expect(checkForm(number, base, "3.0", "ok")).toEqual({ valueError: null, patch: null });
    expect(checkForm(number, base, "4", "ok")).toEqual({ valueError: null, patch: { value: 4 } });
    expect(checkForm(number, base, "3", "better")).toEqual({
      valueError: null,
      patch: { comment: "better" },
    });
  });

  it("clears a comment that was emptied, and treats no comment and an empty one alike", () => {
    expect(checkForm(number, base, "3", "").patch).toEqual({ comment: null });
    expect(checkForm(number, { value: 3, comment: null }, "3", "").patch).toBeNull();
  });

  it("sends nothing while the value is invalid", () => {
    expect(checkForm(number, base, "x", "changed")).toEqual({
      valueError: "Value must be a number",
      patch: null,
    });
  });

  it("ignores the order of a multi-select", () => {
    const multi: ValueInput = { kind: "multi", options: ["a", "b"] };
    expect(checkForm(multi, { value: ["b", "a"], comment: null }, ["a", "b"], "").patch).toBeNull();
    expect(checkForm(multi, { value: ["b", "a"], comment: null }, ["a"], "").patch).toEqual({ value: ["a"] });
  });
});

it("describes values in one line for the conflict dialog", () => {
  expect(describeValue(4.5)).toBe("4.5");
  expect(describeValue(false)).toBe("false");
  expect(describeValue(["a", "b"])).toBe("a, b");
  expect(describeValue({ a: 1 })).toBe('{"a":1}');
  expect(describeValue(null)).toBe("(none)");
});
