import type { ScoreRow } from "@/db/schema";
import { deriveType, slugOf, valueTypeOfEvaluator, type Evaluator } from "./score-type";

/**
 * Canonical rows → Respan's score object. Each value field shows the value only for its data
 * type (`numerical_value` for NUMERIC, …); `string_value` shows a TEXT score's text and, on any
 * other score, its comment (Respan sends a note with a numerical score that way). `json_value` is
 * a JSON document encoded as a string, `categorical_value` always a list. filter-lowering.ts
 * reads the same rules back; the two must change together.
 */
export type FormatContext = {
  evaluators: Map<string, Evaluator>;
  /** Emails of the project's members by user id. */
  emails: Map<string, string>;
};

const isText = (row: ScoreRow) => row.dataType === "TEXT" || row.dataType === "CORRECTION";

function categoricalValueOf(row: ScoreRow): string[] | null {
  if (row.dataType !== "CATEGORICAL") return null;
  return row.categories ?? (row.stringValue === null ? null : [row.stringValue]);
}

function booleanValueOf(row: ScoreRow): boolean | null {
  if (row.dataType !== "BOOLEAN" || row.numericValue === null) return null;
  return row.numericValue === 1;
}

function jsonValueOf(row: ScoreRow): string | null {
  if (row.dataType !== "JSON" || row.jsonValue === null || row.jsonValue === undefined) return null;
  return JSON.stringify(row.jsonValue);
}

export function formatScore(row: ScoreRow, context: FormatContext) {
  const evaluator = row.configId ? context.evaluators.get(row.configId) : undefined;
  return {
    id: row.id,
    created_at: row.timestamp.toISOString(),
    type: deriveType(row, evaluator),
    environment: row.environment,
    numerical_value: row.dataType === "NUMERIC" ? row.numericValue : null,
    string_value: isText(row) ? row.stringValue : row.comment,
    boolean_value: booleanValueOf(row),
    categorical_value: categoricalValueOf(row),
    json_value: jsonValueOf(row),
    // Respan types is_passed as a non-nullable boolean: a score stored without it did not pass.
    is_passed: row.isPassed ?? false,
    cost: row.cost ?? 0,
    evaluator_id: row.configId,
    evaluator_slug: evaluator ? slugOf(evaluator) : row.name,
    evaluator_name: row.name,
    scorer: row.authorUserId ? (context.emails.get(row.authorUserId) ?? null) : row.authorLabel,
    log_id: row.observationId,
    prompt_id: row.promptId,
    prompt_version_number: row.promptVersion,
    dataset_id: row.datasetId,
    automation_id: row.automationId,
    status: row.status,
    error_message: row.errorMessage,
    metadata: row.metadata,
  };
}

export type RespanScore = ReturnType<typeof formatScore>;

/** The `evaluator` object of a single-score read; `{}` when the score has no config. */
export function formatEvaluator(evaluator: Evaluator | undefined) {
  if (!evaluator) return {};
  return {
    id: evaluator.id,
    name: evaluator.name,
    evaluator_slug: slugOf(evaluator),
    description: evaluator.description,
    type: evaluator.evaluatorType,
    score_value_type: valueTypeOfEvaluator(evaluator),
    categorical_choices: evaluator.categories?.map((c) => ({ name: c.label, value: c.value })) ?? null,
    configurations: { min_score: evaluator.minValue, max_score: evaluator.maxValue },
    is_archived: evaluator.isArchived,
    created_at: evaluator.createdAt.toISOString(),
    updated_at: evaluator.updatedAt.toISOString(),
  };
}

export type SubjectContext = { input: unknown; output: unknown; metadata: unknown } | null;

/** Retrieve adds `inputs` (the judged log's input, output and metadata, when ingested) and `evaluator`. */
export function formatScoreDetail(row: ScoreRow, context: FormatContext, subject: SubjectContext) {
  const evaluator = row.configId ? context.evaluators.get(row.configId) : undefined;
  return {
    ...formatScore(row, context),
    inputs: subject
      ? { input: subject.input, output: subject.output, metrics: null, metadata: subject.metadata }
      : null,
    evaluator: formatEvaluator(evaluator),
  };
}
