import type { ConfigCategory, ScoreDataType } from "@/db/schema";
import type { LabelSettings } from "@/lib/labels/label-rules";
import { RespanValidationError } from "./errors";
import type { RespanPatchBody } from "./score-body";
import { valueTypeOfDataType, valueTypeOfEvaluator, type Evaluator } from "./score-type";

/**
 * Respan's five value fields ↔ one canonical value. The evaluator's data type picks the field
 * that carries the value; `reasoning` (the Keywords AI clients' field), or else `string_value`
 * on any non-text evaluator, is the score's comment. Other value fields sent *with* the matching
 * one are kept readable in the score's metadata under `respan_other_values` (Respan's docs send
 * several value fields in one request); sent without it, they are refused (422), never dropped.
 */
export const OTHER_VALUES_KEY = "respan_other_values";
export const valueFields = [
  "numerical_value",
  "string_value",
  "boolean_value",
  "categorical_value",
  "json_value",
] as const;
export type ValueField = (typeof valueFields)[number];

export const valueFieldOf: Record<ScoreDataType, ValueField> = {
  NUMERIC: "numerical_value",
  BOOLEAN: "boolean_value",
  CATEGORICAL: "categorical_value",
  TEXT: "string_value",
  CORRECTION: "string_value",
  JSON: "json_value",
};

/** What a value is judged against: the evaluator when the score has one, else the score's own type. */
export type ValueTarget = {
  dataType: ScoreDataType;
  evaluator?: Evaluator;
  multiSelect: boolean;
  label: string;
};

export type PickedValue = { value?: unknown; comment?: string | null; others?: Record<string, unknown> };

const present = (body: RespanPatchBody, field: ValueField) =>
  body[field] !== undefined && body[field] !== null;

function decodeJson(raw: unknown, errors: Record<string, string[]>): unknown {
  if (typeof raw !== "string") return raw;
  try {
    return JSON.parse(raw);
  } catch {
    errors.json_value = ["Must be a JSON document encoded as a string."];
    return undefined;
  }
}

function shapeValue(field: ValueField, raw: unknown, target: ValueTarget, errors: Record<string, string[]>) {
  if (field === "json_value") return decodeJson(raw, errors);
  if (field !== "categorical_value") return raw;
  const list = typeof raw === "string" ? [raw] : (raw as string[]);
  // A single-select score stores one category as text, so every API reads it back as text.
  return !target.multiSelect && list.length === 1 ? list[0] : list;
}

/**
 * The value (and comment) a body sets for `target`. `required`: creates and replaces need the
 * value; a patch or a re-post may leave it out.
 */
export function pickValue(body: RespanPatchBody, target: ValueTarget, required: boolean): PickedValue {
  const primary = valueFieldOf[target.dataType];
  const valueType = target.evaluator
    ? valueTypeOfEvaluator(target.evaluator)
    : valueTypeOfDataType[target.dataType];
  const errors: Record<string, string[]> = {};
  const picked: PickedValue = {};
  const others: Record<string, unknown> = {};
  if (body.reasoning !== undefined) picked.comment = body.reasoning;
  for (const field of valueFields) {
    if (field === primary) continue;
    if (field === "string_value" && body.string_value !== undefined && picked.comment === undefined) {
      picked.comment = body.string_value;
    } else if (present(body, field) && present(body, primary)) others[field] = body[field];
    else if (present(body, field)) {
      errors[field] = [`Does not apply to evaluator '${target.label}' (${valueType}); send ${primary}.`];
    }
  }
  if (Object.keys(others).length > 0) picked.others = others;
  const raw = body[primary];
  if (raw === null && !required) errors[primary] = ["This field may not be null."];
  else if (raw === undefined || raw === null) {
    if (required)
      errors[primary] = [`This field is required for evaluator '${target.label}' (${valueType}).`];
  } else picked.value = shapeValue(primary, raw, target, errors);
  if (Object.keys(errors).length > 0) throw new RespanValidationError(errors);
  return picked;
}

/** `raw` with the other value fields a body sent kept in its metadata (see the module comment). */
export function withOtherValues<T extends Record<string, unknown>>(raw: T, picked: PickedValue): T {
  if (!picked.others) return raw;
  const metadata = (raw.metadata ?? {}) as Record<string, unknown>;
  return { ...raw, metadata: { ...metadata, [OTHER_VALUES_KEY]: picked.others } };
}

const inferenceOrder: ValueField[] = [
  "json_value",
  "categorical_value",
  "boolean_value",
  "numerical_value",
  "string_value",
];

/** A new evaluator for an unknown slug, typed by the value field sent (categories: those sent). */
export function inferEvaluatorSettings(body: RespanPatchBody, slug: string): LabelSettings {
  const field = inferenceOrder.find((candidate) => present(body, candidate));
  if (!field) {
    throw new RespanValidationError({
      evaluator_slug: [
        `Evaluator '${slug}' does not exist; send a value field (${valueFields.join(", ")}) to create it.`,
      ],
    });
  }
  switch (field) {
    case "json_value":
      return { name: slug, dataType: "JSON", widget: "json" };
    case "boolean_value":
      return { name: slug, dataType: "BOOLEAN", widget: "boolean" };
    case "numerical_value":
      return { name: slug, dataType: "NUMERIC", widget: "numeric" };
    case "string_value":
      return { name: slug, dataType: "TEXT", widget: "text" };
    case "categorical_value": {
      const raw = body.categorical_value!;
      const labels = [...new Set(typeof raw === "string" ? [raw] : raw)];
      const categories: ConfigCategory[] = labels.map((label, value) => ({ label, value }));
      return { name: slug, dataType: "CATEGORICAL", widget: "multi_select", categories };
    }
  }
}
