import type { ScoreRow } from "@/db/schema";
import { isMultiChoice, type LabelConfig, type LabelType } from "./label-types";
import { isOnStepGrid } from "@/lib/scores/score-values";

/**
 * Score values in FutureAGI's shapes. Output is always the label type's canonical object:
 * `{value: n}`, `{rating: n}`, `{value: "up"|"down"}`, `{selected: [...]}`, `{text}` (and
 * `{json}` for Scorelens JSON labels). Input takes that object or the bare value inside it and
 * lowers it to the engine's typed value; bounds and category names are then checked by the engine
 * against the config, so both APIs refuse the same values with the same reasons.
 */
export type ValueOutcome = { value: unknown } | { problem: string };

export const canonicalKeyOf: Record<LabelType, string> = {
  numeric: "value",
  star: "rating",
  thumbs_up_down: "value",
  categorical: "selected",
  text: "text",
  json: "json",
};

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** `{key: x}` gives x; a non-object is already the bare value; any other object is the wrong shape. */
function unwrap(raw: unknown, type: LabelType): { inner: unknown } | { problem: string } {
  const key = canonicalKeyOf[type];
  if (!isPlainObject(raw)) return { inner: raw };
  const keys = Object.keys(raw);
  if (keys.length === 1 && keys[0] === key) return { inner: raw[key] };
  if (type === "json") return { inner: raw };
  const got = keys.length ? keys.map((k) => `"${k}"`).join(", ") : "no keys";
  return { problem: `A ${type} label takes {"${key}": …} or the bare value; got an object with ${got}` };
}

function parseNumeric(inner: unknown, config: LabelConfig | null): ValueOutcome {
  if (typeof inner !== "number" || !Number.isFinite(inner))
    return { problem: "A numeric value must be a number" };
  if (config && !isOnStepGrid(inner, config)) {
    return {
      problem: `${inner} is not on the step grid of label "${config.name}" (from ${config.minValue ?? 0} in steps of ${config.step})`,
    };
  }
  return { value: inner };
}

function parseStar(inner: unknown, config: LabelConfig | null): ValueOutcome {
  const stars = config?.maxValue ?? 5;
  if (typeof inner !== "number" || !Number.isInteger(inner) || inner < 1 || inner > stars) {
    return { problem: `A star rating must be a whole number from 1 to ${stars}` };
  }
  return { value: inner };
}

function parseThumbs(inner: unknown): ValueOutcome {
  if (inner === true || inner === false) return { value: inner };
  if (typeof inner === "string" && /^(up|down)$/i.test(inner)) return { value: inner.toLowerCase() === "up" };
  return { problem: 'A thumbs_up_down value is "up" or "down"' };
}

function parseCategorical(inner: unknown, config: LabelConfig | null): ValueOutcome {
  const isList = Array.isArray(inner);
  const selected = isList ? inner : [inner];
  if (!selected.every((item) => typeof item === "string")) {
    return { problem: "A categorical value is an option label or a list of option labels" };
  }
  if (selected.length === 0) return { problem: "Select at least one option" };
  if (!config) return { value: inner };
  if (isMultiChoice(config)) return { value: selected };
  if (selected.length > 1) {
    return { problem: `Label "${config.name}" allows one option, got ${selected.length}` };
  }
  // Single choice is stored as one category, so other APIs read it back as a string.
  return { value: selected[0] };
}

export function parseLabelValue(type: LabelType, raw: unknown, config: LabelConfig | null): ValueOutcome {
  if (raw === undefined || raw === null) return { problem: "A value is required" };
  const unwrapped = unwrap(raw, type);
  if ("problem" in unwrapped) return unwrapped;
  const { inner } = unwrapped;
  if (inner === undefined || inner === null) return { problem: "A value is required" };
  switch (type) {
    case "numeric":
      return parseNumeric(inner, config);
    case "star":
      return parseStar(inner, config);
    case "thumbs_up_down":
      return parseThumbs(inner);
    case "categorical":
      return parseCategorical(inner, config);
    case "text":
      return typeof inner === "string" ? { value: inner } : { problem: "A text value must be a string" };
    case "json":
      return { value: inner };
  }
}

type ValueColumns = Pick<ScoreRow, "numericValue" | "stringValue" | "categories" | "jsonValue">;

/** The canonical FutureAGI value of a stored score. */
export function formatLabelValue(type: LabelType, row: ValueColumns): Record<string, unknown> {
  switch (type) {
    case "numeric":
      return { value: row.numericValue };
    case "star":
      return { rating: row.numericValue };
    case "thumbs_up_down":
      return { value: row.numericValue === null ? null : row.numericValue === 1 ? "up" : "down" };
    case "categorical":
      return { selected: row.categories ?? (row.stringValue === null ? [] : [row.stringValue]) };
    case "text":
      return { text: row.stringValue };
    case "json":
      return { json: row.jsonValue };
  }
}
