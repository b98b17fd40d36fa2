import { describe, expect, it } from "vitest";
import type { FacetsResponse, FilterOptions } from "@/lib/scores/use-score-facets";
import { optionLabelOf, pickerOptionsOf } from "./facet-options";

const buckets = (entries: [string, number, string?][]) =>
  entries.map(([value, count, label]) => ({ value, count, label: label ?? value }));

const facets: FacetsResponse = {
  facets: {
    name: buckets([
      ["tone", 5],
      ["adhoc", 2],
    ]),
    source: buckets([["EVAL", 7]]),
    dataType: [],
    environment: [],
    authorUserId: buckets([
      ["u2", 3, "Grace"],
      ["u9", 1, "u9"],
    ]),
    queueId: [],
    subjectKind: [],
  },
  numeric: { min: null, max: null, count: 0, buckets: [] },
};
const options: FilterOptions = {
  configs: [{ id: "c1", name: "tone", dataType: "NUMERIC", minValue: 0, maxValue: 1, categories: null }],
  members: [
    { id: "u1", name: "Ada", email: "ada@x" },
    { id: "u2", name: "Grace", email: "grace@x" },
  ],
  queues: [],
  environments: [],
};

describe("picker options", () => {
  it("merges option lists with facet counts, busiest first, zero for the rest", () => {
    expect(pickerOptionsOf("authorUserId", facets, options, [])).toEqual([
      { value: "u2", label: "Grace", count: 3 },
      { value: "u9", label: "u9", count: 1 },
      { value: "u1", label: "Ada", count: 0 },
    ]);
    expect(pickerOptionsOf("name", facets, options, []).map((o) => o.value)).toEqual(["tone", "adhoc"]);
  });

  it("keeps enums in their natural order with display names", () => {
    expect(pickerOptionsOf("source", facets, options, [])).toEqual([
      { value: "API", label: "API", count: 0 },
      { value: "EVAL", label: "Evaluation", count: 7 },
      { value: "ANNOTATION", label: "Annotation", count: 0 },
    ]);
  });

  it("shows no counts before the facets arrive, and keeps selected values that nothing lists", () => {
    const shown = pickerOptionsOf("queueId", undefined, options, ["q-gone"]);
    expect(shown).toEqual([{ value: "q-gone", label: "q-gone", count: null }]);
  });

  it("labels chips from option lists first, then facets", () => {
    expect(optionLabelOf("authorUserId", "u1", facets, options)).toBe("Ada");
    expect(optionLabelOf("authorUserId", "u2", facets, undefined)).toBe("Grace");
    expect(optionLabelOf("dataType", "JSON", undefined, undefined)).toBe("JSON");
    expect(optionLabelOf("source", "EVAL", undefined, undefined)).toBe("Evaluation");
  });
});
