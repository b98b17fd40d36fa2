import { describe, expect, it } from "vitest";
import type { ScoreCondition } from "@/lib/scores/conditions";
import { compileFilters, lookupsNeeded } from "./filter-compile";
import { fieldsOf, parseFilters } from "./filter-grammar";
import type { CompileContext } from "./filter-lowering";
import type { Evaluator } from "./score-type";

const at = new Date("2026-06-01T00:00:00Z");
const evaluator = (fields: Partial<Evaluator>): Evaluator =>
  ({
    projectId: "p",
    slug: null,
    evaluatorType: null,
    minValue: null,
    maxValue: null,
    step: null,
    categories: null,
    description: null,
    isArchived: false,
    createdAt: at,
    updatedAt: at,
    ...fields,
  }) as Evaluator;

const context: CompileContext = {
  evaluators: [
    evaluator({ id: "cfg-h", name: "helpfulness", slug: "helpful", dataType: "NUMERIC", widget: "slider" }),
    evaluator({
      id: "cfg-t",
      name: "tone",
      dataType: "CATEGORICAL",
      widget: "single_select",
      evaluatorType: "code",
    }),
  ],
  members: [
    { id: "u1", email: "ada@example.com" },
    { id: "u2", email: "grace@example.com" },
  ],
};

const compile = (filters: unknown) => compileFilters(parseFilters(filters), context);
const one = (field: string, operator: string, value?: unknown) =>
  compile({ [field]: { operator, ...(value === undefined ? {} : { value }) } });

const isNumeric: ScoreCondition = { field: "dataType", op: "eq", value: "NUMERIC" };
const isBoolean: ScoreCondition = { field: "dataType", op: "eq", value: "BOOLEAN" };

describe("every operator on a text field (environment)", () => {
  const env = (op: string, value: unknown = "prod") => one("environment", op, value);
  it.each([
    ["", { field: "environment", op: "eq", value: "prod" }],
    ["in", { field: "environment", op: "in", value: ["prod"] }],
    ["lt", { field: "environment", op: "lt", value: "prod" }],
    ["lte", { field: "environment", op: "lte", value: "prod" }],
    ["gt", { field: "environment", op: "gt", value: "prod" }],
    ["gte", { field: "environment", op: "gte", value: "prod" }],
    ["contains", { field: "environment", op: "contains", value: "prod" }],
    ["icontains", { field: "environment", op: "icontains", value: "prod" }],
    ["iexact", { field: "environment", op: "ieq", value: "prod" }],
    ["startswith", { field: "environment", op: "startsWith", value: "prod" }],
    ["endswith", { field: "environment", op: "endsWith", value: "prod" }],
    ["not", { not: { field: "environment", op: "eq", value: "prod" } }],
  ])("'%s'", (op, tree) => expect(env(op)).toEqual(tree));

  it("several values: equality is `in`, patterns match any, not excludes all", () => {
    expect(env("", ["a", "b"])).toEqual({ field: "environment", op: "in", value: ["a", "b"] });
    expect(env("contains", ["a", "b"])).toEqual({
      or: [
        { field: "environment", op: "contains", value: "a" },
        { field: "environment", op: "contains", value: "b" },
      ],
    });
    expect(env("not", ["a", "b"])).toEqual({ not: { field: "environment", op: "in", value: ["a", "b"] } });
    expect(env("in", [])).toEqual({ field: "environment", op: "in", value: [] });
  });

  it("isnull, empty and not_empty", () => {
    const isNull = { field: "environment", op: "isNull" };
    expect(env("isnull", [true])).toEqual(isNull);
    expect(env("isnull", false)).toEqual({ not: isNull });
    const empty = { or: [isNull, { field: "environment", op: "eq", value: "" }] };
    expect(env("empty", [])).toEqual(empty);
    expect(env("not_empty")).toEqual({ not: empty });
  });
});

