import type { Database } from "@/db/client";
import { notFound } from "@/lib/errors";
import { countScores, listScores } from "@/lib/scores/query";
import type { ScoreQuery } from "@/lib/scores/score-query";
import { formatScoreV1, formatScoreV2 } from "./format-legacy";
import { filtersOfLegacy, type LegacyQuery } from "./legacy-query";
import { pageMeta } from "./pagination";
import { representableScores, v1Scope } from "./visible-scores";

/**
 * The deprecated v2 and v1 reads on the engine: offset pages in `timestamp desc` order with an
 * exact total on every request, as upstream. Reading one score by id uses the same scope as the
 * list, so v1 answers 404 for a session, experiment or CORRECTION score.
 */
export type LegacyVersion = "v1" | "v2";

const formatters = { v1: formatScoreV1, v2: formatScoreV2 };

export async function listScoresLegacy(
  db: Database,
  projectId: string,
  query: LegacyQuery,
  version: LegacyVersion,
) {
  const filters = filtersOfLegacy(query, version);
  const scoreQuery: ScoreQuery = {
    projectId,
    filters,
    sort: "timestamp",
    order: "desc",
    limit: query.limit,
    page: query.page,
    count: "exact",
  };
  const now = new Date();
  const [page, total] = await Promise.all([
    listScores(db, scoreQuery, now),
    countScores(db, projectId, filters, "exact", now),
  ]);
  return { data: page.rows.map(formatters[version]), meta: pageMeta(query, total.total ?? 0) };
}

export async function getScoreLegacy(db: Database, projectId: string, id: string, version: LegacyVersion) {
  const where = version === "v2" ? representableScores() : v1Scope;
  const { rows } = await listScores(db, {
    projectId,
    filters: { id: [id], where },
    sort: "timestamp",
    order: "desc",
    limit: 1,
    count: "none",
  });
  if (!rows[0]) throw notFound("Score not found");
  return formatters[version](rows[0]);
}
