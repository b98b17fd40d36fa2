import type { ScoreCondition } from "./conditions";
import type { CountMode, ScoreListParams, SortField, SortOrder } from "./filters";
import { DEFAULT_LIMIT } from "./filters";

/**
 * The canonical query every surface lowers its request to. Filters keep the native parameter
 * names (one vocabulary); paging and totals are separate so a filter hash ignores them.
 */
export type ScoreFilters = Omit<ScoreListParams, "sort" | "order" | "limit" | "cursor" | "page" | "count"> & {
  /** Richer conditions a dialect compiled (OR groups, operators, metadata); AND-ed with the rest. */
  where?: ScoreCondition;
};

export type ScoreQuery = {
  projectId: string;
  filters: ScoreFilters;
  sort: SortField;
  order: SortOrder;
  limit: number;
  cursor?: string;
  page?: number;
  count: CountMode;
};

/** Lowers parsed list parameters; `defaultCount` differs between API keys (none) and the dashboard (capped). */
export function scoreQueryFromParams(
  projectId: string,
  params: ScoreListParams,
  defaultCount: CountMode = "none",
): ScoreQuery {
  const { sort, order, limit, cursor, page, count, ...filters } = params;
  return {
    projectId,
    filters,
    sort: sort ?? "timestamp",
    order: order ?? "desc",
    limit: limit ?? DEFAULT_LIMIT,
    cursor,
    page,
    count: count ?? defaultCount,
  };
}
