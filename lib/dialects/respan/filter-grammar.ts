import { describeTextProblem } from "@/lib/scores/json-value";
import { respanBadRequest } from "./errors";
import {
  filterableFieldList,
  filterOperators,
  kindOfField,
  METADATA_PREFIX,
  operatorAliases,
  operatorsByKind,
  unfilterableFields,
  unsupportedOperators,
  type FilterOperator,
} from "./filter-fields";
import { parseFilterValues, type FilterValue } from "./filter-values";

/**
 * Respan's Filters grammar → a checked syntax tree. `filters` maps a field to a condition
 * `{operator, value, connector}`, to a list of conditions, or (any key) to a group
 * `{connector, filter_params}`. Invariants: every field, operator and value is known and typed
 * here, so the compiler never meets bad input; anything unknown is a 400 naming it; entries keep
 * the order they were sent in, because connectors read left to right.
 */
export type Connector = "AND" | "OR";
export type FilterRule = {
  field: string;
  operator: FilterOperator;
  values: FilterValue[];
  connector: Connector;
};
export type FilterEntry =
  | { key: string; rules: FilterRule[]; asList: boolean }
  | { key: string; group: FilterEntry[]; connector: Connector };

export const MAX_FILTER_DEPTH = 10;
export const MAX_FILTER_RULES = 100;

function fail(detail: string): never {
  throw respanBadRequest(detail);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function parseConnector(raw: unknown, where: string): Connector {
  if (raw === undefined || raw === null) return "AND";
  if (raw === "AND" || raw === "OR") return raw;
  return fail(`Connector of ${where} must be AND or OR, got ${JSON.stringify(raw)}`);
}

function parseOperator(raw: unknown, field: string): FilterOperator {
  if (raw === undefined || raw === null) return "";
  if (typeof raw !== "string") return fail(`Operator of filter '${field}' must be a string`);
  const operator = Object.hasOwn(operatorAliases, raw) ? operatorAliases[raw] : raw;
  if (unsupportedOperators.includes(operator)) {
    return fail(`Operator '${raw}' is not supported (filter '${field}')`);
  }
  if (!(filterOperators as readonly string[]).includes(operator)) {
    return fail(`Unknown operator '${raw}' in filter '${field}'`);
  }
  return operator as FilterOperator;
}

function checkField(field: string) {
  if (unfilterableFields.includes(field)) fail(`Field '${field}' cannot be filtered`);
  if (field === METADATA_PREFIX) fail(`Filter '${field}' needs a key after ${METADATA_PREFIX}`);
  const keyProblem = describeTextProblem(field);
  if (keyProblem || field.length > 255)
    fail(`Filter names are at most 255 characters and ${keyProblem ?? "well-formed"}`);
  const kind = kindOfField(field);
  if (!kind) return fail(`Unknown filter field '${field}'. Filterable fields: ${filterableFieldList}`);
  return kind;
}

const ruleKeys = new Set(["operator", "value", "connector"]);

function parseRule(field: string, raw: unknown, counter: { rules: number }): FilterRule {
  if (!isObject(raw)) return fail(`Each condition of filter '${field}' must be an object`);
  for (const key of Object.keys(raw)) {
    if (key === "operator_function" || key === "operator_args") {
      fail(
        `${key} is not supported (filter '${field}'); test a metadata key with ${METADATA_PREFIX}<key> and isnull`,
      );
    }
    if (!ruleKeys.has(key))
      fail(`Unknown key '${key}' in filter '${field}'; a condition has operator, value and connector`);
  }
  const kind = checkField(field);
  const operator = parseOperator(raw.operator, field);
  if (!operatorsByKind[kind].includes(operator)) {
    const allowed = operatorsByKind[kind].map((name) => `'${name}'`).join(", ");
    fail(`Operator '${operator}' does not apply to ${kind} field '${field}'; it takes ${allowed}`);
  }
  if (++counter.rules > MAX_FILTER_RULES) fail(`Filters hold at most ${MAX_FILTER_RULES} conditions`);
  const values = parseFilterValues(field, kind, operator, raw.value);
  return { field, operator, values, connector: parseConnector(raw.connector, `filter '${field}'`) };
}

function parseGroup(key: string, raw: Record<string, unknown>, depth: number, counter: { rules: number }) {
  for (const name of Object.keys(raw)) {
    if (name !== "connector" && name !== "filter_params") {
      fail(`Unknown key '${name}' in group '${key}'; a group has connector and filter_params`);
    }
  }
  if (!isObject(raw.filter_params)) fail(`filter_params of group '${key}' must be an object`);
  const group = parseEntries(raw.filter_params as Record<string, unknown>, depth + 1, counter);
  return { key, group, connector: parseConnector(raw.connector, `group '${key}'`) };
}

function parseEntries(
  raw: Record<string, unknown>,
  depth: number,
  counter: { rules: number },
): FilterEntry[] {
  if (depth > MAX_FILTER_DEPTH) fail(`Filters are nested deeper than ${MAX_FILTER_DEPTH} levels`);
  return Object.entries(raw).map(([key, value]): FilterEntry => {
    if (isObject(value) && "filter_params" in value) return parseGroup(key, value, depth, counter);
    if (Array.isArray(value)) {
      if (value.length === 0) fail(`Filter '${key}' holds an empty list of conditions`);
      return { key, rules: value.map((item) => parseRule(key, item, counter)), asList: true };
    }
    if (isObject(value)) return { key, rules: [parseRule(key, value, counter)], asList: false };
    return fail(
      `Filter '${key}' must be a condition object, a list of conditions, or a group with filter_params`,
    );
  });
}

/** `filters` of a request body; absent or null means no filter. */
export function parseFilters(raw: unknown): FilterEntry[] {
  if (raw === undefined || raw === null) return [];
  if (!isObject(raw)) return fail("filters must be an object mapping field names to conditions");
  return parseEntries(raw, 1, { rules: 0 });
}

/** The filters as applied, for `current_filters`: equality aliases folded, values as lists, dates in ISO 8601. */
export function normalizeFilters(entries: FilterEntry[]): Record<string, unknown> {
  const normalizeRule = (rule: FilterRule) => ({
    operator: rule.operator,
    value: rule.values.map((value) => (value instanceof Date ? value.toISOString() : value)),
    connector: rule.connector,
  });
  return Object.fromEntries(
    entries.map((entry) => {
      if ("group" in entry) {
        return [entry.key, { connector: entry.connector, filter_params: normalizeFilters(entry.group) }];
      }
      const rules = entry.rules.map(normalizeRule);
      return [entry.key, entry.asList ? rules : rules[0]];
    }),
  );
}

/** Every field the filters name, nested groups included: decides which lookups compiling needs. */
export function fieldsOf(entries: FilterEntry[]): Set<string> {
  const fields = new Set<string>();
  for (const entry of entries) {
    if ("group" in entry) fieldsOf(entry.group).forEach((field) => fields.add(field));
    else fields.add(entry.key);
  }
  return fields;
}
