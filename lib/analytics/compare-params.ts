import { z } from "zod";
import { checkParamRules, scoreListShape, timeRanges } from "@/lib/scores/filters";
import { finiteNumber, integerText } from "@/lib/scores/filter-values";
import type { ScoreFilters } from "@/lib/scores/score-query";

/**
 * The parameters of a comparison, shared by GET /api/v1/analytics/compare and the page's URL.
 * A series is a label (`a`, `b`) narrowed by source, annotator, environment and queue
 * (`aSource`, `bAuthorUserId`, …), each narrowing reusing the list schema's own parser.
 * The time window (`range` or `fromTimestamp`/`toTimestamp`) applies to both series. The drill
 * parameters (`aValue`, `bMin`, `agreement`, …) select which pairs the `pairs` page lists; they
 * never change the figures.
 */
export const seriesNarrowings = ["source", "authorUserId", "environment", "queueId"] as const;
export type SeriesNarrowing = (typeof seriesNarrowings)[number];
export const agreementFilters = ["agree", "disagree"] as const;
export const includeParts = ["figures", "pairs"] as const;
export const MAX_PAIR_LIMIT = 200;
export const DEFAULT_PAIR_LIMIT = 50;

const label = z.string().trim().min(1, "Give a label name").max(255);
const valueText = z.string().max(255);

export const compareShape = {
  a: label,
  aSource: scoreListShape.source,
  aAuthorUserId: scoreListShape.authorUserId,
  aEnvironment: scoreListShape.environment,
  aQueueId: scoreListShape.queueId,
  b: label,
  bSource: scoreListShape.source,
  bAuthorUserId: scoreListShape.authorUserId,
  bEnvironment: scoreListShape.environment,
  bQueueId: scoreListShape.queueId,
  range: scoreListShape.range,
  fromTimestamp: scoreListShape.fromTimestamp,
  toTimestamp: scoreListShape.toTimestamp,
  aValue: valueText.optional(),
  bValue: valueText.optional(),
  aMin: finiteNumber.optional(),
  aMax: finiteNumber.optional(),
  bMin: finiteNumber.optional(),
  bMax: finiteNumber.optional(),
  agreement: z.enum(agreementFilters, { error: () => "Expected agree or disagree" }).optional(),
  include: z
    .string()
    .transform((raw) => raw.split(",").map((part) => part.trim()))
    .pipe(z.array(z.enum(includeParts, { error: () => "Expected figures, pairs or both" })).min(1))
    .optional(),
  limit: integerText(1, MAX_PAIR_LIMIT).optional(),
  cursor: z.string().min(1).max(2000).optional(),
};

export const compareParamDescriptions: Record<keyof typeof compareShape, string> = {
  a: "Series A: label name (required)",
  aSource: "Series A: sources (API, EVAL, ANNOTATION)",
  aAuthorUserId: "Series A: annotator user ids",
  aEnvironment: "Series A: environments",
  aQueueId: "Series A: annotation queue ids",
  b: "Series B, the reference: label name (required)",
  bSource: "Series B: sources",
  bAuthorUserId: "Series B: annotator user ids",
  bEnvironment: "Series B: environments",
  bQueueId: "Series B: annotation queue ids",
  range: `Relative window ending now for both series: ${timeRanges.join(", ")}`,
  fromTimestamp: "Inclusive lower bound on both series' timestamps (ISO 8601)",
  toTimestamp: "Exclusive upper bound on both series' timestamps (ISO 8601)",
  aValue: "Pairs only: A's value is exactly this class (a confusion cell's row)",
  bValue: "Pairs only: B's value is exactly this class (a confusion cell's column)",
  aMin: "Pairs only: A's numeric value ≥ aMin (a scatter region)",
  aMax: "Pairs only: A's numeric value < aMax",
  bMin: "Pairs only: B's numeric value ≥ bMin",
  bMax: "Pairs only: B's numeric value < bMax",
  agreement: "Pairs only: agree (same class) or disagree (different class)",
  include: "figures, pairs or both (default both)",
  limit: `Pairs per page, 1–${MAX_PAIR_LIMIT}, default ${DEFAULT_PAIR_LIMIT}`,
  cursor: "Opaque cursor from pairs.nextCursor; only valid with the same parameters",
};

export const compareSchema = z
  .object(compareShape)
  .strict()
  .superRefine((params, context) => {
    checkParamRules(params, (path, message) => context.addIssue({ code: "custom", path: [path], message }));
    for (const side of ["a", "b"] as const) {
      const min = params[`${side}Min`];
      const max = params[`${side}Max`];
      if (min !== undefined && max !== undefined && min >= max)
        context.addIssue({
          code: "custom",
          path: [`${side}Max`],
          message: `${side}Max must be above ${side}Min`,
        });
    }
  });

export type CompareParams = z.output<typeof compareSchema>;

export type SeriesSpec = {
  name: string;
  source?: ScoreFilters["source"];
  authorUserId?: string[];
  environment?: string[];
  queueId?: string[];
};

export type PairFilter = {
  aValue?: string;
  bValue?: string;
  aMin?: number;
  aMax?: number;
  bMin?: number;
  bMax?: number;
  agreement?: (typeof agreementFilters)[number];
};

export type CompareRequest = {
  a: SeriesSpec;
  b: SeriesSpec;
  window: Pick<ScoreFilters, "range" | "fromTimestamp" | "toTimestamp">;
  pairFilter: PairFilter;
  include: { figures: boolean; pairs: boolean };
  limit: number;
  cursor?: string;
};

const seriesOf = (params: CompareParams, side: "a" | "b"): SeriesSpec => ({
  name: params[side],
  source: params[`${side}Source`],
  authorUserId: params[`${side}AuthorUserId`],
  environment: params[`${side}Environment`],
  queueId: params[`${side}QueueId`],
});

export function compareRequestFromParams(params: CompareParams): CompareRequest {
  const include = params.include ?? ["figures", "pairs"];
  return {
    a: seriesOf(params, "a"),
    b: seriesOf(params, "b"),
    window: { range: params.range, fromTimestamp: params.fromTimestamp, toTimestamp: params.toTimestamp },
    pairFilter: {
      aValue: params.aValue,
      bValue: params.bValue,
      aMin: params.aMin,
      aMax: params.aMax,
      bMin: params.bMin,
      bMax: params.bMax,
      agreement: params.agreement,
    },
    include: { figures: include.includes("figures"), pairs: include.includes("pairs") },
    limit: params.limit ?? DEFAULT_PAIR_LIMIT,
    cursor: params.cursor,
  };
}

/** The filters of one series as the score list understands them, window included. */
export function seriesFilters(series: SeriesSpec, window: CompareRequest["window"]): ScoreFilters {
  return {
    name: [series.name],
    source: series.source,
    authorUserId: series.authorUserId,
    environment: series.environment,
    queueId: series.queueId,
    ...window,
    dataType: ["NUMERIC", "BOOLEAN", "CATEGORICAL"],
  };
}
