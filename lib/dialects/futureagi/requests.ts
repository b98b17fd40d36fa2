import { z } from "zod";
import { MAX_PAGE_DEPTH } from "@/lib/scores/filters";
import { MAX_SCORES_PER_BATCH } from "@/lib/scores/score-input";
import { fieldError } from "./errors";
import {
  booleanParam,
  idField,
  integerParam,
  notesField,
  parseStrict,
  scoreSourceField,
  sourceTypeField,
  strictObject,
  valueField,
} from "./fields";
import { labelTypes } from "./label-types";
import { MAX_PAGE_SIZE } from "./pagination";

/** Every FutureAGI request body and query string, strict, with the vendor's field names. */
const pagingParams = {
  page: integerParam(1, MAX_PAGE_DEPTH).optional(),
  page_size: integerParam(1, MAX_PAGE_SIZE).optional(),
  limit: integerParam(1, MAX_PAGE_SIZE).optional(),
};

export const listQuerySchema = strictObject({
  source_type: sourceTypeField.optional(),
  source_id: idField.optional(),
  label_id: idField.optional(),
  annotator_id: idField.optional(),
  ...pagingParams,
});
export type ListQuery = z.output<typeof listQuerySchema>;

/** The docs list `label_id` and `annotator_id` here; the vendor's code refuses them. Both work here. */
export const forSourceQuerySchema = strictObject({
  source_type: sourceTypeField,
  source_id: idField,
  label_id: idField.optional(),
  annotator_id: idField.optional(),
});
export type ForSourceQuery = z.output<typeof forSourceQuerySchema>;

export const labelsQuerySchema = strictObject({
  type: z.enum(labelTypes, { error: () => `Expected one of ${labelTypes.join(", ")}` }).optional(),
  search: z.string().trim().max(200).optional(),
  project_id: idField.optional(),
  include_usage_count: booleanParam.optional(),
  include_archived: booleanParam.optional(),
  archived: booleanParam.optional(),
  dataset: z
    .string()
    .refine(() => false, "Scorelens labels belong to a project, not to a dataset; filter with project_id")
    .optional(),
  ...pagingParams,
});
export type LabelsQuery = z.output<typeof labelsQuerySchema>;

export const labelQuerySchema = strictObject({ include_usage_count: booleanParam.optional() });

export const createScoreSchema = strictObject({
  source_type: sourceTypeField,
  source_id: idField,
  label_id: idField,
  value: valueField,
  notes: notesField.nullish(),
  score_source: scoreSourceField.optional(),
  queue_item_id: idField.nullish(),
});
export type CreateScoreBody = z.output<typeof createScoreSchema>;

const bulkItemSchema = strictObject({
  label_id: idField,
  value: valueField,
  notes: notesField.nullish(),
  score_source: scoreSourceField.optional(),
});
export type BulkItem = z.output<typeof bulkItemSchema>;

export const bulkScoresSchema = strictObject({
  source_type: sourceTypeField,
  source_id: idField,
  scores: z
    .array(bulkItemSchema, {
      error: (issue) => (issue.input === undefined ? "This field is required." : "Expected a list."),
    })
    .min(1, "At least one score is required."),
  notes: notesField.nullish(),
  // Whole-item notes have no home in Scorelens; a client clearing them (null or "") loses nothing.
  span_notes: z
    .string()
    .max(0, "Item notes are not kept by Scorelens; put notes on each score instead")
    .nullish(),
  span_notes_source_id: idField.nullish(),
  queue_item_id: idField.nullish(),
});
export type BulkScoresBody = z.output<typeof bulkScoresSchema>;

/** Counted before the items are parsed, so a 100,000-item body fails at once. */
export function parseBulkBody(raw: unknown): BulkScoresBody {
  const scores = (raw as { scores?: unknown } | null)?.scores;
  if (Array.isArray(scores) && scores.length > MAX_SCORES_PER_BATCH) {
    throw fieldError([{ path: "scores", message: `At most ${MAX_SCORES_PER_BATCH} scores per request` }]);
  }
  return parseStrict(bulkScoresSchema, raw);
}

const updateFields = {
  value: valueField,
  notes: notesField.nullable().optional(),
  score_source: scoreSourceField.optional(),
};

/** PUT replaces the value (required); PATCH changes any of the three. */
export const putScoreSchema = strictObject(updateFields);
export const patchScoreSchema = strictObject({ ...updateFields, value: valueField.optional() }).refine(
  (body) => body.value !== undefined || body.notes !== undefined || body.score_source !== undefined,
  "At least one of value, notes, or score_source is required.",
);
export type UpdateScoreBody = z.output<typeof patchScoreSchema>;

/** `{id}` of a score or a label. */
export const scoreIdParamsSchema = strictObject({ id: idField });

/** `route()` parsers: each throws the vendor's 400 naming every field. */
export const parserOf =
  <T>(schema: z.ZodType<T>) =>
  (raw: unknown): T =>
    parseStrict(schema, raw);
