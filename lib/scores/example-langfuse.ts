import { EVALUATOR_FIELDS } from "./evaluator-fields";
import type { ExampleScore, ScoreEdit } from "./example-requests";

/**
 * Langfuse has no score update: a create with an existing id replaces the score (docs/
 * compatibility.md, "Upserts replace the changeable fields"). Such a re-create is only a faithful
 * example when Langfuse's score body can carry everything the score holds; otherwise these
 * reasons say what it would lose or why Langfuse refuses it.
 */
export const LANGFUSE_MAX_TEXT = 500;

/** Scorelens fields Langfuse's score body has no place for; a re-create would clear them. */
const UNCARRIED_FIELDS = ["observationType", "queueItemId", ...EVALUATOR_FIELDS] as const;

export function langfuseUpsertBlockers(score: ExampleScore, edit: ScoreEdit): string[] {
  const reasons: string[] = [];
  if (score.authorUserId !== null || score.authorLabel !== null) {
    reasons.push("a re-create with an API key would drop the score's author");
  }
  if (score.source === "EVAL") reasons.push("Langfuse's score API does not accept source EVAL");
  const uncarried = UNCARRIED_FIELDS.filter((field) => score[field] !== null);
  if (uncarried.length > 0) {
    reasons.push(`it would clear fields Langfuse does not have (${uncarried.join(", ")})`);
  }
  const subjects = [score.traceId, score.sessionId, score.experimentId].filter((id) => id !== null);
  if (subjects.length !== 1) {
    reasons.push("a Langfuse score belongs to exactly one trace, session or dataset run");
  } else if (score.observationId !== null && score.traceId === null) {
    reasons.push("a Langfuse observation score needs its trace id");
  }
  if (score.source === "ANNOTATION" && score.configId === null && score.dataType !== "CORRECTION") {
    reasons.push("Langfuse needs a score config for an ANNOTATION score");
  }
  if (score.dataType === "CORRECTION" && score.name !== "output") {
    reasons.push('Langfuse names every CORRECTION score "output"');
  }
  if (Array.isArray(score.value) || Array.isArray(edit.value)) {
    reasons.push("a Langfuse value holds one category and this score has a list");
  }
  if (
    score.dataType === "TEXT" &&
    (typeof edit.value !== "string" || edit.value.length < 1 || edit.value.length > LANGFUSE_MAX_TEXT)
  ) {
    reasons.push(`Langfuse text values are 1 to ${LANGFUSE_MAX_TEXT} characters`);
  }
  return reasons;
}

/** The value as Langfuse's body takes it: BOOLEAN as 1 or 0, everything else as is. */
export const langfuseValueOf = (score: Pick<ExampleScore, "dataType">, value: unknown): unknown =>
  score.dataType === "BOOLEAN" ? (value ? 1 : 0) : value;
