import type { DroppedParam } from "@/lib/scores/filter-codec";
import type { ScoreListKey, ScoreListParams } from "@/lib/scores/filters";

/**
 * The explorer's URL is the API's query string plus two view keys (`score`, `cols`).
 * Invariants: filter keys are parsed by the one list schema (leniently, explorer-url-parse.ts:
 * bad values are dropped and reported, never fatal); the view keys are stripped before that
 * parse, so the API's strict parser never sees them; defaults are omitted, so one view has one URL.
 *
 * This half only writes URLs and needs no zod, so the browser's first load does not carry the
 * schema (P11); explorer-url.test.ts holds it to the schema's own key order and serializer.
 */
export const EXPLORER_PAGE_SIZE = 100;
export const SCORE_KEY = "score";
export const COLUMNS_KEY = "cols";

export type ExplorerUrl = {
  params: ScoreListParams;
  dropped: DroppedParam[];
  scoreId: string | null;
  /** Visible columns in display order, or null when the URL does not choose them. */
  columns: string[] | null;
};

/** The list schema's keys in its order (scoreListShape): the order of every query string written here. */
export const listKeyOrder: readonly ScoreListKey[] = [
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
  "source",
  "dataType",
  "subjectKind",
  "value",
  "valueMin",
  "valueMax",
  "fromTimestamp",
  "toTimestamp",
  "range",
  "q",
  "hasComment",
  "sort",
  "order",
  "limit",
  "cursor",
  "page",
  "count",
];

const textOf = (value: unknown): string => {
  if (Array.isArray(value)) return value.map(textOf).join(",");
  return value instanceof Date ? value.toISOString() : String(value);
};

/** What serializeListParams (filter-codec.ts) writes: schema key order, lists comma-joined, empty lists left out. */
export function serializeParams(params: Partial<ScoreListParams>): URLSearchParams {
  const search = new URLSearchParams();
  for (const key of listKeyOrder) {
    const value = params[key];
    if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) continue;
    search.set(key, textOf(value));
  }
  return search;
}

/** Drops what equals the API's default so a shared link has a single spelling. */
export function withoutDefaults(params: ScoreListParams): ScoreListParams {
  const { sort, order, ...rest } = params;
  return {
    ...rest,
    ...(sort && sort !== "timestamp" ? { sort } : {}),
    ...(order && order !== "desc" ? { order } : {}),
  };
}

/** Commas and colons are legal in a query string; leaving them readable keeps links legible. */
const readable = (search: URLSearchParams) => search.toString().replace(/%2C/gi, ",").replace(/%3A/gi, ":");

/** The page's query string (without `?`): the API's parameters, then the open score and the columns. */
export function explorerSearchOf(view: Omit<ExplorerUrl, "dropped">): string {
  const search = serializeParams(withoutDefaults(view.params));
  if (view.scoreId) search.set(SCORE_KEY, view.scoreId);
  if (view.columns && view.columns.length > 0) search.set(COLUMNS_KEY, view.columns.join(","));
  return readable(search);
}

/** What GET /api/v1/scores receives for the first page: the URL's parameters with the explorer's page size. */
export function listQueryOf(params: ScoreListParams): string {
  return readable(serializeParams({ ...params, limit: params.limit ?? EXPLORER_PAGE_SIZE }));
}

/** Facets depend on the filters only; sort and paging would just split the cache. */
export function facetQueryOf(params: ScoreListParams): string {
  const { sort: _sort, order: _order, limit: _limit, count: _count, ...filters } = params;
  return readable(serializeParams(filters));
}

/** The parameters the filter bar edits; everything else (sort, page size, totals) is kept as is. */
export type FilterKey = Exclude<
  keyof ScoreListParams,
  "sort" | "order" | "limit" | "cursor" | "page" | "count"
>;

const nonFilterKeys = new Set(["sort", "order", "limit", "cursor", "page", "count"]);

export function activeFilterKeys(params: ScoreListParams): FilterKey[] {
  return (Object.keys(params) as (keyof ScoreListParams)[]).filter(
    (key): key is FilterKey => !nonFilterKeys.has(key) && params[key] !== undefined,
  );
}

export function withoutFilters(params: ScoreListParams): ScoreListParams {
  const { sort, order, limit, count } = params;
  return Object.fromEntries(
    Object.entries({ sort, order, limit, count }).filter(([, value]) => value !== undefined),
  ) as ScoreListParams;
}
