import { EVALUATOR_FIELDS } from "@/lib/scores/evaluator-fields";
import { renderCurl } from "@/lib/scores/example-curl";
import type { ExampleContext, ExampleScore, ScoreEdit, SurfaceExamples } from "@/lib/scores/example-types";

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

/** Read and update examples for one score in Langfuse's API (lib/api/example-requests.ts). */
export function langfuseExamples({ base, id, score, edit }: ExampleContext): SurfaceExamples {
  const label = "Langfuse";
  if (score.dataType === "JSON") {
    const reason = "Langfuse has no JSON data type, so its API does not show JSON scores.";
    return {
      surface: "langfuse",
      label,
      read: { title: "Read this score", reason },
      update: { title: "Change its value and comment", reason },
    };
  }
  const read = {
    title: "Read this score",
    command: renderCurl({
      method: "GET",
      url: `${base}/api/public/v2/scores/${id}`,
      auth: { kind: "basic" },
    }),
  };
  const blockers = langfuseUpsertBlockers(score, edit);
  if (blockers.length > 0) {
    return {
      surface: "langfuse",
      label,
      read,
      update: {
        title: "Change its value and comment",
        reason: `Langfuse can only update by re-creating the score, and here ${blockers.join("; ")}. Use the native PATCH.`,
      },
    };
  }
  const body = {
    id: score.id,
    name: score.name,
    value: langfuseValueOf(score, edit.value),
    dataType: score.dataType,
    source: score.source,
    ...(score.configId ? { configId: score.configId } : {}),
    ...(score.traceId ? { traceId: score.traceId } : {}),
    ...(score.observationId ? { observationId: score.observationId } : {}),
    ...(score.sessionId ? { sessionId: score.sessionId } : {}),
    ...(score.experimentId ? { datasetRunId: score.experimentId } : {}),
    environment: score.environment,
    ...(score.queueId ? { queueId: score.queueId } : {}),
    ...(edit.comment === null ? {} : { comment: edit.comment }),
    ...(score.metadata === null ? {} : { metadata: score.metadata }),
  };
  return {
    surface: "langfuse",
    label,
    read,
    update: {
      title: "Change its value and comment",
      command: renderCurl({
        method: "POST",
        url: `${base}/api/public/scores`,
        auth: { kind: "basic" },
        body,
      }),
      note: "Langfuse has no update: a create with this score's id replaces it, so every field is sent again.",
    },
  };
}
