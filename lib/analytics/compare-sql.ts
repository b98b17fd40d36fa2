import { and, sql, type SQL } from "drizzle-orm";
import { scores } from "@/db/schema";
import { buildScoreWhere } from "@/lib/scores/where";
import { seriesFilters, type CompareRequest, type PairFilter, type SeriesSpec } from "./compare-params";

/**
 * The SQL of a comparison. Each series keeps its latest score per subject (kind + id, newest
 * timestamp, ties by id), and the pairs are the subjects both series scored. Every figure query
 * starts from the same `with sa, sb, pairs` so they cannot disagree about which rows count.
 * Pair columns: kind, subject, a_id, a_dt, a_n (numeric value), a_v (value as text), a_ts,
 * a_source, a_author, and the same for b.
 */
export const subjectIdSql = sql`case ${scores.subjectKind}
  when 'trace' then ${scores.traceId} when 'observation' then ${scores.observationId}
  when 'session' then ${scores.sessionId} else ${scores.experimentId} end`;

/** Booleans read "True"/"False", categories their name (several joined), numbers their text. */
const valueTextSql = sql`coalesce(${scores.stringValue}, array_to_string(${scores.categories}, ', '), ${scores.numericValue}::text)`;

/** An ISO 8601 UTC text with milliseconds, the same on both engines and drivers. */
export const isoText = (expression: SQL) =>
  sql`to_char(${expression} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

function latestPerSubject(
  projectId: string,
  series: SeriesSpec,
  window: CompareRequest["window"],
  now: Date,
) {
  return sql`select distinct on (${scores.subjectKind}, ${subjectIdSql})
      ${scores.subjectKind}::text as kind, ${subjectIdSql} as subject, ${scores.id} as id,
      ${scores.dataType}::text as dt, ${scores.numericValue} as n, ${valueTextSql} as v,
      ${scores.timestamp} as ts, ${scores.source}::text as source, ${scores.authorUserId} as author
    from ${scores}
    where ${buildScoreWhere(projectId, seriesFilters(series, window), now)}
    order by ${scores.subjectKind}, ${subjectIdSql}, ${scores.timestamp} desc, ${scores.id} desc`;
}

const seriesCtes = (projectId: string, request: CompareRequest, now: Date) =>
  sql`with sa as (${latestPerSubject(projectId, request.a, request.window, now)}),
    sb as (${latestPerSubject(projectId, request.b, request.window, now)})`;

const pairColumns = sql`sa.id as a_id, sa.dt as a_dt, sa.n as a_n, sa.v as a_v, sa.ts as a_ts, sa.source as a_source, sa.author as a_author,
  sb.id as b_id, sb.dt as b_dt, sb.n as b_n, sb.v as b_v, sb.ts as b_ts, sb.source as b_source, sb.author as b_author`;

export function compareCte(projectId: string, request: CompareRequest, now: Date): SQL {
  return sql`${seriesCtes(projectId, request, now)},
    pairs as (
      select sa.kind, sa.subject, ${pairColumns}
      from sa join sb on sb.kind = sa.kind and sb.subject = sa.subject
    )`;
}

/**
 * Every subject of either series once (a full join: a_id or b_id is null for a subject only one
 * side scored). The figures read it from a temporary table, so each series is scanned and sorted
 * once per request however many figures follow.
 */
export function compareJoinedSelect(projectId: string, request: CompareRequest, now: Date): SQL {
  return sql`${seriesCtes(projectId, request, now)}
    select coalesce(sa.kind, sb.kind) as kind, coalesce(sa.subject, sb.subject) as subject, ${pairColumns}
    from sa full join sb on sb.kind = sa.kind and sb.subject = sa.subject`;
}

/** The drill-through selection over `pairs`; undefined keeps every pair. */
export function pairFilterSql(filter: PairFilter): SQL | undefined {
  return and(
    filter.aValue !== undefined ? sql`a_v = ${filter.aValue}` : undefined,
    filter.bValue !== undefined ? sql`b_v = ${filter.bValue}` : undefined,
    filter.aMin !== undefined ? sql`a_n >= ${filter.aMin}` : undefined,
    filter.aMax !== undefined ? sql`a_n < ${filter.aMax}` : undefined,
    filter.bMin !== undefined ? sql`b_n >= ${filter.bMin}` : undefined,
    filter.bMax !== undefined ? sql`b_n < ${filter.bMax}` : undefined,
    filter.agreement === "agree" ? sql`a_v = b_v` : undefined,
    filter.agreement === "disagree" ? sql`a_v <> b_v` : undefined,
  );
}

/**
 * 0-based bin of a value between `edges` (bin i is edges[i] ≤ v < edges[i+1]). Comparing with the
 * same edge numbers the drill filter sends keeps a bin's count and its pair list identical.
 */
export const binSql = (column: SQL, edges: number[]) =>
  sql`width_bucket(${column}, ${sql.param(edges)}::float8[]) - 1`;
