import { describe, expect, it } from "vitest";
import { deriveType, sourceOfType, type Evaluator } from "./score-type";

const evaluator = (fields: Partial<Evaluator>) =>
  ({ slug: null, evaluatorType: null, ...fields }) as Evaluator;

describe("Respan type", () => {
  it("is the stored kind when a client sent one", () => {
    expect(deriveType({ kind: "grounded", source: "API", dataType: "NUMERIC" }, undefined)).toBe("grounded");
  });
  it("derives from source, evaluator and value type otherwise", () => {
    const base = { kind: null, dataType: "NUMERIC" } as const;
    expect(deriveType({ ...base, source: "API" }, undefined)).toBe("api");
    expect(deriveType({ ...base, source: "EVAL" }, undefined)).toBe("llm");
    expect(deriveType({ ...base, source: "EVAL" }, evaluator({ evaluatorType: "code" }))).toBe("code");
    expect(deriveType({ ...base, source: "ANNOTATION" }, evaluator({ widget: "percentage" }))).toBe(
      "human_percentage",
    );
    expect(deriveType({ ...base, source: "ANNOTATION", dataType: "CORRECTION" }, undefined)).toBe(
      "human_text",
    );
  });
  it("a written type implies the source", () => {
    expect(["api", "human_boolean", "human", "llm", "code", "function"].map(sourceOfType)).toEqual([
      "API",
      "ANNOTATION",
      "ANNOTATION",
      "EVAL",
      "EVAL",
      "EVAL",
    ]);
  });
});