describe("every operator on a number field (numerical_value: NUMERIC scores only)", () => {
  it.each(["lt", "lte", "gt", "gte"])("'%s'", (op) => {
    expect(one("numerical_value", op, 0.5)).toEqual({
      and: [isNumeric, { field: "numericValue", op, value: 0.5 }],
    });
  });
  it("equality, in, not, isnull, empty", () => {
    const eq = { and: [isNumeric, { field: "numericValue", op: "eq", value: 1 }] };
    expect(one("numerical_value", "", [1])).toEqual(eq);
    expect(one("numerical_value", "in", [1, 2])).toEqual({
      and: [isNumeric, { field: "numericValue", op: "in", value: [1, 2] }],
    });
    expect(one("numerical_value", "not", 1)).toEqual({ not: eq });
    const isNull = {
      or: [{ not: isNumeric }, { and: [isNumeric, { field: "numericValue", op: "isNull" }] }],
    };
    expect(one("numerical_value", "isnull", true)).toEqual(isNull);
    expect(one("numerical_value", "isnull", false)).toEqual({ not: isNull });
    expect(one("numerical_value", "empty")).toEqual(isNull);
    expect(one("numerical_value", "not_empty")).toEqual({ not: isNull });
  });
  it("cost shows 0 for no cost, so comparisons that 0 passes also match a missing cost", () => {
    expect(one("cost", "gt", 0.5)).toEqual({ field: "cost", op: "gt", value: 0.5 });
    expect(one("cost", "lt", 1)).toEqual({
      or: [
        { field: "cost", op: "lt", value: 1 },
        { field: "cost", op: "isNull" },
      ],
    });
    expect(one("cost", "", 0)).toEqual({
      or: [
        { field: "cost", op: "eq", value: 0 },
        { field: "cost", op: "isNull" },
      ],
    });
    expect(one("cost", "isnull", true)).toEqual({ or: [] });
    expect(one("cost", "isnull", false)).toEqual({ and: [] });
  });
});

describe("every operator on a boolean field", () => {
  it("boolean_value reads BOOLEAN scores' 1/0", () => {
    const isTrue = { and: [isBoolean, { field: "numericValue", op: "eq", value: 1 }] };
    expect(one("boolean_value", "", true)).toEqual(isTrue);
    expect(one("boolean_value", "not", [true])).toEqual({ not: isTrue });
    expect(one("boolean_value", "in", [true, false])).toEqual({
      and: [isBoolean, { field: "numericValue", op: "in", value: [1, 0] }],
    });
    const isNull = {
      or: [{ not: isBoolean }, { and: [isBoolean, { field: "numericValue", op: "isNull" }] }],
    };
    expect(one("boolean_value", "isnull", true)).toEqual(isNull);
    expect(one("boolean_value", "empty")).toEqual(isNull);
    expect(one("boolean_value", "not_empty")).toEqual({ not: isNull });
  });
  it("is_passed is never null: a stored null reads and filters as false", () => {
    const stored = { field: "isPassed", op: "eq", value: false };
    expect(one("is_passed", "", false)).toEqual({ or: [stored, { field: "isPassed", op: "isNull" }] });
    expect(one("is_passed", "", true)).toEqual({ field: "isPassed", op: "eq", value: true });
    expect(one("is_passed", "isnull", true)).toEqual({ or: [] });
    expect(one("is_passed", "isnull", false)).toEqual({ and: [] });
  });
});

describe("every operator on a date field (created_at is the score's timestamp)", () => {
  it.each(["lt", "lte", "gt", "gte"])("'%s'", (op) => {
    expect(one("created_at", op, "2026-06-01T00:00:00Z")).toEqual({ field: "timestamp", op, value: at });
  });
  it("equality, in, not, isnull", () => {
    expect(one("created_at", "", "2026-06-01")).toEqual({ field: "timestamp", op: "eq", value: at });
    expect(one("created_at", "in", ["2026-06-01"])).toEqual({ field: "timestamp", op: "in", value: [at] });
    expect(one("created_at", "not", "2026-06-01")).toEqual({
      not: { field: "timestamp", op: "eq", value: at },
    });
    expect(one("created_at", "isnull", false)).toEqual({ not: { field: "timestamp", op: "isNull" } });
  });
});

describe("every operator on a metadata__ field", () => {
  it.each([
    ["", "gpt", { field: "metadata.model", op: "eq", value: "gpt" }],
    ["in", [1, 2], { field: "metadata.model", op: "in", value: [1, 2] }],
    ["gt", 3, { field: "metadata.model", op: "gt", value: 3 }],
    ["lte", "m", { field: "metadata.model", op: "lte", value: "m" }],
    ["icontains", "GPT", { field: "metadata.model", op: "icontains", value: "GPT" }],
    ["startswith", "gpt", { field: "metadata.model", op: "startsWith", value: "gpt" }],
    ["endswith", "4o", { field: "metadata.model", op: "endsWith", value: "4o" }],
    ["not", true, { not: { field: "metadata.model", op: "eq", value: true } }],
    ["isnull", true, { field: "metadata.model", op: "isNull" }],
  ])("'%s'", (op, value, tree) => expect(one("metadata__model", op, value)).toEqual(tree));
});

