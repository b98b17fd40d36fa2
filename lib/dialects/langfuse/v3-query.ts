import { z } from "zod";
import { cursorSchema, CURSOR_FORMAT_MARKER } from "./v3-cursor";
import { inputErrorFromZod, invalidRequest, LangfuseInputError } from "./errors";
import type { RawQuery } from "./route";
import { isStorableDate, STORABLE_DATE_MESSAGE } from "@/lib/scores/filter-values";

/**
 * GET /api/public/v3/scores parameters, as Langfuse parses them (reference §1.2–1.3):
 * CSV lists (trimmed, empty items dropped, nothing left = absent), case-insensitive enums,
 * strict keys, empty `limit`/`valueMin`/`valueMax`/timestamps = absent, a repeated string
 * parameter = 400. Cross-field rules run only when every field passed, and may report together.
 * Messages in quotes are Langfuse's exact words.
 */
export const fieldGroups = ["core", "details", "subject", "annotation"] as const;
export type FieldGroup = (typeof fieldGroups)[number];

export const langfuseSources = ["API", "EVAL", "ANNOTATION"] as const;
export const langfuseDataTypes = ["NUMERIC", "CATEGORICAL", "BOOLEAN", "CORRECTION", "TEXT"] as const;
export type LangfuseDataType = (typeof langfuseDataTypes)[number];

const emptyAsAbsent = (value: unknown) => (value === "" ? undefined : value);

export const splitCsv = (text: string): string[] =>
  text
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "");

const csv = z.string().transform(splitCsv).optional();

const csvEnum = (allowed: readonly string[], label: string) =>
  z
    .string()
    .transform((text) => splitCsv(text).map((part) => part.toUpperCase()))
    .pipe(
      z.array(z.string()).superRefine((values, context) => {
        for (const value of values) {
          if (!allowed.includes(value)) {
            context.addIssue({
              code: "custom",
              message: `Invalid ${label} value: "${value}". Allowed: ${allowed.join(", ")}`,
            });
          }
        }
      }),
    )
    .optional();

/** `fields` alone accepts a repeated parameter; its items are not filtered, so `details,` is a 400. */
const fieldsParam = z.preprocess(
  (value) => (Array.isArray(value) ? value.join(",") : value),
  z
    .string()
    .optional()
    .transform((text) => (text ? text.split(",").map((part) => part.trim()) : ["core"]))
    .pipe(z.array(z.enum(fieldGroups))),
);

const optionalNumber = z.preprocess(emptyAsAbsent, z.coerce.number().optional());
const optionalDate = z.preprocess(
  emptyAsAbsent,
  z.coerce.date().refine(isStorableDate, STORABLE_DATE_MESSAGE).optional(),
);
const reserved = z
  .string()
  .optional()
  .transform((text) => (text === "" ? undefined : text));

export const v3QuerySchema = z
  .object({
    limit: z.preprocess(emptyAsAbsent, z.coerce.number().int().positive().max(100).default(50)),
    cursor: cursorSchema.optional(),
    fields: fieldsParam,
    id: csv,
    name: csv,
    source: csvEnum(langfuseSources, "source"),
    dataType: csvEnum(langfuseDataTypes, "dataType"),
    environment: csv,
    configId: csv,
    queueId: csv,
    authorUserId: csv,
    value: csv,
    valueMin: optionalNumber,
    valueMax: optionalNumber,
    traceId: csv,
    sessionId: csv,
    observationId: csv,
    experimentId: csv,
    fromTimestamp: optionalDate,
    toTimestamp: optionalDate,
    userId: reserved,
    traceTags: reserved,
  })
  .strict();

export type V3Query = z.output<typeof v3QuerySchema>;

const VALUE_TYPES = ["NUMERIC", "BOOLEAN", "CATEGORICAL"];
const filled = (list: string[] | undefined) => (list?.length ?? 0) > 0;

function checkValueFilter(query: V3Query, problems: string[]): void {
  if (!filled(query.value)) return;
  const types = query.dataType ?? [];
  if (types.length !== 1) {
    problems.push("value filter requires a single dataType from: NUMERIC, BOOLEAN, CATEGORICAL");
    return;
  }
  const [type] = types;
  if (!VALUE_TYPES.includes(type)) {
    problems.push(`value filter requires dataType to be NUMERIC, BOOLEAN, or CATEGORICAL (got "${type}")`);
  } else if (type === "NUMERIC") {
    for (const value of query.value!) {
      if (!Number.isFinite(Number(value))) {
        problems.push(
          `value filter with dataType=NUMERIC requires each value to be a finite number (got "${value}")`,
        );
      }
    }
  } else if (type === "BOOLEAN") {
    for (const value of query.value!) {
      if (value !== "true" && value !== "false") {
        problems.push(
          `value filter with dataType=BOOLEAN requires each value to be "true" or "false" (got "${value}")`,
        );
      }
    }
  }
}

/** Rules B.10–B.18 of the reference, in its order. */
export function findCrossFieldProblems(query: V3Query): string[] {
  const problems: string[] = [];
  for (const key of ["userId", "traceTags"] as const) {
    if (query[key] !== undefined) {
      problems.push(
        `${key} filter requires a trace JOIN and is not supported in v3 — use v2 or omit this filter`,
      );
    }
  }
  checkValueFilter(query, problems);
  const types = query.dataType ?? [];
  if (
    (query.valueMin !== undefined || query.valueMax !== undefined) &&
    !(types.length === 1 && types[0] === "NUMERIC")
  ) {
    problems.push("valueMin and valueMax require dataType=NUMERIC as a single value");
  }
  if (filled(query.observationId) && !filled(query.traceId)) {
    problems.push("observationId filter requires traceId — observation IDs are scoped to a trace");
  }
  if ([query.traceId, query.sessionId, query.experimentId].filter(filled).length > 1) {
    problems.push("At most one of traceId, sessionId, experimentId may be specified");
  }
  return problems;
}

/** Parses or throws the Langfuse-shaped 400. */
export function parseV3Query(raw: RawQuery): V3Query {
  const result = v3QuerySchema.safeParse(raw);
  if (!result.success) {
    // An undecodable cursor is a thrown error upstream: it wins over every other issue.
    if (result.error.issues.some((issue) => issue.message === CURSOR_FORMAT_MARKER)) {
      throw invalidRequest("Invalid cursor format");
    }
    throw inputErrorFromZod(result.error);
  }
  const problems = findCrossFieldProblems(result.data);
  if (problems.length > 0) {
    throw new LangfuseInputError(problems.map((message) => ({ code: "custom", path: [], message })));
  }
  return result.data;
}
