import type { ScoreDataType } from "@/db/schema/enums";
import type { ScoreDetailJson } from "@/lib/scores/score-detail";
import type { ScoreEditPatch } from "@/lib/scores/score-edit-cache";

/**
 * The editor's value field, per data type and label config: which input it is, the text or
 * choice it starts from, and how that draft becomes the typed `value` the PATCH body takes.
 * Client checks mirror the server's (type, bounds, categories) and add the config's step, so a
 * person learns of a mistake before saving; the server still decides.
 */
export type EditorConfig = Pick<
  NonNullable<ScoreDetailJson["config"]>,
  "name" | "widget" | "minValue" | "maxValue" | "step" | "categories"
>;

export type ValueInput =
  | { kind: "number"; min: number | null; max: number | null; step: number | null }
  | { kind: "boolean" }
  | { kind: "select"; options: string[] }
  | { kind: "multi"; options: string[] }
  | { kind: "text"; multiline: boolean }
  | { kind: "json" };

/** string for text-like inputs and selects, boolean for the toggle, string[] for multi-select. */
export type ValueDraft = string | boolean | string[];

export type ParsedValue = { ok: true; value: unknown } | { ok: false; message: string };

const asStrings = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : value === null || value === undefined ? [] : [String(value)];

/** The config's categories, plus the current ones it no longer lists, so the select can show them. */
function categoryOptions(config: EditorConfig | null, value: unknown): string[] {
  const labels = (config?.categories ?? []).map((category) => category.label);
  return [...labels, ...asStrings(value).filter((label) => !labels.includes(label))];
}

export function valueInputOf(
  dataType: ScoreDataType,
  config: EditorConfig | null,
  value: unknown,
): ValueInput {
  switch (dataType) {
    case "NUMERIC":
      return {
        kind: "number",
        min: config?.minValue ?? null,
        max: config?.maxValue ?? null,
        step: config?.step ?? null,
      };
    case "BOOLEAN":
      return { kind: "boolean" };
    case "CATEGORICAL": {
      const multi = config?.widget === "multi_select" || Array.isArray(value);
      // Without a config's list there is nothing to choose from: the category is typed.
      if (!config?.categories?.length && !multi) return { kind: "text", multiline: false };
      return { kind: multi ? "multi" : "select", options: categoryOptions(config, value) };
    }
    case "JSON":
      return { kind: "json" };
    default:
      return { kind: "text", multiline: true };
  }
}

export function draftOf(input: ValueInput, value: unknown): ValueDraft {
  switch (input.kind) {
    case "boolean":
      return value === true || value === 1;
    case "multi":
      return asStrings(value);
    case "json":
      return value === undefined ? "" : JSON.stringify(value, null, 2);
    case "select":
      return asStrings(value)[0] ?? "";
    default:
      return value === null || value === undefined ? "" : String(value);
  }
}

function parseNumber(input: Extract<ValueInput, { kind: "number" }>, text: string): ParsedValue {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, message: "Value is required" };
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { ok: false, message: "Value must be a number" };
  if (input.min !== null && value < input.min) {
    return { ok: false, message: `Value must be at least ${input.min}` };
  }
  if (input.max !== null && value > input.max) {
    return { ok: false, message: `Value must be at most ${input.max}` };
  }
  if (input.step !== null && input.step > 0) {
    const base = input.min ?? 0;
    const steps = (value - base) / input.step;
    // Decimal steps (0.1) are not exact in binary: allow a rounding error well below one step.
    if (Math.abs(steps - Math.round(steps)) > 1e-9 * Math.max(1, Math.abs(steps))) {
      const from = base === 0 ? "" : ` counted from ${base}`;
      return { ok: false, message: `Value must be a multiple of ${input.step}${from}` };
    }
  }
  return { ok: true, value };
}

function parseJson(text: string): ParsedValue {
  if (text.trim() === "") return { ok: false, message: "Value is required" };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `Value is not valid JSON: ${(error as Error).message}` };
  }
  return value === null ? { ok: false, message: "Value must not be null" } : { ok: true, value };
}

export function parseDraft(input: ValueInput, draft: ValueDraft): ParsedValue {
  switch (input.kind) {
    case "number":
      return parseNumber(input, String(draft));
    case "boolean":
      return { ok: true, value: draft === true };
    case "select": {
      const label = String(draft);
      if (label === "") return { ok: false, message: "Value: choose a category" };
      return input.options.includes(label)
        ? { ok: true, value: label }
        : { ok: false, message: `Value: "${label}" is not a category of this label` };
    }
    case "multi": {
      const selected = asStrings(draft);
      return selected.length === 0
        ? { ok: false, message: "Value: choose at least one category" }
        : { ok: true, value: selected };
    }
    case "json":
      return parseJson(String(draft));
    case "text":
      return { ok: true, value: String(draft) };
  }
}

/** Multi-select order carries no meaning; everything else compares as JSON. */
export function sameValue(input: ValueInput, a: unknown, b: unknown): boolean {
  if (input.kind === "multi") {
    const sorted = (value: unknown) => JSON.stringify([...asStrings(value)].sort());
    return sorted(a) === sorted(b);
  }
  return JSON.stringify(a) === JSON.stringify(b);
}

/** What the form holds when it opens: the version the person starts editing from. */
export type EditBase = { value: unknown; comment: string | null };

export type FormCheck = { valueError: string | null; patch: ScoreEditPatch | null };

/**
 * The PATCH body for what changed (value, comment or both), or null when nothing did or the value
 * is invalid. An emptied comment clears it (null), as an empty and a missing comment read the same.
 */
export function checkForm(input: ValueInput, base: EditBase, draft: ValueDraft, comment: string): FormCheck {
  const parsed = parseDraft(input, draft);
  if (!parsed.ok) return { valueError: parsed.message, patch: null };
  const patch: ScoreEditPatch = {};
  if (!sameValue(input, parsed.value, base.value)) patch.value = parsed.value;
  const newComment = comment === "" ? null : comment;
  if (newComment !== (base.comment || null)) patch.comment = newComment;
  return { valueError: null, patch: Object.keys(patch).length > 0 ? patch : null };
}

/** A value in one line of text, for the conflict dialog's comparison. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return "(none)";
  if (typeof value === "string") return value;
  if (Array.isArray(value) && value.every((item) => typeof item === "string")) return value.join(", ");
  return JSON.stringify(value) ?? String(value);
}
