import { z } from "zod";
import { describeTextProblem } from "@/lib/scores/json-value";
import { MAX_COMMENT_LENGTH } from "@/lib/scores/score-input";
import { MAX_SCORE_MAGNITUDE } from "@/lib/scores/score-values";
import { RespanValidationError } from "./errors";
import { parseIsoDate } from "./filter-values";

/**
 * Respan's score write bodies, parsed like a DRF serializer answers: every wrong field is listed
 * under its own name in a 422. Read-only fields a client echoes back from a GET (`id`,
 * `created_at`, `evaluator_name`, `evaluator`, `inputs`) are ignored, as DRF ignores them;
 * any other unknown field is refused rather than dropped.
 */
const READ_ONLY_FIELDS = ["id", "created_at", "evaluator_name", "evaluator", "inputs"];

const text = (max: number) =>
  z
    .string({ error: "Not a valid string." })
    .max(max, { error: `Ensure this field has no more than ${max} characters.` })
    .superRefine((value, context) => {
      const problem = describeTextProblem(value);
      if (problem) context.addIssue({ code: "custom", message: `Text ${problem}.` });
    });
const number = () => z.number({ error: "A valid number is required." });
const boolean = () => z.boolean({ error: "Must be a valid boolean." });

export const valueFieldShape = {
  numerical_value: number().nullish(),
  string_value: text(MAX_COMMENT_LENGTH).nullish(),
  boolean_value: boolean().nullish(),
  categorical_value: z
    .union([z.array(text(255)), text(255)], { error: "Expected a list of strings." })
    .nullish(),
  json_value: z.unknown().optional(),
  metadata: z.record(z.string(), z.unknown(), { error: "Expected a JSON object." }).nullish(),
  /** The Keywords AI example clients' explanation of a score: stored as its comment. */
  reasoning: text(MAX_COMMENT_LENGTH).nullish(),
};

const scoreBodyShape = {
  ...valueFieldShape,
  evaluator_id: text(255).min(1, { error: "This field may not be blank." }).nullish(),
  evaluator_slug: text(255).min(1, { error: "This field may not be blank." }).nullish(),
  log_id: text(255).min(1, { error: "This field may not be blank." }).nullish(),
  timestamp: z
    .string({ error: "Not a valid string." })
    .refine((value) => parseIsoDate(value) !== null, { error: "Expected an ISO 8601 date-time." })
    .nullish(),
  environment: text(100).nullish(),
  prompt_id: text(255).nullish(),
  prompt_version_number: z
    .int({ error: "A valid integer is required." })
    .min(0, { error: "Ensure this value is greater than or equal to 0." })
    .max(2_147_483_647, { error: "Ensure this value is less than or equal to 2147483647." })
    .nullish(),
  dataset_id: text(255).nullish(),
  automation_id: text(255).nullish(),
  scorer: text(255).min(1, { error: "This field may not be blank." }).nullish(),
  type: text(100).min(1, { error: "This field may not be blank." }).nullish(),
  is_passed: boolean().nullish(),
  cost: number()
    .min(0, { error: "Ensure this value is greater than or equal to 0." })
    .max(MAX_SCORE_MAGNITUDE, { error: "Ensure this value is less than or equal to 1e15." })
    .nullish(),
  status: text(100).nullish(),
  error_message: text(MAX_COMMENT_LENGTH).nullish(),
};

export const scoreBodySchema = z.strictObject(scoreBodyShape);
export const patchBodySchema = z.strictObject(valueFieldShape);

export type RespanScoreBody = z.output<typeof scoreBodySchema>;
export type RespanPatchBody = z.output<typeof patchBodySchema>;

function parseWith<T>(schema: z.ZodType<T>, raw: unknown, notHere: string[] = []): T {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new RespanValidationError({ non_field_errors: ["Invalid data. Expected a JSON object."] });
  }
  const body = Object.fromEntries(Object.entries(raw).filter(([key]) => !READ_ONLY_FIELDS.includes(key)));
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  // A Map: a field may be called `constructor` or `__proto__`.
  const errors = new Map<string, string[]>();
  for (const issue of result.error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        errors.set(key, [
          notHere.includes(key)
            ? "Cannot be changed with PATCH; use PUT to replace the score."
            : "Unknown field.",
        ]);
      }
    } else {
      const field = String(issue.path[0] ?? "non_field_errors");
      errors.set(field, [...(errors.get(field) ?? []), issue.message]);
    }
  }
  throw new RespanValidationError(Object.fromEntries(errors));
}

export const parseScoreBody = (raw: unknown): RespanScoreBody => parseWith(scoreBodySchema, raw);

export const parsePatchBody = (raw: unknown): RespanPatchBody =>
  parseWith(patchBodySchema, raw, Object.keys(scoreBodyShape));
