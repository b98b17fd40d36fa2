import { MAX_SCORE_MAGNITUDE } from "@/lib/scores/score-values";
import { describeJsonProblem, describeTextProblem } from "@/lib/scores/json-value";
import { respanBadRequest } from "./errors";
import { orderingOperators, textOperators, type FieldKind, type FilterOperator } from "./filter-fields";

/**
 * The `value` of one condition: a scalar or a list (both are sent by Respan clients), always
 * returned as a list whose items have the JSON type the field's kind needs. Dates become Date.
 */
export type FilterValue = string | number | boolean | Date;

export const MAX_FILTER_VALUES = 100;
export const MAX_FILTER_TEXT = 1000;

function fail(detail: string): never {
  throw respanBadRequest(detail);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

/** ISO 8601 date or date-time; without a zone it is UTC. Null when it is not one. */
export function parseIsoDate(text: string): Date | null {
  const trimmed = text.trim().replace(" ", "T");
  const match = ISO_DATE.exec(trimmed);
  if (!match) return null;
  // JavaScript reads a date-time without a zone as local time; Respan means UTC.
  const date = new Date(match[1] && !match[4] ? `${trimmed}Z` : trimmed);
  if (Number.isNaN(date.getTime())) return null;
  const year = date.getUTCFullYear();
  return year >= 1 && year <= 9999 ? date : null;
}

const shown = (value: unknown) => JSON.stringify(value);

/** What PostgreSQL would refuse in a JSON text (NUL, lone surrogates, depth), or that it is no JSON. */
function describeJsonText(text: string): string | null {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    return "is not JSON";
  }
  return describeJsonProblem(document);
}

function typedValue(field: string, kind: FieldKind, item: string | number | boolean): FilterValue {
  switch (kind) {
    case "number":
      if (typeof item !== "number") fail(`Filter '${field}' expects a number, got ${shown(item)}`);
      // Beyond this no stored number can match, and an integer column would overflow.
      if (!Number.isFinite(item) || Math.abs(item as number) > MAX_SCORE_MAGNITUDE) {
        fail(`Filter '${field}' expects a number between -1e15 and 1e15, got ${shown(item)}`);
      }
      return item;
    case "boolean":
      return typeof item === "boolean"
        ? item
        : fail(`Filter '${field}' expects true or false, got ${shown(item)}`);
    case "date": {
      const date = typeof item === "string" ? parseIsoDate(item) : null;
      return date ?? fail(`Filter '${field}' expects an ISO 8601 date-time, got ${shown(item)}`);
    }
    case "text":
    case "category":
      if (typeof item !== "string") fail(`Filter '${field}' expects text, got ${shown(item)}`);
      return item;
    case "json": {
      const problem = typeof item === "string" ? describeJsonText(item) : "is not a string";
      if (problem === "is not JSON" || problem === "is not a string") {
        fail(`Filter '${field}' expects a JSON document encoded as a string, got ${shown(item)}`);
      }
      if (problem) fail(`The JSON document of filter '${field}' ${problem}`);
      return item;
    }
    default:
      return item;
  }
}

function checkMetadataValues(field: string, operator: FilterOperator, values: (string | number | boolean)[]) {
  if (new Set(values.map((value) => typeof value)).size > 1) {
    fail(`Values of filter '${field}' must all have the same type`);
  }
  const sample = values[0];
  if (textOperators.has(operator) && typeof sample !== "string") {
    fail(`Operator '${operator}' in filter '${field}' takes text, got ${shown(sample)}`);
  }
  if (orderingOperators.has(operator) && typeof sample === "boolean") {
    fail(`Operator '${operator}' in filter '${field}' compares numbers or text, got ${shown(sample)}`);
  }
}

export function parseFilterValues(
  field: string,
  kind: FieldKind,
  operator: FilterOperator,
  raw: unknown,
): FilterValue[] {
  if (operator === "empty" || operator === "not_empty") return [];
  if (raw === undefined || raw === null) fail(`Filter '${field}' needs a value`);
  const list: unknown[] = Array.isArray(raw) ? raw : [raw];
  if (list.length > MAX_FILTER_VALUES) fail(`Filter '${field}' takes at most ${MAX_FILTER_VALUES} values`);
  const scalars = list.map((item) => {
    if (typeof item === "string") {
      if (item.length > MAX_FILTER_TEXT)
        fail(`Values of filter '${field}' are at most ${MAX_FILTER_TEXT} characters`);
      const problem = describeTextProblem(item);
      if (problem) fail(`Values of filter '${field}' ${problem}`);
      return item;
    }
    if (typeof item === "number" || typeof item === "boolean") return item;
    return fail(`Value of filter '${field}' must be a string, number, boolean or a list of them`);
  });
  if (operator === "isnull") {
    if (scalars.length !== 1 || typeof scalars[0] !== "boolean") {
      fail(`Operator 'isnull' in filter '${field}' takes true or false`);
    }
    return scalars;
  }
  if (scalars.length === 0) {
    if (operator === "in") return [];
    fail(`Filter '${field}' needs at least one value`);
  }
  if (orderingOperators.has(operator) && scalars.length > 1) {
    fail(`Operator '${operator}' in filter '${field}' takes one value, got ${scalars.length}`);
  }
  if (kind === "metadata") checkMetadataValues(field, operator, scalars);
  return scalars.map((item) => typedValue(field, kind, item));
}
