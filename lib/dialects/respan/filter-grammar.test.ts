import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { fieldsOf, MAX_FILTER_DEPTH, normalizeFilters, parseFilters } from "./filter-grammar";

/** The 400 detail parseFilters answers for `filters`, or null when it accepts them. */
function detailOf(filters: unknown): string | null {
  try {
    parseFilters(filters);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(400);
    return (error as AppError).message;
  }
}

describe("Respan filters grammar: shapes", () => {
  it("reads a condition, a list of conditions and a nested group, keeping the order sent", () => {
    const entries = parseFilters({
      environment: { operator: "", value: ["production"] },
      numerical_value: [
        { operator: "gt", value: 0.5, connector: "OR" },
        { operator: "isnull", value: [true] },
      ],
      any_name: {
        connector: "OR",
        filter_params: { metadata__model: { operator: "icontains", value: "gpt" } },
      },
    });
    expect(entries).toEqual([
      {
        key: "environment",
        asList: false,
        rules: [{ field: "environment", operator: "", values: ["production"], connector: "AND" }],
      },
      {
        key: "numerical_value",
        asList: true,
        rules: [
          { field: "numerical_value", operator: "gt", values: [0.5], connector: "OR" },
          { field: "numerical_value", operator: "isnull", values: [true], connector: "AND" },
        ],
      },
      {
        key: "any_name",
        connector: "OR",
        group: [
          {
            key: "metadata__model",
            asList: false,
            rules: [{ field: "metadata__model", operator: "icontains", values: ["gpt"], connector: "AND" }],
          },
        ],
      },
    ]);
    expect([...fieldsOf(entries)]).toEqual(["environment", "numerical_value", "metadata__model"]);
  });

  it("treats absent filters as none, and a missing operator as equality", () => {
    expect(parseFilters(undefined)).toEqual([]);
    expect(parseFilters(null)).toEqual([]);
    expect(parseFilters({})).toEqual([]);
    expect(parseFilters({ status: { value: "completed" } })[0]).toMatchObject({ rules: [{ operator: "" }] });
  });

  it("folds the SDK's equality spellings and notEmpty onto the documented operators", () => {
    for (const spelling of ["=", "==", "eq", "equals"]) {
      expect(parseFilters({ status: { operator: spelling, value: "ok" } })[0]).toMatchObject({
        rules: [{ operator: "" }],
      });
    }
    expect(parseFilters({ status: { operator: "notEmpty", value: [] } })[0]).toMatchObject({
      rules: [{ operator: "not_empty", values: [] }],
    });
  });

  it("types values by field: dates become Date, date-only and zone-less times are UTC", () => {
    const [entry] = parseFilters({ created_at: { operator: "gte", value: "2026-05-31T12:00:00" } });
    expect(entry).toMatchObject({ rules: [{ values: [new Date("2026-05-31T12:00:00Z")] }] });
    const [day] = parseFilters({ created_at: { operator: "lt", value: ["2026-06-01"] } });
    expect(day).toMatchObject({ rules: [{ values: [new Date("2026-06-01T00:00:00Z")] }] });
  });

  it("normalizes filters for current_filters: lists, folded operators, ISO dates, groups kept", () => {
    const entries = parseFilters({
      evaluator_id: { operator: "==", value: "cfg-1" },
      created_at: [{ operator: "gte", value: "2026-06-01T00:00:00+02:00", connector: "OR" }],
      group: { filter_params: { is_passed: { operator: "", value: true } } },
    });
    expect(normalizeFilters(entries)).toEqual({
      evaluator_id: { operator: "", value: ["cfg-1"], connector: "AND" },
      created_at: [{ operator: "gte", value: ["2026-05-31T22:00:00.000Z"], connector: "OR" }],
      group: {
        connector: "AND",
        filter_params: { is_passed: { operator: "", value: [true], connector: "AND" } },
      },
    });
  });
});

