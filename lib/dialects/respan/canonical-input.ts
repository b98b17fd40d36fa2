import type { ScoreRow } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { scoreInputSchema, type ScoreInput } from "@/lib/scores/score-input";
import { scoreInputFromRow } from "@/lib/scores/score-input-from-row";
import { fieldErrorsOf, RespanValidationError } from "./errors";
import type { RespanScoreBody } from "./score-body";
import { sourceOfType } from "./score-type";
import type { PickedValue, ValueField } from "./value-fields";

/**
 * Respan writes → the canonical write shape. An update starts from the stored score, so the
 * fields Respan has no name for (trace, session, queue, comment on text scores, metadata) are
 * kept; a replace also resets every Respan field the body leaves out. The result is checked by
 * the canonical schema, and any issue is reported under the Respan field name the client sent.
 */
type RawInput = Record<string, unknown>;

/**
 * The stored score as raw input that would write it again unchanged; raw because Respan's
 * writes are checked by the canonical schema, which reads the timestamp as ISO 8601 text.
 */
export function canonicalOf(row: ScoreRow): RawInput {
  return { ...scoreInputFromRow(row), timestamp: row.timestamp.toISOString() };
}

/** Respan fields a replace resets when the body leaves them out. */
export const replacedDefaults: RawInput = {
  environment: undefined,
  comment: null,
  kind: null,
  isPassed: null,
  cost: null,
  status: null,
  errorMessage: null,
  promptId: null,
  promptVersion: null,
  datasetId: null,
  automationId: null,
};

const bodyToCanonical: [keyof RespanScoreBody, string][] = [
  ["environment", "environment"],
  ["prompt_id", "promptId"],
  ["prompt_version_number", "promptVersion"],
  ["dataset_id", "datasetId"],
  ["automation_id", "automationId"],
  ["is_passed", "isPassed"],
  ["cost", "cost"],
  ["status", "status"],
  ["error_message", "errorMessage"],
];

/** Only what the body sends; `null` clears a field (an environment falls back to the default). */
export function changesOf(body: Partial<RespanScoreBody>, picked: PickedValue): RawInput {
  const changes: RawInput = {};
  for (const [field, canonical] of bodyToCanonical) {
    if (body[field] !== undefined)
      changes[canonical] = body[field] ?? (field === "environment" ? undefined : null);
  }
  if (body.type !== undefined) {
    changes.kind = body.type ?? null;
    if (body.type) changes.source = sourceOfType(body.type);
  }
  if (body.metadata !== undefined) changes.metadata = body.metadata ?? {};
  if (picked.value !== undefined) changes.value = picked.value;
  if (picked.comment !== undefined) changes.comment = picked.comment;
  return changes;
}

/** Where each canonical field lives in Respan's request. */
export function respanFieldOf(path: string, names: { value: ValueField; evaluator: string }): string {
  const top = path.split(".")[0];
  const map: Record<string, string> = {
    value: names.value,
    dataType: names.value,
    configId: names.evaluator,
    name: names.evaluator,
    observationId: "log_id",
    traceId: "log_id",
    authorUserId: "scorer",
    authorLabel: "scorer",
    comment: "string_value",
    kind: "type",
    source: "type",
    isPassed: "is_passed",
    errorMessage: "error_message",
    promptId: "prompt_id",
    promptVersion: "prompt_version_number",
    datasetId: "dataset_id",
    automationId: "automation_id",
    timestamp: "created_at",
  };
  return (
    map[top] ?? (["environment", "metadata", "cost", "status", "id"].includes(top) ? top : "non_field_errors")
  );
}

export type FieldNames = Parameters<typeof respanFieldOf>[1];

export function toScoreInput(raw: RawInput, names: FieldNames): ScoreInput {
  const defined = Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== undefined));
  const result = scoreInputSchema.safeParse(defined);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    path: respanFieldOf(issue.path.map(String).join("."), names),
    message: issue.message,
  }));
  throw new RespanValidationError(fieldErrorsOf(issues));
}

/** Runs an engine write, restating its field issues in Respan's names (422). */
export async function inRespanTerms<T>(names: FieldNames, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof AppError && error.code === "bad_request" && error.issues?.length) {
      if (error instanceof RespanValidationError) throw error;
      const issues = error.issues.map((issue) => ({
        path: respanFieldOf(issue.path, names),
        message: issue.message,
      }));
      throw new RespanValidationError(fieldErrorsOf(issues));
    }
    throw error;
  }
}
