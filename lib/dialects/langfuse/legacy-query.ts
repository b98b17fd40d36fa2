import { z } from "zod";
import type { ScoreDataType, ScoreSource } from "@/db/schema";
import type { ConditionOperator, ScoreCondition } from "@/lib/scores/conditions";
import type { ScoreFilters } from "@/lib/scores/score-query";
import { customInputError, inputErrorFromZod, LangfuseInputError } from "./errors";
import { parseLegacyFilter } from "./legacy-filter";
import { pageShape } from "./pagination";
import type { RawQuery } from "./route";
import { langfuseDataTypes, langfuseSources, splitCsv } from "./v3-query";
import { representableScores, v1Scope } from "./visible-scores";
import { isStorableDate, STORABLE_DATE_MESSAGE } from "@/lib/scores/filter-values";

/**
 * v2 and v1 list parameters (reference §2). Unlike v3 they are not strict (unknown parameters
 * are ignored), enums are upper-case only, most filters take one value, and `value` applies
 * only with `operator`. v1 ignores the subject filters and shows trace-level scores only.
 */
const emptyAsAbsent = (value: unknown) => (value === "" ? undefined : value);
const single = z.string().nullish();
/** Repeatable or comma-separated. */
const multi = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => (Array.isArray(value) ? value : [value]).flatMap(splitCsv))
  .optional();
const operators = { "<": "lt", ">": "gt", "<=": "lte", ">=": "gte", "!=": "ne", "=": "eq" } as const;

const legacySchema = z.object({
  ...pageShape,
  userId: single,
  traceTags: multi,
  name: single,
  fromTimestamp: z.preprocess(
    emptyAsAbsent,
    z.coerce.date().refine(isStorableDate, STORABLE_DATE_MESSAGE).optional(),
  ),
  toTimestamp: z.preprocess(
    emptyAsAbsent,
    z.coerce.date().refine(isStorableDate, STORABLE_DATE_MESSAGE).optional(),
  ),
  environment: multi,
  source: z.enum(langfuseSources).nullish(),
  operator: z.enum(["<", ">", "<=", ">=", "!=", "="]).nullish(),
  value: z.preprocess(emptyAsAbsent, z.coerce.number().optional()),
  scoreIds: multi,
  configId: single,
  sessionId: single,
  datasetRunId: single,
  traceId: single,
  observationId: multi,
  queueId: single,
  dataType: z.enum(langfuseDataTypes).nullish(),
  fields: z
    .string()
    .optional()
    .transform((text) => (text === undefined ? ["score", "trace"] : splitCsv(text))),
  filter: single,
});

export type LegacyQuery = z.output<typeof legacySchema> & { conditions: ScoreCondition[] };

const TRACE_FILTERS_UNSUPPORTED =
  "userId and traceTags filter on trace attributes, which Scorelens does not store; filter by traceId instead";

export function parseLegacyQuery(raw: RawQuery): LegacyQuery {
  const result = legacySchema.safeParse(raw);
  if (!result.success) throw inputErrorFromZod(result.error);
  const query = result.data;
  if (!query.fields.includes("score")) throw customInputError("Scores needs to be selected always.");
  const usesTraceFilters = Boolean(query.userId) || (query.traceTags?.length ?? 0) > 0;
  if (usesTraceFilters && !query.fields.includes("trace")) {
    throw customInputError("userId and traceTags filters need the trace field group");
  }
  if (usesTraceFilters) throw customInputError(TRACE_FILTERS_UNSUPPORTED);
  const filtered = query.filter ? parseLegacyFilter(query.filter) : { conditions: [] };
  if ("issues" in filtered) throw new LangfuseInputError(filtered.issues);
  return { ...query, conditions: filtered.conditions };
}

const listOf = (value: string | null | undefined) => (value ? [value] : undefined);
const present = (list: string[] | undefined) => (list && list.length > 0 ? list : undefined);

function operatorCondition(query: LegacyQuery): ScoreCondition[] {
  if (!query.operator || query.value === undefined) return [];
  const op: ConditionOperator = operators[query.operator];
  return [{ field: "numericValue", op, value: query.value }];
}

/** v2: every filter; v1: the same without the subject filters, over trace-level scores. */
export function filtersOfLegacy(query: LegacyQuery, version: "v1" | "v2"): ScoreFilters {
  const scope = version === "v2" ? representableScores() : v1Scope;
  return {
    id: present(query.scoreIds),
    name: listOf(query.name),
    source: listOf(query.source) as ScoreSource[] | undefined,
    dataType: listOf(query.dataType) as ScoreDataType[] | undefined,
    environment: present(query.environment),
    configId: listOf(query.configId),
    queueId: listOf(query.queueId),
    ...(version === "v2"
      ? {
          traceId: listOf(query.traceId),
          sessionId: listOf(query.sessionId),
          experimentId: listOf(query.datasetRunId),
          observationId: present(query.observationId),
        }
      : {}),
    fromTimestamp: query.fromTimestamp,
    toTimestamp: query.toTimestamp,
    where: { and: [scope, ...operatorCondition(query), ...query.conditions] },
  };
}
