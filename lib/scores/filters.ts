import { z } from "zod";
import { scoreDataTypes, scoreSources, subjectKinds } from "@/db/schema/enums";
import {
  booleanText,
  caseInsensitiveEnum,
  csvList,
  finiteNumber,
  idText,
  integerText,
  isoTimestamp,
} from "./filter-values";

/**
 * THE list vocabulary of Scorelens: one zod schema for every parameter of GET /api/v1/scores.
 * The API parses it strictly, the explorer's URL leniently, the OpenAPI document and the
 * TypeScript types derive from it, and query.ts lowers its output to SQL.
 * Invariants: values inside one parameter are OR-ed, parameters are AND-ed; `page × limit`
 * never exceeds MAX_PAGE_DEPTH; `range` excludes explicit timestamps; `value` needs one dataType.
 */
export const sortFields = ["timestamp", "value", "name", "createdAt", "updatedAt"] as const;
export const sortOrders = ["desc", "asc"] as const;
export const countModes = ["none", "capped", "estimate", "exact"] as const;
export const timeRanges = ["15m", "1h", "6h", "24h", "7d", "30d", "90d"] as const;
export const valueDataTypes = ["NUMERIC", "BOOLEAN", "CATEGORICAL"] as const;

export type SortField = (typeof sortFields)[number];
export type SortOrder = (typeof sortOrders)[number];
export type CountMode = (typeof countModes)[number];
export type TimeRange = (typeof timeRanges)[number];

export const MAX_LIMIT = 500;
export const DEFAULT_LIMIT = 50;
export const MAX_PAGE_DEPTH = 10_000;

/** Exact-match list parameters: each is a column compared with `= any(...)`. */
export const exactListKeys = [
  "id",
  "name",
  "configId",
  "environment",
  "authorUserId",
  "queueId",
  "traceId",
  "observationId",
  "sessionId",
  "experimentId",
] as const;
export type ExactListKey = (typeof exactListKeys)[number];

const exactListShape = Object.fromEntries(exactListKeys.map((key) => [key, csvList(idText).optional()])) as {
  [K in ExactListKey]: z.ZodOptional<ReturnType<typeof csvList<typeof idText>>>;
};

export const scoreListShape = {
  ...exactListShape,
  source: csvList(caseInsensitiveEnum(scoreSources, true)).optional(),
  dataType: csvList(caseInsensitiveEnum(scoreDataTypes, true)).optional(),
  subjectKind: csvList(caseInsensitiveEnum(subjectKinds, false)).optional(),
  value: csvList(z.string().max(255)).optional(),
  valueMin: finiteNumber.optional(),
  valueMax: finiteNumber.optional(),
  fromTimestamp: isoTimestamp.optional(),
  toTimestamp: isoTimestamp.optional(),
  range: z.enum(timeRanges, { error: () => `Expected one of ${timeRanges.join(", ")}` }).optional(),
  q: z.string().trim().min(1).max(200).optional(),
  hasComment: booleanText.optional(),
  sort: z.enum(sortFields, { error: () => `Expected one of ${sortFields.join(", ")}` }).optional(),
  order: caseInsensitiveEnum(sortOrders, false).optional(),
  limit: integerText(1, MAX_LIMIT).optional(),
  cursor: z.string().min(1).max(2000).optional(),
  page: integerText(1, MAX_PAGE_DEPTH).optional(),
  count: z.enum(countModes, { error: () => `Expected one of ${countModes.join(", ")}` }).optional(),
};

/** One line per parameter for the OpenAPI document and the README. */
export const paramDescriptions: Record<keyof typeof scoreListShape, string> = {
  id: "Score ids (comma-separated, exact)",
  name: "Label names",
  configId: "Label (score config) ids",
  environment: "Environments",
  authorUserId: "Annotator user ids",
  queueId: "Annotation queue ids",
  traceId: "Trace ids",
  observationId: "Observation ids",
  sessionId: "Session ids",
  experimentId: "Experiment ids",
  source: "API, EVAL, ANNOTATION (case-insensitive)",
  dataType: "NUMERIC, BOOLEAN, CATEGORICAL, TEXT, CORRECTION, JSON (case-insensitive)",
  subjectKind: "trace, observation, session, experiment",
  value: "Exact values; needs exactly one dataType of NUMERIC, BOOLEAN or CATEGORICAL",
  valueMin: "Inclusive lower bound on the numeric value",
  valueMax: "Inclusive upper bound on the numeric value",
  fromTimestamp: "Inclusive lower bound on timestamp (ISO 8601)",
  toTimestamp: "Exclusive upper bound on timestamp (ISO 8601)",
  range: "Relative window ending now; not with fromTimestamp/toTimestamp",
  q: "Case-insensitive text search in comment and string value",
  hasComment: "true or false",
  sort: "timestamp (default), value, name, createdAt, updatedAt; ties broken by id",
  order: "desc (default) or asc",
  limit: `Rows per page, 1–${MAX_LIMIT}, default ${DEFAULT_LIMIT}`,
  cursor: "Opaque cursor from meta.nextCursor / meta.prevCursor; only valid with the same filters and sort",
  page: `1-based page number; page × limit at most ${MAX_PAGE_DEPTH}`,
  count: "none (API default), capped (exact up to 10,000), estimate (planner), exact",
};

export type ScoreListParams = z.output<z.ZodObject<typeof scoreListShape>>;
export type ScoreListKey = keyof typeof scoreListShape;

/** Rules between parameters; each issue names the parameter a person should change. */
export function checkParamRules(
  params: ScoreListParams,
  addIssue: (path: ScoreListKey, message: string) => void,
) {
  if (params.value) {
    const types = params.dataType ?? [];
    if (types.length !== 1 || !(valueDataTypes as readonly string[]).includes(types[0])) {
      addIssue("value", "value needs exactly one dataType of NUMERIC, BOOLEAN or CATEGORICAL");
    } else if (
      types[0] === "NUMERIC" &&
      params.value.some((v) => !Number.isFinite(Number(v)) || v.trim() === "")
    ) {
      addIssue("value", "NUMERIC values must be numbers");
    } else if (types[0] === "BOOLEAN" && params.value.some((v) => !/^(true|false|1|0)$/i.test(v))) {
      addIssue("value", "BOOLEAN values must be true, false, 1 or 0");
    }
  }
  if (params.range && (params.fromTimestamp || params.toTimestamp)) {
    addIssue("range", "range cannot be combined with fromTimestamp or toTimestamp");
  }
  if (params.fromTimestamp && params.toTimestamp && params.fromTimestamp >= params.toTimestamp) {
    addIssue("toTimestamp", "toTimestamp must be later than fromTimestamp");
  }
  if (params.valueMin !== undefined && params.valueMax !== undefined && params.valueMin > params.valueMax) {
    addIssue("valueMax", "valueMax must not be below valueMin");
  }
  if (params.cursor && params.page) addIssue("page", "Use either cursor or page, not both");
  if (params.page && params.page * (params.limit ?? DEFAULT_LIMIT) > MAX_PAGE_DEPTH) {
    addIssue(
      "page",
      `page × limit may reach at most ${MAX_PAGE_DEPTH} rows; use cursor pagination to go deeper`,
    );
  }
}

export const scoreListSchema = z
  .object(scoreListShape)
  .strict()
  .superRefine((params, context) =>
    checkParamRules(params, (path, message) => context.addIssue({ code: "custom", path: [path], message })),
  );
