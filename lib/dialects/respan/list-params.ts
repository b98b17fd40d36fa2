import type { ScoreCondition } from "@/lib/scores/conditions";
import { describeTextProblem } from "@/lib/scores/json-value";
import { MAX_PAGE_DEPTH, type SortField, type SortOrder } from "@/lib/scores/filters";
import { respanBadRequest } from "./errors";
import { parseIsoDate } from "./filter-values";

/**
 * Query parameters of Respan's lists (DRF page-number pagination): `page` ≥ 1, `page_size`
 * 1–100 (default 50), `sort_by` with a `-` prefix for descending, `start_time`/`end_time`
 * (inclusive, on `created_at`) and `environment`. Unknown parameters are a 400 naming them.
 */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 50;

export type RespanListParams = {
  page: number;
  pageSize: number;
  sort: SortField;
  order: SortOrder;
  environment?: string[];
  window?: ScoreCondition;
};

const allowedKeys = ["page", "page_size", "sort_by", "start_time", "end_time", "environment"];

/** Respan sort keys → the engine's sorts (ties are broken by id there). */
export const sortKeys: Record<string, SortField> = {
  created_at: "timestamp",
  timestamp: "timestamp",
  numerical_value: "value",
  evaluator_name: "name",
};

function fail(detail: string): never {
  throw respanBadRequest(detail);
}

function wholeNumber(raw: string | undefined, name: string, min: number, max: number, fallback: number) {
  if (raw === undefined) return fallback;
  const number = /^\d{1,15}$/.test(raw.trim()) ? Number(raw) : NaN;
  if (!(number >= min && number <= max)) {
    const range = max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`;
    fail(`${name} must be a whole number ${range}, got ${JSON.stringify(raw)}`);
  }
  return number;
}

function parseSort(raw: string | undefined): Pick<RespanListParams, "sort" | "order"> {
  if (raw === undefined) return { sort: "timestamp", order: "desc" };
  const descending = raw.startsWith("-");
  const key = descending ? raw.slice(1) : raw;
  if (!Object.hasOwn(sortKeys, key)) {
    fail(
      `Unknown sort_by '${raw}'. Sortable: ${Object.keys(sortKeys).join(", ")} (prefix '-' for descending)`,
    );
  }
  return { sort: sortKeys[key], order: descending ? "desc" : "asc" };
}

function parseTime(raw: string | undefined, name: string): Date | undefined {
  if (raw === undefined) return undefined;
  return parseIsoDate(raw) ?? fail(`${name} must be an ISO 8601 date-time, got ${JSON.stringify(raw)}`);
}

function parseEnvironments(raw: string | undefined): string[] | undefined {
  if (raw === undefined) return undefined;
  const names = raw
    .split(",")
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  if (names.length === 0 || names.length > 100) fail("environment takes 1 to 100 comma-separated names");
  const problem = names.map((name) => describeTextProblem(name)).find(Boolean);
  if (problem || names.some((name) => name.length > 100)) {
    fail(`environment names have at most 100 characters and ${problem ?? "are well-formed"}`);
  }
  return names;
}

export function parseListQuery(raw: unknown): RespanListParams {
  const query = (raw ?? {}) as Record<string, string>;
  const unknown = Object.keys(query).find((key) => !allowedKeys.includes(key));
  if (unknown) fail(`Unknown query parameter '${unknown}'. Supported: ${allowedKeys.join(", ")}`);
  const page = wholeNumber(query.page, "page", 1, Number.MAX_SAFE_INTEGER, 1);
  const pageSize = wholeNumber(query.page_size, "page_size", 1, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE);
  if (page * pageSize > MAX_PAGE_DEPTH) {
    fail(
      `page × page_size may reach at most ${MAX_PAGE_DEPTH} rows; narrow the list with start_time and end_time`,
    );
  }
  const start = parseTime(query.start_time, "start_time");
  const end = parseTime(query.end_time, "end_time");
  if (start && end && end < start) fail("end_time must not be earlier than start_time");
  const bounds: ScoreCondition[] = [
    ...(start ? [{ field: "timestamp", op: "gte", value: start } as const] : []),
    ...(end ? [{ field: "timestamp", op: "lte", value: end } as const] : []),
  ];
  return {
    page,
    pageSize,
    ...parseSort(query.sort_by),
    environment: parseEnvironments(query.environment),
    window: bounds.length ? { and: bounds } : undefined,
  };
}
