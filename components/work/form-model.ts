import type { WorkLabel } from "./work-types";

/**
 * The answer form of the workspace: one value per label, as the inputs hold them (numbers as
 * typed text), turned into the submit body. Pure, so it is unit-tested.
 */
export type FieldValue = string | boolean | string[] | null;
export type FormValues = Record<string, FieldValue>;

export type ScoreLike = { configId: string | null; value: unknown; comment: string | null };

export const emptyValue = (label: WorkLabel): FieldValue =>
  label.dataType === "CATEGORICAL" && label.widget === "multi_select"
    ? []
    : label.dataType === "BOOLEAN"
      ? null
      : "";

/** The form for an item: empty, or the person's earlier answers (from the history). */
export function initialValues(labels: WorkLabel[], earlier: ScoreLike[] = []): FormValues {
  const byLabel = new Map(earlier.map((score) => [score.configId, score]));
  return Object.fromEntries(
    labels.map((label) => {
      const score = byLabel.get(label.id);
      if (!score) return [label.id, emptyValue(label)];
      const value = score.value;
      if (label.dataType === "NUMERIC") return [label.id, typeof value === "number" ? String(value) : ""];
      if (label.dataType === "BOOLEAN") return [label.id, value === true || value === 1];
      if (Array.isArray(value)) return [label.id, value.map(String)];
      return [label.id, label.widget === "multi_select" ? [String(value)] : String(value ?? "")];
    }),
  );
}

export type Choice = { key: string; label: string; value: string | boolean };

/** The options a digit picks: True/False, or the categories in order. */
export function choicesOf(label: WorkLabel): Choice[] {
  if (label.dataType === "BOOLEAN") {
    return [
      { key: "1", label: "True", value: true },
      { key: "2", label: "False", value: false },
    ];
  }
  if (label.dataType === "CATEGORICAL") {
    return (label.categories ?? []).map((category, index) => ({
      key: index < 9 ? String(index + 1) : "",
      label: category.label,
      value: category.label,
    }));
  }
  return [];
}

export type Submission = { scores: { configId: string; value: unknown }[]; comment: string | null };
export type FormProblem = { labelId: string; message: string };

/** What a number field's text says is wrong with it, if anything. */
export function numberProblem(label: WorkLabel, text: string): string | null {
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value)) return "Enter a number";
  if (label.minValue !== null && value < label.minValue) return `At least ${label.minValue}`;
  if (label.maxValue !== null && value > label.maxValue) return `At most ${label.maxValue}`;
  if (label.step) {
    const base = label.minValue ?? 0;
    const steps = (value - base) / label.step;
    if (Math.abs(steps - Math.round(steps)) > 1e-9) return `In steps of ${label.step}`;
  }
  return null;
}

/** The submit body; unanswered labels are left out, answered ones must be valid. */
export function toSubmission(
  labels: WorkLabel[],
  values: FormValues,
  comment: string,
): { submission: Submission; problems: FormProblem[] } {
  const scores: Submission["scores"] = [];
  const problems: FormProblem[] = [];
  for (const label of labels) {
    const value = values[label.id];
    if (value === null || value === "" || (Array.isArray(value) && value.length === 0)) continue;
    if (label.dataType === "NUMERIC") {
      const problem = numberProblem(label, String(value));
      if (problem) problems.push({ labelId: label.id, message: problem });
      else scores.push({ configId: label.id, value: Number(value) });
    } else scores.push({ configId: label.id, value });
  }
  if (scores.length === 0 && problems.length === 0 && labels.length > 0) {
    problems.push({ labelId: labels[0].id, message: "Answer at least one label" });
  }
  return { submission: { scores, comment: comment.trim() === "" ? null : comment }, problems };
}
