import type { ConditionField, ScalarValue, ScoreCondition } from "@/lib/scores/conditions";
import type { FilterValue } from "./filter-values";

/**
 * Small algebra over condition trees that folds constants, so a filter that can never match
 * (an evaluator slug no config has) becomes `false` instead of an empty `in ()` per branch.
 */
export const TRUE: ScoreCondition = { and: [] };
export const FALSE: ScoreCondition = { or: [] };

const isTrue = (c: ScoreCondition) => "and" in c && c.and.length === 0;
const isFalse = (c: ScoreCondition) => "or" in c && c.or.length === 0;

export function allOf(...parts: ScoreCondition[]): ScoreCondition {
  if (parts.some(isFalse)) return FALSE;
  const kept = parts.filter((part) => !isTrue(part));
  return kept.length === 1 ? kept[0] : { and: kept };
}

export function anyOf(...parts: ScoreCondition[]): ScoreCondition {
  if (parts.some(isTrue)) return TRUE;
  const kept = parts.filter((part) => !isFalse(part));
  return kept.length === 1 ? kept[0] : { or: kept };
}

export function negate(condition: ScoreCondition): ScoreCondition {
  if (isTrue(condition)) return FALSE;
  if (isFalse(condition)) return TRUE;
  if ("not" in condition) return condition.not;
  return { not: condition };
}

export const isNullOf = (field: ConditionField): ScoreCondition => ({ field, op: "isNull" });
export const isNotNullOf = (field: ConditionField): ScoreCondition => ({ field, op: "isNotNull" });
export const equals = (field: ConditionField, value: ScalarValue): ScoreCondition => ({
  field,
  op: "eq",
  value,
});

/** `field in ids`, or false for no ids (nothing to match). */
export const oneOf = (field: ConditionField, values: ScalarValue[]): ScoreCondition =>
  values.length === 0 ? FALSE : { field, op: "in", value: values };

/** The operators that compare a field with values; presence and negation are built from these. */
export type MatchOperator =
  "" | "in" | "lt" | "lte" | "gt" | "gte" | "iexact" | "contains" | "icontains" | "startswith" | "endswith";

const patternOps = {
  iexact: "ieq",
  contains: "contains",
  icontains: "icontains",
  startswith: "startsWith",
  endswith: "endsWith",
} as const;

/** One column compared with the values as Respan's operator means it; several text values match any. */
export function columnMatch(
  field: ConditionField,
  op: MatchOperator,
  values: FilterValue[],
  encode: (value: FilterValue) => ScalarValue = (value) => value,
): ScoreCondition {
  switch (op) {
    case "":
      return values.length === 1
        ? equals(field, encode(values[0]))
        : { field, op: "in", value: values.map(encode) };
    case "in":
      return { field, op: "in", value: values.map(encode) };
    case "lt":
    case "lte":
    case "gt":
    case "gte":
      return { field, op, value: encode(values[0]) };
    default:
      return anyOf(
        ...values.map((value) => ({ field, op: patternOps[op], value: encode(value) }) as ScoreCondition),
      );
  }
}

/**
 * The same operator evaluated in JavaScript, for values Scorelens derives rather than stores
 * (evaluator slugs, scorer emails, types): the compiler turns matches into id lists.
 */
export function matchesValue(op: MatchOperator, actual: string | number, values: FilterValue[]): boolean {
  const first = values[0];
  switch (op) {
    case "":
    case "in":
      return values.some((value) => value === actual);
    case "lt":
      return actual < (first as string | number);
    case "lte":
      return actual <= (first as string | number);
    case "gt":
      return actual > (first as string | number);
    case "gte":
      return actual >= (first as string | number);
    case "iexact":
      return values.some((value) => String(actual).toLowerCase() === String(value).toLowerCase());
    case "contains":
      return values.some((value) => String(actual).includes(String(value)));
    case "icontains":
      return values.some((value) => String(actual).toLowerCase().includes(String(value).toLowerCase()));
    case "startswith":
      return values.some((value) => String(actual).startsWith(String(value)));
    case "endswith":
      return values.some((value) => String(actual).endsWith(String(value)));
  }
}
