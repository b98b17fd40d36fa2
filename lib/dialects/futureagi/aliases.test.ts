import { describe, expect, it } from "vitest";
import {
  observationTypeOf,
  scoreSourceAliases,
  scoreSourceOf,
  sourceIdOf,
  sourceTypeAliases,
  sourceTypeOf,
} from "./aliases";
import { parseStrict, scoreSourceField, sourceTypeField } from "./fields";

const subject = {
  traceId: "t",
  observationId: "o",
  sessionId: "s",
  experimentId: "e",
};

describe("source_type", () => {
  it("accepts the documented and the code spellings of each kind", () => {
    expect(sourceTypeAliases).toEqual({
      trace: "trace",
      span: "observation",
      generation: "observation",
      observation_span: "observation",
      session: "session",
      trace_session: "session",
    });
    for (const alias of Object.keys(sourceTypeAliases))
      expect(parseStrict(sourceTypeField, alias)).toBe(alias);
  });

  it("refuses the kinds Scorelens does not store, naming the supported ones", () => {
    for (const unsupported of ["dataset_row", "call_execution", "prototype_run"]) {
      expect(() => parseStrict(sourceTypeField, unsupported)).toThrow(
        new RegExp(
          `"${unsupported}" sources are not supported.*trace, span, generation, observation_span, session, trace_session`,
        ),
      );
    }
    expect(() => parseStrict(sourceTypeField, "Trace")).toThrow(/"Trace" is not a valid choice/);
  });

  it("answers with the spelling the kind was written with (observation_span: model_hub/tests/test_scores_api.py)", () => {
    const of = (
      subjectKind: "trace" | "observation" | "session" | "experiment",
      observationType: string | null = null,
    ) => sourceTypeOf({ subjectKind, observationType });
    expect(of("trace")).toBe("trace");
    expect(of("observation")).toBe("observation_span");
    expect(of("observation", "span")).toBe("span");
    expect(of("observation", "GENERATION")).toBe("generation");
    expect(of("session")).toBe("session");
    expect(of("experiment")).toBe("experiment");
  });

  it("takes source_id from the column of the subject's own kind", () => {
    expect(sourceIdOf({ ...subject, subjectKind: "observation" })).toBe("o");
    expect(sourceIdOf({ ...subject, subjectKind: "session" })).toBe("s");
    expect(sourceIdOf({ ...subject, subjectKind: "trace" })).toBe("t");
  });

  it("remembers span or generation as the observation type; observation_span says neither", () => {
    expect([
      observationTypeOf("span"),
      observationTypeOf("generation"),
      observationTypeOf("observation_span"),
    ]).toEqual(["span", "generation", null]);
  });
});

describe("score_source", () => {
  it("maps the code's values and the docs' aliases onto the canonical sources", () => {
    expect(scoreSourceAliases).toEqual({
      human: "ANNOTATION",
      api: "API",
      auto: "EVAL",
      imported: "API",
      sdk: "API",
      automation: "EVAL",
      model: "EVAL",
    });
    for (const alias of Object.keys(scoreSourceAliases))
      expect(parseStrict(scoreSourceField, alias)).toBe(alias);
    expect(() => parseStrict(scoreSourceField, "manual")).toThrow(/"manual" is not a valid choice/);
  });

  it("answers each canonical source with one spelling", () => {
    expect([scoreSourceOf("ANNOTATION"), scoreSourceOf("API"), scoreSourceOf("EVAL")]).toEqual([
      "human",
      "api",
      "auto",
    ]);
  });
});
