import { z } from "zod";
import { inputErrorFromZod } from "./errors";
import { langfuseDataTypes } from "./v3-query";

/**
 * The Langfuse score body (POST /api/public/scores and ingestion `score-create`), with the rules
 * upstream checks synchronously (reference §3.1). Unknown keys are ignored, as upstream. Config
 * rules — which upstream checks later and drops silently — are checked by the engine before
 * anything is written (docs/compatibility.md). Quoted messages are upstream's exact words.
 */
export const SUBJECT_RULE =
  "Provide exactly one of the following: traceId (with optional observationId), sessionId or datasetRunId. ObservationId requires traceId.";
export const ANNOTATION_RULE =
  "configId is required when source is ANNOTATION (except for CORRECTION scores).";
export const MAX_TEXT_VALUE = 500;

/** Empty ids count as absent ("If missing or empty, the server generates a UUID"). */
const optionalId = z
  .string()
  .nullish()
  .transform((text) => (text ? text : undefined));

const scoreShape = {
  id: optionalId,
  name: z.string().min(1),
  traceId: optionalId,
  observationId: optionalId,
  sessionId: optionalId,
  datasetRunId: optionalId,
  value: z.union([z.number(), z.string()]),
  dataType: z.enum(langfuseDataTypes).nullish(),
  configId: optionalId,
  comment: z.string().nullish(),
  metadata: z.unknown().nullish(),
  environment: z.string().nullish(),
  queueId: optionalId,
};

type ScoreShape = z.output<z.ZodObject<typeof scoreShape>> & { source?: string | null };

function describeValueProblem(score: ScoreShape): string | null {
  const { value } = score;
  switch (score.dataType) {
    case "NUMERIC":
      return typeof value === "number" ? null : "Value must be a number for data type NUMERIC";
    case "BOOLEAN":
      return value === 0 || value === 1 ? null : "Value must be either 0 or 1 for data type BOOLEAN";
    case "CATEGORICAL":
    case "CORRECTION":
      return typeof value === "string" ? null : `Value must be a string for data type ${score.dataType}`;
    case "TEXT":
      return typeof value === "string" && value.length >= 1 && value.length <= MAX_TEXT_VALUE
        ? null
        : `Value must be a string of 1 to ${MAX_TEXT_VALUE} characters for data type TEXT`;
    default:
      return null;
  }
}

function checkScore(score: ScoreShape, context: z.RefinementCtx): void {
  const subjects = [score.traceId, score.sessionId, score.datasetRunId].filter(Boolean).length;
  if (subjects !== 1 || (score.observationId && !score.traceId)) {
    context.addIssue({ code: "custom", path: [], message: SUBJECT_RULE });
  }
  if (score.source === "ANNOTATION" && !score.configId && score.dataType !== "CORRECTION") {
    context.addIssue({ code: "custom", path: ["configId"], message: ANNOTATION_RULE });
  }
  const valueProblem = describeValueProblem(score);
  if (valueProblem) context.addIssue({ code: "custom", path: ["value"], message: valueProblem });
  if (score.dataType === "CORRECTION") {
    if (score.configId) {
      context.addIssue({
        code: "custom",
        path: ["configId"],
        message: "CORRECTION scores cannot reference a score config",
      });
    }
    if (!score.traceId) {
      context.addIssue({
        code: "custom",
        path: ["dataType"],
        message: "CORRECTION scores can only be attached to a trace or an observation",
      });
    }
  }
}

/** POST /api/public/scores: `source` is API or ANNOTATION; EVAL is reserved for evaluators. */
export const postScoreBodySchema = z
  .object({ ...scoreShape, source: z.enum(["API", "ANNOTATION"]).nullish() })
  .superRefine(checkScore);

/** Ingestion `score-create` bodies also accept EVAL and the judge's execution trace. */
export const ingestedScoreBodySchema = z
  .object({
    ...scoreShape,
    source: z.enum(["API", "EVAL", "ANNOTATION"]).nullish(),
    executionTraceId: optionalId,
  })
  .superRefine(checkScore);

/** Either body; `executionTraceId` only ever comes from ingestion. */
export type LangfuseScoreBody = Omit<z.output<typeof ingestedScoreBodySchema>, "executionTraceId"> & {
  executionTraceId?: string;
};

export function parsePostScoreBody(raw: unknown): LangfuseScoreBody {
  const result = postScoreBodySchema.safeParse(raw);
  if (!result.success) throw inputErrorFromZod(result.error);
  return result.data;
}
