import { z } from "zod";
import { scoreDataTypes, scoreSources, type ScoreDataType } from "@/db/schema";
import { jsonObjectSchema, jsonValueSchema, safeText } from "./json-value";
import { describeValueTypeProblem, MAX_SCORE_MAGNITUDE } from "./score-values";

/**
 * The native create and patch bodies (api-native.md). Objects are strict: an unknown key is a 400
 * naming it. Everything that needs no database is checked here: shapes, lengths, enum spellings,
 * at least one subject id, and the value's JSON type when `dataType` is given. Config rules
 * (data type, bounds, categories, archived) need the database and live in validate-score.ts.
 * Id-like strings are capped at 255 characters because they sit in btree indexes.
 */
export const MAX_SCORES_PER_BATCH = 1000;
export const MAX_COMMENT_LENGTH = 50_000;

const idText = safeText(1, 255);

const upperCaseEnum = <const T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .describe(`One of ${values.join(", ")} (case-insensitive)`)
    .transform((text) => text.toUpperCase())
    .pipe(z.enum(values));

/** PostgreSQL rejects year 0 and JavaScript dates stop at 275760; scores live in between. */
const timestampSchema = z.iso
  .datetime({ offset: true, error: "Expected an ISO 8601 date-time with a time zone" })
  .transform((text) => new Date(text))
  .refine((date) => date.getUTCFullYear() >= 1900 && date.getUTCFullYear() <= 9999, {
    error: "Timestamp must fall between the years 1900 and 9999",
  });

/** Lower-cased like Langfuse does, then held to its alphabet: `Production` is `production`. */
// Stored exactly as sent (never lower-cased behind the client's back), or refused.
const environmentSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9_-]+$/, { error: "Use only letters, digits, '_' and '-'" });

const subjectIdKeys = ["traceId", "observationId", "sessionId", "experimentId"] as const;

const scoreFields = {
  id: idText.optional(),
  name: safeText(1, 255).optional(),
  value: jsonValueSchema.describe(
    "Typed by dataType: number, boolean (or 1/0), string, string[] (multi-select categories), any JSON",
  ),
  dataType: upperCaseEnum(scoreDataTypes).optional(),
  configId: idText.nullish(),
  source: upperCaseEnum(scoreSources).optional(),
  traceId: idText.nullish(),
  observationId: idText.nullish(),
  observationType: safeText(1, 100).nullish(),
  sessionId: idText.nullish(),
  experimentId: idText.nullish(),
  environment: environmentSchema.optional(),
  authorUserId: idText.nullish(),
  /** A free-text scorer when no user matches (Respan `scorer`, imported data). */
  authorLabel: safeText(1, 255).nullish(),
  queueId: idText.nullish(),
  queueItemId: idText.nullish(),
  comment: safeText(0, MAX_COMMENT_LENGTH).nullish(),
  metadata: jsonObjectSchema.nullish(),
  timestamp: timestampSchema.nullish(),
  kind: safeText(1, 100).nullish(),
  isPassed: z.boolean().nullish(),
  cost: z.number().min(0).max(MAX_SCORE_MAGNITUDE).nullish(),
  status: safeText(1, 100).nullish(),
  errorMessage: safeText(0, MAX_COMMENT_LENGTH).nullish(),
  promptId: idText.nullish(),
  promptVersion: z.int32().min(0).nullish(),
  datasetId: idText.nullish(),
  automationId: idText.nullish(),
  executionTraceId: idText.nullish(),
};

const isDataType = (value: unknown): value is ScoreDataType =>
  (scoreDataTypes as readonly unknown[]).includes(value);

/** One score to create. `source` defaults to API (ANNOTATION for annotators), `environment` to "default". */
export const scoreInputSchema = z
  .strictObject(scoreFields)
  .superRefine((score, context) => {
    if (!score.name && !score.configId) {
      context.addIssue({ code: "custom", path: ["name"], message: "Required unless configId is given" });
    }
    if (!subjectIdKeys.some((key) => score[key])) {
      context.addIssue({
        code: "custom",
        path: ["traceId"],
        message: "Give at least one subject id: traceId, observationId, sessionId or experimentId",
      });
    }
    if (score.dataType === "CORRECTION" && score.configId) {
      context.addIssue({ code: "custom", path: ["configId"], message: "CORRECTION scores have no config" });
    }
    if (score.value !== undefined) {
      const dataType = isDataType(score.dataType) ? score.dataType : "JSON";
      const problem = describeValueTypeProblem(dataType, score.value);
      if (problem) context.addIssue({ code: "custom", path: ["value"], message: problem });
    }
  })
  .meta({ id: "ScoreCreate" });

export type ScoreInput = z.output<typeof scoreInputSchema>;

export const scoresBatchSchema = z.strictObject({
  scores: z
    .array(scoreInputSchema)
    .min(1, { error: "A batch holds at least one score" })
    .max(MAX_SCORES_PER_BATCH, { error: `A batch holds at most ${MAX_SCORES_PER_BATCH} scores` }),
});

/** POST /api/v1/scores: one score object, or `{scores: [...]}` with 1 to 1,000 of them. */
export const createScoresBodySchema = z.union([scoresBatchSchema, scoreInputSchema]);

/** PATCH /api/v1/scores/{id}: only these three may change; `comment: null` clears the comment. */
export const scorePatchSchema = z
  .strictObject({
    value: jsonValueSchema.optional(),
    comment: safeText(0, MAX_COMMENT_LENGTH).nullable().optional(),
    metadata: jsonObjectSchema.optional(),
  })
  .refine((patch) => Object.values(patch).some((field) => field !== undefined), {
    error: "Give at least one of value, comment, metadata",
  })
  .meta({ id: "ScorePatch" });

export type ScorePatch = z.output<typeof scorePatchSchema>;

/** `/api/v1/scores/{id}` path parameters. */
export const scoreIdParamsSchema = z.strictObject({ id: idText });
