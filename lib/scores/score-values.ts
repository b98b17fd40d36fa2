import type { NewScoreRow, ScoreDataType } from "@/db/schema";
import type { ScoreConfigRow } from "./write-context";

/**
 * A typed `value` and the four value columns. Invariants the read side (`scoreValueOf`) relies on:
 * NUMERIC → numeric_value; BOOLEAN → numeric_value 1/0 and string_value "True"/"False";
 * CATEGORICAL → string_value is the first category, `categories` is set only when the client sent
 * a list (so a single string reads back as a string), numeric_value is the config's mapping;
 * TEXT and CORRECTION → string_value; JSON → json_value.
 */
export type ValueColumns = Pick<NewScoreRow, "numericValue" | "stringValue" | "categories" | "jsonValue">;

export type ValueOutcome = { columns: ValueColumns } | { problem: string };

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === "string");

/**
 * When `dataType` is absent and no config names it: number → NUMERIC, boolean → BOOLEAN,
 * string → TEXT (a CATEGORICAL string needs a config or an explicit dataType), a list of
 * strings → CATEGORICAL (multi-select), anything else → JSON.
 */
export function inferDataType(value: unknown): ScoreDataType {
  if (typeof value === "number") return "NUMERIC";
  if (typeof value === "boolean") return "BOOLEAN";
  if (typeof value === "string") return "TEXT";
  if (isStringList(value) && value.length > 0) return "CATEGORICAL";
  return "JSON";
}

/**
 * The largest magnitude a number in a score may have. Beyond it, sums and squares over millions
 * of rows (means, histograms, spreads) leave the range of a double; 10^15 is also about where
 * doubles stop holding every integer.
 */
export const MAX_SCORE_MAGNITUDE = 1e15;

export const magnitudeProblem = (value: number): string | null =>
  Number.isFinite(value) && Math.abs(value) <= MAX_SCORE_MAGNITUDE
    ? null
    : "A number must be finite and between -1e15 and 1e15";

/** Whether the value has its data type's JSON type; the config-independent half of validation. */
export function describeValueTypeProblem(dataType: ScoreDataType, value: unknown): string | null {
  if (value === null || value === undefined) return "A value is required";
  switch (dataType) {
    case "NUMERIC":
      return typeof value === "number" ? magnitudeProblem(value) : "A NUMERIC value must be a number";
    case "BOOLEAN":
      return typeof value === "boolean" || value === 0 || value === 1
        ? null
        : "A BOOLEAN value must be true, false, 1 or 0";
    case "CATEGORICAL":
      if (typeof value === "string") return value === "" ? "A category must not be empty" : null;
      if (!isStringList(value)) return "A CATEGORICAL value must be a string or a list of strings";
      if (value.length === 0) return "Select at least one category";
      if (value.some((item) => item === "")) return "A category must not be empty";
      return new Set(value).size === value.length ? null : "Each category may be selected once";
    case "TEXT":
    case "CORRECTION":
      return typeof value === "string" ? null : `A ${dataType} value must be a string`;
    case "JSON":
      return null;
  }
}

function columnsForCategories(value: string | string[], config: ScoreConfigRow | null): ValueOutcome {
  const selected = typeof value === "string" ? [value] : value;
  if (config?.categories) {
    const byLabel = new Map(config.categories.map((category) => [category.label, category.value]));
    const unknown = selected.find((label) => !byLabel.has(label));
    if (unknown !== undefined) {
      const allowed = config.categories.map((category) => category.label).join(", ");
      return { problem: `"${unknown}" is not a category of config "${config.name}" (allowed: ${allowed})` };
    }
    if (selected.length > 1 && config.widget !== "multi_select") {
      return { problem: `Config "${config.name}" allows one category, got ${selected.length}` };
    }
  }
  const mapping = config?.categories?.find((category) => category.label === selected[0])?.value;
  return {
    columns: {
      numericValue: mapping ?? null,
      stringValue: selected[0],
      categories: typeof value === "string" ? null : selected,
      jsonValue: null,
    },
  };
}

/**
 * Whether `value` sits on the label's step grid (from its minimum, or 0). Slider grids like 0.1
 * meet floating point, so a value counts as on the grid within a relative 1e-9.
 */
export function isOnStepGrid(
  value: number,
  config: { step?: number | null; minValue: number | null },
): boolean {
  const step = config.step;
  if (!step || step <= 0) return true;
  const steps = (value - (config.minValue ?? 0)) / step;
  return Math.abs(steps - Math.round(steps)) <= 1e-9 * Math.max(1, Math.abs(steps));
}

function checkNumericBounds(value: number, config: ScoreConfigRow | null): string | null {
  if (config?.minValue != null && value < config.minValue) {
    return `Value ${value} is below the minimum ${config.minValue} of config "${config.name}"`;
  }
  if (config?.maxValue != null && value > config.maxValue) {
    return `Value ${value} is above the maximum ${config.maxValue} of config "${config.name}"`;
  }
  if (config && !isOnStepGrid(value, config)) {
    return `Value ${value} is not a multiple of the step ${config.step} (from ${config.minValue ?? 0}) of config "${config.name}"`;
  }
  return null;
}

const empty: ValueColumns = { numericValue: null, stringValue: null, categories: null, jsonValue: null };

/** The value columns for a value of `dataType`, checked against the config when there is one. */
export function columnsForValue(
  dataType: ScoreDataType,
  value: unknown,
  config: ScoreConfigRow | null,
): ValueOutcome {
  const typeProblem = describeValueTypeProblem(dataType, value);
  if (typeProblem) return { problem: typeProblem };
  switch (dataType) {
    case "NUMERIC": {
      const problem = checkNumericBounds(value as number, config);
      return problem ? { problem } : { columns: { ...empty, numericValue: value as number } };
    }
    case "BOOLEAN": {
      const truth = value === true || value === 1;
      return { columns: { ...empty, numericValue: truth ? 1 : 0, stringValue: truth ? "True" : "False" } };
    }
    case "CATEGORICAL":
      return columnsForCategories(value as string | string[], config);
    case "TEXT":
    case "CORRECTION":
      return { columns: { ...empty, stringValue: value as string } };
    case "JSON":
      return { columns: { ...empty, jsonValue: value } };
  }
}
