import type { Database } from "@/db/client";
import type { Principal } from "@/lib/auth/principal";
import type { CountMode, ScoreListParams } from "./filters";
import { lookupNames } from "./names";
import { countScores, listScores } from "./query";
import { scoreQueryFromParams } from "./score-query";
import { serializeScore } from "./serialize";

/** API clients pay for totals only when they ask; the dashboard's pager always wants one. */
export const defaultCountFor = (principal: Principal): CountMode =>
  principal.kind === "apiKey" ? "none" : "capped";

/** GET /api/v1/scores: one page of canonical Score JSON with its cursors and total. */
export async function listScoresResponse(db: Database, principal: Principal, params: ScoreListParams) {
  const query = scoreQueryFromParams(principal.projectId, params, defaultCountFor(principal));
  const now = new Date();
  const [page, total] = await Promise.all([
    listScores(db, query, now),
    countScores(db, query.projectId, query.filters, query.count, now),
  ]);
  const names = await lookupNames(db, query.projectId, page.rows);
  return {
    data: page.rows.map((row) => serializeScore(row, names)),
    meta: { limit: query.limit, nextCursor: page.nextCursor, prevCursor: page.prevCursor, ...total },
  };
}