describe("Respan filters grammar: every error names what is wrong", () => {
  const cases: [string, unknown, string][] = [
    ["filters not an object", ["environment"], "filters must be an object mapping field names to conditions"],
    [
      "unknown field",
      { colour: { operator: "", value: "red" } },
      "Unknown filter field 'colour'. Filterable fields: id, created_at, type, environment, numerical_value, string_value, boolean_value, categorical_value, json_value, is_passed, cost, evaluator_id, evaluator_slug, evaluator_name, scorer, log_id, prompt_id, prompt_version_number, dataset_id, automation_id, status, error_message and metadata__<key>",
    ],
    [
      "text operator on prompt_version_number",
      { prompt_version_number: { operator: "contains", value: 1 } },
      "Operator 'contains' does not apply to number field 'prompt_version_number'; it takes '', 'not', 'in', 'isnull', 'empty', 'not_empty', 'lt', 'lte', 'gt', 'gte'",
    ],
    [
      "metadata without a key",
      { metadata__: { operator: "", value: "x" } },
      "Filter 'metadata__' needs a key after metadata__",
    ],
    [
      "unknown operator",
      { status: { operator: "like", value: "x" } },
      "Unknown operator 'like' in filter 'status'",
    ],
    [
      "operator not a string",
      { status: { operator: 3, value: "x" } },
      "Operator of filter 'status' must be a string",
    ],
    [
      "SDK operator without support",
      { status: { operator: "regex", value: "^a" } },
      "Operator 'regex' is not supported (filter 'status')",
    ],
    [
      "iexact on a number",
      { numerical_value: { operator: "iexact", value: 1 } },
      "Operator 'iexact' does not apply to number field 'numerical_value'; it takes '', 'not', 'in', 'isnull', 'empty', 'not_empty', 'lt', 'lte', 'gt', 'gte'",
    ],
    [
      "text operator on a number",
      { numerical_value: { operator: "contains", value: 1 } },
      "Operator 'contains' does not apply to number field 'numerical_value'; it takes '', 'not', 'in', 'isnull', 'empty', 'not_empty', 'lt', 'lte', 'gt', 'gte'",
    ],
    [
      "ordering on a boolean",
      { boolean_value: { operator: "gt", value: true } },
      "Operator 'gt' does not apply to boolean field 'boolean_value'; it takes '', 'not', 'in', 'isnull', 'empty', 'not_empty'",
    ],
    [
      "a text operator on a JSON document",
      { json_value: { operator: "contains", value: "{}" } },
      "Operator 'contains' does not apply to json field 'json_value'; it takes '', 'not', 'in', 'isnull', 'empty', 'not_empty'",
    ],
    [
      "an ordering on categories",
      { categorical_value: { operator: "gt", value: "bug" } },
      "Operator 'gt' does not apply to category field 'categorical_value'; it takes '', 'not', 'in', 'isnull', 'empty', 'not_empty', 'iexact', 'contains', 'icontains', 'startswith', 'endswith'",
    ],
    [
      "json_value compared with something that is not JSON text",
      { json_value: { operator: "", value: "{rating: 5}" } },
      `Filter 'json_value' expects a JSON document encoded as a string, got "{rating: 5}"`,
    ],
    [
      "json_value holding what PostgreSQL refuses",
      { json_value: { operator: "", value: '{"a": "\\u0000"}' } },
      "The JSON document of filter 'json_value' contains a string that must not contain the NUL character (\\u0000)",
    ],
    [
      "json_value holding a number beyond double precision",
      { json_value: { operator: "", value: "1e999" } },
      "The JSON document of filter 'json_value' contains a number that is not finite",
    ],
    [
      "json_value compared with a number",
      { json_value: { operator: "in", value: [5] } },
      "Filter 'json_value' expects a JSON document encoded as a string, got 5",
    ],
    [
      "categorical_value compared with a number",
      { categorical_value: { operator: "", value: [1] } },
      "Filter 'categorical_value' expects text, got 1",
    ],
    [
      "text for a number",
      { numerical_value: { operator: "gt", value: "abc" } },
      `Filter 'numerical_value' expects a number, got "abc"`,
    ],
    [
      "number for text",
      { environment: { operator: "", value: [5] } },
      "Filter 'environment' expects text, got 5",
    ],
    [
      "text for a boolean",
      { is_passed: { operator: "", value: "yes" } },
      `Filter 'is_passed' expects true or false, got "yes"`,
    ],
    [
      "bad date",
      { created_at: { operator: "gt", value: "yesterday" } },
      `Filter 'created_at' expects an ISO 8601 date-time, got "yesterday"`,
    ],
    ["missing value", { status: { operator: "" } }, "Filter 'status' needs a value"],
    [
      "object value",
      { status: { operator: "", value: { a: 1 } } },
      "Value of filter 'status' must be a string, number, boolean or a list of them",
    ],
    [
      "empty value list",
      { status: { operator: "contains", value: [] } },
      "Filter 'status' needs at least one value",
    ],
    [
      "two values for gt",
      { cost: { operator: "gt", value: [1, 2] } },
      "Operator 'gt' in filter 'cost' takes one value, got 2",
    ],
    [
      "isnull with text",
      { status: { operator: "isnull", value: "true" } },
      "Operator 'isnull' in filter 'status' takes true or false",
    ],
    [
      "mixed metadata types",
      { metadata__k: { operator: "in", value: [1, "1"] } },
      "Values of filter 'metadata__k' must all have the same type",
    ],
    [
      "metadata text operator on a number",
      { metadata__k: { operator: "contains", value: 1 } },
      "Operator 'contains' in filter 'metadata__k' takes text, got 1",
    ],
    [
      "metadata ordering on a boolean",
      { metadata__k: { operator: "gt", value: true } },
      "Operator 'gt' in filter 'metadata__k' compares numbers or text, got true",
    ],
    [
      "bad connector",
      { status: { operator: "", value: "x", connector: "XOR" } },
      `Connector of filter 'status' must be AND or OR, got "XOR"`,
    ],
    [
      "unknown key in a condition",
      { status: { operator: "", value: "x", negate: true } },
      "Unknown key 'negate' in filter 'status'; a condition has operator, value and connector",
    ],
    [
      "operator_function",
      { metadata__k: { operator: "", value: "x", operator_function: "mapContainsKey" } },
      "operator_function is not supported (filter 'metadata__k'); test a metadata key with metadata__<key> and isnull",
    ],
    [
      "condition not an object",
      { status: "ok" },
      "Filter 'status' must be a condition object, a list of conditions, or a group with filter_params",
    ],
    ["list item not an object", { status: ["ok"] }, "Each condition of filter 'status' must be an object"],
    ["empty list of conditions", { status: [] }, "Filter 'status' holds an empty list of conditions"],
    [
      "filter_params not an object",
      { g: { filter_params: [] } },
      "filter_params of group 'g' must be an object",
    ],
    [
      "unknown key in a group",
      { g: { filter_params: {}, operator: "" } },
      "Unknown key 'operator' in group 'g'; a group has connector and filter_params",
    ],
    [
      "bad group connector",
      { g: { filter_params: {}, connector: "or" } },
      `Connector of group 'g' must be AND or OR, got "or"`,
    ],
    [
      "unknown field inside a group",
      { g: { filter_params: { nope: { value: 1 } } } },
      "Unknown filter field 'nope'. Filterable fields: id, created_at, type, environment, numerical_value, string_value, boolean_value, categorical_value, json_value, is_passed, cost, evaluator_id, evaluator_slug, evaluator_name, scorer, log_id, prompt_id, prompt_version_number, dataset_id, automation_id, status, error_message and metadata__<key>",
    ],
  ];

  it.each(cases)("%s", (_name, filters, detail) => {
    expect(detailOf(filters)).toBe(detail);
  });

  it("limits nesting, condition count, value count and text length", () => {
    let nested: Record<string, unknown> = { status: { value: "x" } };
    for (let depth = 0; depth < MAX_FILTER_DEPTH; depth++) nested = { g: { filter_params: nested } };
    expect(detailOf(nested)).toBe("Filters are nested deeper than 10 levels");
    const many = Object.fromEntries(
      Array.from({ length: 101 }, (_, i) => [`metadata__k${i}`, { value: "x" }]),
    );
    expect(detailOf(many)).toBe("Filters hold at most 100 conditions");
    expect(detailOf({ status: { operator: "in", value: Array(101).fill("x") } })).toBe(
      "Filter 'status' takes at most 100 values",
    );
    expect(detailOf({ status: { value: "x".repeat(1001) } })).toBe(
      "Values of filter 'status' are at most 1000 characters",
    );
    expect(detailOf({ status: { value: "a\u0000b" } })).toBe(
      "Values of filter 'status' must not contain the NUL character (\\u0000)",
    );
    expect(detailOf({ "metadata__a\u0000": { value: "x" } })).toBe(
      "Filter names are at most 255 characters and must not contain the NUL character (\\u0000)",
    );
  });
});
