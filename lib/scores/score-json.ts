import { z } from "zod";
import { scoreDataTypes, scoreSources, subjectKinds } from "@/db/schema/enums";
import { facetKeys } from "./facets";

/**
 * Response shapes of /api/v1 as zod schemas: the OpenAPI document is generated from them and
 * route tests parse real responses with them, so the document cannot drift from the code.
 */
const namedRef = z.object({ id: z.string(), name: z.string().nullable() }).nullable();
const timestamp = z.string().describe("ISO 8601 timestamp with milliseconds, UTC");

export const scoreJsonSchema = z
  .object({
    id: z.string(),
    projectId: z.string(),
    name: z.string(),
    dataType: z.enum(scoreDataTypes),
    value: z
      .union([z.number(), z.boolean(), z.string(), z.array(z.string()), z.unknown()])
      .describe("Typed by dataType: number, boolean, string, string[] (multi-select) or any JSON"),
    numericValue: z.number().nullable(),
    stringValue: z.string().nullable(),
    categories: z.array(z.string()).nullable(),
    source: z.enum(scoreSources),
    subject: z.object({ kind: z.enum(subjectKinds), id: z.string(), traceId: z.string().optional() }),
    traceId: z.string().nullable(),
    observationId: z.string().nullable(),
    observationType: z.string().nullable(),
    sessionId: z.string().nullable(),
    experimentId: z.string().nullable(),
    environment: z.string(),
    configId: z.string().nullable(),
    config: namedRef,
    authorUserId: z.string().nullable(),
    author: namedRef,
    authorLabel: z.string().nullable(),
    queueId: z.string().nullable(),
    queue: namedRef,
    queueItemId: z.string().nullable(),
    comment: z.string().nullable(),
    metadata: z.unknown(),
    kind: z.string().nullable(),
    isPassed: z.boolean().nullable(),
    cost: z.number().nullable(),
    status: z.string().nullable(),
    errorMessage: z.string().nullable(),
    promptId: z.string().nullable(),
    promptVersion: z.number().int().nullable(),
    datasetId: z.string().nullable(),
    automationId: z.string().nullable(),
    executionTraceId: z.string().nullable(),
    timestamp,
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: "Score" });

export const scoreListResponseSchema = z
  .object({
    data: z.array(scoreJsonSchema),
    meta: z.object({
      limit: z.number().int(),
      nextCursor: z.string().nullable(),
      prevCursor: z.string().nullable(),
      total: z.number().int().nullable(),
      totalIsLowerBound: z.boolean(),
      totalIsEstimate: z.boolean(),
    }),
  })
  .meta({ id: "ScoreList" });

const facetBucket = z.object({ value: z.string(), label: z.string(), count: z.number().int() });
export const facetsResponseSchema = z
  .object({
    facets: z.object(
      Object.fromEntries(facetKeys.map((key) => [key, z.array(facetBucket)])) as Record<
        (typeof facetKeys)[number],
        z.ZodArray<typeof facetBucket>
      >,
    ),
    numeric: z.object({
      min: z.number().nullable(),
      max: z.number().nullable(),
      count: z.number().int(),
      buckets: z.array(z.object({ from: z.number(), to: z.number(), count: z.number().int() })),
    }),
  })
  .meta({ id: "Facets" });

export const errorResponseSchema = z
  .object({
    error: z.object({
      code: z.enum([
        "bad_request",
        "unauthorized",
        "forbidden",
        "password_change_required",
        "not_found",
        "conflict",
        "method_not_allowed",
        "precondition_failed",
        "payload_too_large",
        "rate_limited",
        "unavailable",
        "internal",
      ]),
      message: z.string(),
      issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    }),
  })
  .meta({ id: "Error" });
