/**
 * What the benchmark asks for: the filters of each goal as query strings, the same queries
 * lowered to SQL with the engine's own code (so "the same SQL" is exactly what the route runs),
 * and keyset cursors that jump deep into the list.
 */
import { desc, sql as dsql } from "drizzle-orm";
import type { DatabaseHandle } from "@/db/client";
import { scores } from "@/db/schema";
import { encodeCursor } from "@/lib/scores/cursor";
import { parseListParamsStrict } from "@/lib/scores/filter-codec";
import { orderByFor } from "@/lib/scores/keyset";
import { filterHashOf, listScoresSql } from "@/lib/scores/query";
import { scoreQueryFromParams, type ScoreQuery } from "@/lib/scores/score-query";
import { buildScoreWhere } from "@/lib/scores/where";
import { BASE_DATE } from "./database";
import type { SqlStatement } from "./sql-loop";

export const PAGE_SIZE = 50;
const DAY_MS = 86_400_000;

export type ProjectCount = { projectId: string; scores: number };

/** A list request: its query string (without `?`) and the ScoreQuery the route lowers it to. */
export type ListCase = { key: string; label: string; query: string };

export type Workload = {
  projectId: string;
  projectScores: number;
  projects: ProjectCount[];
  popular: { name: string; source: string; environment: string };
  windowFrom: string;
  /** P1's index-aligned filters. */
  aligned: ListCase[];
};

export async function projectCounts(handle: DatabaseHandle): Promise<ProjectCount[]> {
  const rows = await handle.sqlClient!<{ project_id: string; n: number }[]>`
    select project_id, count(*)::int as n from scores group by project_id order by n desc, project_id`;
  return rows.map((row) => ({ projectId: row.project_id, scores: row.n }));
}

async function mostCommon(
  handle: DatabaseHandle,
  projectId: string,
  column: "name" | "source" | "environment",
) {
  const [row] = await handle.sqlClient!<{ value: string }[]>`
    select ${handle.sqlClient!(column)}::text as value from scores where project_id = ${projectId}
    group by 1 order by count(*) desc, 1 limit 1`;
  return row.value;
}

/**
 * The largest project and its most common label, source and environment. The time window is
 * the 30 days before the seed's fixed base date, as `fromTimestamp`: `range=30d` is relative to
 * the wall clock and would select nothing once the clock has moved past the seeded data. Both
 * lower to the same condition, `timestamp >= $n`.
 */
export async function discoverWorkload(handle: DatabaseHandle): Promise<Workload> {
  const projects = await projectCounts(handle);
  const largest = projects.find((p) => p.projectId.startsWith("seed-")) ?? projects[0];
  if (!largest) throw new Error("the benchmark database holds no scores");
  const projectId = largest.projectId;
  const popular = {
    name: await mostCommon(handle, projectId, "name"),
    source: await mostCommon(handle, projectId, "source"),
    environment: await mostCommon(handle, projectId, "environment"),
  };
  const windowFrom = new Date(BASE_DATE.getTime() - 30 * DAY_MS).toISOString();
  const enc = encodeURIComponent;
  const aligned: ListCase[] = [
    { key: "name", label: `name=${popular.name}`, query: `name=${enc(popular.name)}` },
    { key: "source", label: `source=${popular.source}`, query: `source=${popular.source}` },
    {
      key: "environment",
      label: `environment=${popular.environment}`,
      query: `environment=${enc(popular.environment)}`,
    },
    { key: "window30d", label: "30-day window", query: `fromTimestamp=${enc(windowFrom)}` },
  ];
  return { projectId, projectScores: largest.scores, projects, popular, windowFrom, aligned };
}

export const listPath = (query: string, extra = "") =>
  `/api/v1/scores?${[query, `limit=${PAGE_SIZE}`, extra].filter(Boolean).join("&")}`;

/** The ScoreQuery the list route builds for this query string and an API key of `projectId`. */
export function scoreQueryOf(projectId: string, query: string): ScoreQuery {
  const raw = Object.fromEntries(new URLSearchParams(`${query}&limit=${PAGE_SIZE}`));
  return scoreQueryFromParams(projectId, parseListParamsStrict(raw), "none");
}

/** The exact statement `listScores` runs for this query string (parameters included). */
export function listStatement(handle: DatabaseHandle, projectId: string, query: string): SqlStatement {
  const statement = listScoresSql(handle.db, scoreQueryOf(projectId, query), BASE_DATE);
  return { sql: statement.sql, params: statement.params };
}

/**
 * A `next` cursor positioned after the row at `depth` (1-based) of the list, so the page it opens
 * starts at row depth + 1. The row is found once with OFFSET (untimed); the cursor is made with
 * the engine's own encodeCursor and filter hash, exactly as a client paging that far would hold.
 */
export async function cursorAfter(handle: DatabaseHandle, projectId: string, query: string, depth: number) {
  const scoreQuery = scoreQueryOf(projectId, query);
  if (scoreQuery.sort !== "timestamp") throw new Error("cursorAfter supports the default sort only");
  const [row] = await handle.db
    .select({ id: scores.id, timestamp: scores.timestamp })
    .from(scores)
    .where(buildScoreWhere(projectId, scoreQuery.filters, BASE_DATE))
    .orderBy(...orderByFor(scoreQuery.sort, scoreQuery.order))
    .offset(depth - 1)
    .limit(1);
  if (!row) throw new Error(`the list ${query || "(no filter)"} holds fewer than ${depth} rows`);
  return encodeCursor({
    sort: scoreQuery.sort,
    order: scoreQuery.order,
    direction: "next",
    position: { value: row.timestamp.toISOString(), id: row.id },
    filterHash: filterHashOf(scoreQuery),
  });
}

/**
 * The query pair a Langfuse-v2-style API runs for page `page` of a project's scores: the rows
 * with LIMIT/OFFSET and an exact count(*) of the project.
 */
export function offsetPair(handle: DatabaseHandle, projectId: string, page: number) {
  const list = handle.db
    .select()
    .from(scores)
    .where(dsql`${scores.projectId} = ${projectId}`)
    .orderBy(desc(scores.timestamp))
    .limit(PAGE_SIZE)
    .offset((page - 1) * PAGE_SIZE)
    .toSQL();
  return {
    list: { sql: list.sql, params: list.params } as SqlStatement,
    count: {
      sql: `select count(*) from "scores" where "project_id" = $1`,
      params: [projectId],
    } as SqlStatement,
  };
}
