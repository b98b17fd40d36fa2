import { describe, expect, it } from "vitest";
import { choicesOf, initialValues, toSubmission } from "./form-model";
import type { WorkLabel } from "./work-types";

const label = (fields: Partial<WorkLabel>): WorkLabel => ({
  id: "l",
  name: "l",
  dataType: "NUMERIC",
  widget: "numeric",
  minValue: null,
  maxValue: null,
  step: null,
  categories: null,
  description: null,
  isArchived: false,
  createdAt: "",
  updatedAt: "",
  ...fields,
});

const stars = label({ id: "stars", minValue: 1, maxValue: 5, step: 1 });
const ok = label({ id: "ok", dataType: "BOOLEAN", widget: "boolean" });
const tone = label({
  id: "tone",
  dataType: "CATEGORICAL",
  widget: "single_select",
  categories: [
    { label: "friendly", value: 0 },
    { label: "rude", value: 1 },
  ],
});

describe("workspace form", () => {
  it("turns answers into a submission and checks numbers against range and step", () => {
    const values = { ...initialValues([stars, ok, tone]), stars: "4", ok: false, tone: "rude" };
    expect(toSubmission([stars, ok, tone], values, " ")).toEqual({
      submission: {
        scores: [
          { configId: "stars", value: 4 },
          { configId: "ok", value: false },
          { configId: "tone", value: "rude" },
        ],
        comment: null,
      },
      problems: [],
    });
    expect(toSubmission([stars], { stars: "6" }, "").problems).toEqual([
      { labelId: "stars", message: "At most 5" },
    ]);
    expect(toSubmission([stars], { stars: "2.5" }, "").problems[0].message).toBe("In steps of 1");
    expect(toSubmission([stars, ok], { stars: "", ok: null }, "").problems[0].message).toBe(
      "Answer at least one label",
    );
  });

  it("fills the form from earlier answers and numbers the choices", () => {
    expect(
      initialValues(
        [stars, ok, tone],
        [
          { configId: "stars", value: 3, comment: null },
          { configId: "ok", value: true, comment: null },
        ],
      ),
    ).toEqual({ stars: "3", ok: true, tone: "" });
    expect(choicesOf(tone).map((choice) => choice.key)).toEqual(["1", "2"]);
    expect(choicesOf(ok).map((choice) => choice.value)).toEqual([true, false]);
  });
});
