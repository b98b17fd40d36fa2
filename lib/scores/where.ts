import { and, eq, gte, ilike, inArray, isNotNull, isNull, lt, lte, or, sql, type SQL } from "drizzle-orm";
import { scores } from "@/db/schema";
import { buildConditionSql } from "./conditions";
import type { ExactListKey, TimeRange } from "./filters";
import type { ScoreFilters } from "./score-query";

const exactColumns = {
  id: scores.id,
  name: scores.name,
  configId: scores.configId,
  environment: scores.environment,
  authorUserId: scores.authorUserId,
  queueId: scores.queueId,
  traceId: scores.traceId,
  observationId: scores.observationId,
  sessionId: scores.sessionId,
  experimentId: scores.experimentId,
} satisfies Record<ExactListKey, unknown>;

export const rangeMs: Record<TimeRange, number> = {
  "15m": 15 * 60_000,
  "1h": 3_600_000,
  "6h": 6 * 3_600_000,
  "24h": 24 * 3_600_000,
  "7d": 7 * 86_400_000,
  "30d": 30 * 86_400_000,
  "90d": 90 * 86_400_000,
};

/** `value` is compared as its one dataType says: numbers, booleans as 1/0, or category names. */
function valueCondition(values: string[], dataType: string): SQL | undefined {
  if (dataType === "NUMERIC") return inArray(scores.numericValue, values.map(Number));
  if (dataType === "BOOLEAN")
    return inArray(
      scores.numericValue,
      values.map((v) => (/^(true|1)$/i.test(v) ? 1 : 0)),
    );
  return or(inArray(scores.stringValue, values), sql`${scores.categories} && ${sql.param(values)}::text[]`);
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The WHERE clause of a ScoreQuery. Every filter is one condition here and nowhere else;
 * `now` resolves relative ranges so a test can pin it.
 */
export function buildScoreWhere(projectId: string, filters: ScoreFilters, now: Date = new Date()): SQL {
  const conditions: (SQL | undefined)[] = [eq(scores.projectId, projectId)];
  for (const [key, column] of Object.entries(exactColumns)) {
    const values = filters[key as ExactListKey];
    if (values) conditions.push(values.length === 1 ? eq(column, values[0]) : inArray(column, values));
  }
  if (filters.source) conditions.push(inArray(scores.source, filters.source));
  if (filters.dataType) conditions.push(inArray(scores.dataType, filters.dataType));
  if (filters.subjectKind) conditions.push(inArray(scores.subjectKind, filters.subjectKind));
  if (filters.value && filters.dataType?.length === 1)
    conditions.push(valueCondition(filters.value, filters.dataType[0]));
  if (filters.valueMin !== undefined) conditions.push(gte(scores.numericValue, filters.valueMin));
  if (filters.valueMax !== undefined) conditions.push(lte(scores.numericValue, filters.valueMax));
  if (filters.range) conditions.push(gte(scores.timestamp, new Date(now.getTime() - rangeMs[filters.range])));
  if (filters.fromTimestamp) conditions.push(gte(scores.timestamp, filters.fromTimestamp));
  if (filters.toTimestamp) conditions.push(lt(scores.timestamp, filters.toTimestamp));
  if (filters.q) {
    const pattern = `%${escapeLike(filters.q)}%`;
    conditions.push(or(ilike(scores.comment, pattern), ilike(scores.stringValue, pattern)));
  }
  if (filters.hasComment !== undefined) {
    conditions.push(filters.hasComment ? isNotNull(scores.comment) : isNull(scores.comment));
  }
  if (filters.where) conditions.push(buildConditionSql(filters.where));
  return and(...conditions)!;
}