describe("derived fields compile through configs and members", () => {
  it("string_value is a text score's text, else the comment", () => {
    const textTypes = ["TEXT", "CORRECTION"];
    expect(one("string_value", "contains", "x")).toEqual({
      or: [
        {
          and: [
            { field: "dataType", op: "in", value: textTypes },
            { field: "stringValue", op: "contains", value: "x" },
          ],
        },
        {
          and: [
            { field: "dataType", op: "notIn", value: textTypes },
            { field: "comment", op: "contains", value: "x" },
          ],
        },
      ],
    });
  });
  it("evaluator_slug matches config slugs (else names) and config-less score names", () => {
    expect(one("evaluator_slug", "", "helpful")).toEqual({
      or: [
        { field: "configId", op: "in", value: ["cfg-h"] },
        {
          and: [
            { field: "configId", op: "isNull" },
            { field: "name", op: "eq", value: "helpful" },
          ],
        },
      ],
    });
    expect(one("evaluator_slug", "startswith", "to")).toMatchObject({
      or: [{ value: ["cfg-t"] }, expect.anything()],
    });
    expect(one("evaluator_slug", "isnull", true)).toEqual({ or: [] });
  });
  it("scorer matches member emails, then free-text scorers", () => {
    expect(one("scorer", "icontains", "GRACE")).toEqual({
      or: [
        { field: "authorUserId", op: "in", value: ["u2"] },
        {
          and: [
            { field: "authorUserId", op: "isNull" },
            { field: "authorLabel", op: "icontains", value: "GRACE" },
          ],
        },
      ],
    });
  });
  it("type matches a stored kind, or the type derived from source, config and data type", () => {
    const tree = one("type", "", "human_single_select");
    expect(tree).toEqual({
      or: [
        {
          and: [
            { field: "kind", op: "isNotNull" },
            { field: "kind", op: "eq", value: "human_single_select" },
          ],
        },
        {
          and: [
            { field: "kind", op: "isNull" },
            {
              and: [
                { field: "source", op: "eq", value: "ANNOTATION" },
                { field: "configId", op: "in", value: ["cfg-t"] },
              ],
            },
          ],
        },
      ],
    });
    const code = one("type", "", "code");
    expect(JSON.stringify(code)).toContain('{"field":"configId","op":"in","value":["cfg-t"]}');
    const llm = one("type", "", "llm");
    expect(JSON.stringify(llm)).toContain('"value":["cfg-h"]');
    expect(JSON.stringify(one("type", "", "api"))).toContain('{"field":"source","op":"eq","value":"API"}');
  });
  it("only the lookups a filter needs are read", () => {
    expect(lookupsNeeded(fieldsOf(parseFilters({ environment: { value: "x" } })))).toEqual({
      evaluators: false,
      members: false,
    });
    expect(
      lookupsNeeded(
        fieldsOf(parseFilters({ g: { filter_params: { scorer: { value: "a" }, type: { value: "llm" } } } })),
      ),
    ).toEqual({
      evaluators: true,
      members: true,
    });
  });
});

describe("connectors and groups", () => {
  const a = { field: "environment", op: "eq", value: "a" };
  const b = { field: "status", op: "eq", value: "b" };
  const c = { field: "promptId", op: "eq", value: "c" };
  it("several fields are AND-ed", () => {
    expect(compile({ environment: { value: "a" }, status: { value: "b" } })).toEqual({ and: [a, b] });
  });
  it("a condition's OR joins it to the next one; AND binds tighter", () => {
    expect(compile({ environment: { value: "a", connector: "OR" }, status: { value: "b" } })).toEqual({
      or: [a, b],
    });
    expect(
      compile({
        environment: { value: "a" },
        status: { value: "b", connector: "OR" },
        prompt_id: { value: "c" },
      }),
    ).toEqual({ or: [{ and: [a, b] }, c] });
  });
  it("a list of conditions on one field takes part in the sequence", () => {
    expect(compile({ environment: [{ value: "a", connector: "OR" }, { value: "z" }] })).toEqual({
      or: [a, { field: "environment", op: "eq", value: "z" }],
    });
  });
  it("a nested group is one item: a AND (b OR c)", () => {
    const tree = compile({
      environment: { value: "a" },
      either: {
        connector: "AND",
        filter_params: { status: { value: "b", connector: "OR" }, prompt_id: { value: "c" } },
      },
    });
    expect(tree).toEqual({ and: [a, { or: [b, c] }] });
    expect(compile({ g: { filter_params: {} } })).toEqual({ and: [] });
  });
});
