import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import type { z } from "zod";
import type { scoreJsonSchema, scoreListResponseSchema } from "./score-json";

/**
 * The explorer's rows: pages of GET /api/v1/scores fetched with the cursor as the user scrolls.
 * Only the first page asks for a total (the dashboard's default, `count=capped`); later pages
 * send `count=none`, since the total cannot change between pages of one query.
 */
export type ScoreJson = z.output<typeof scoreJsonSchema>;
export type ScoreListPage = z.output<typeof scoreListResponseSchema>;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: { path: string; message: string }[] = [],
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/**
 * A native API answer as JSON; a non-2xx answer becomes an ApiError with the API's own message,
 * or `fallback` when something else (a proxy, say) answered without the API's error shape.
 */
export async function readApiJson<T>(response: Response, fallback: string): Promise<T> {
  const body = (await response.json().catch(() => null)) as {
    error?: { code?: string; message?: string; issues?: { path: string; message: string }[] };
  } | null;
  if (!response.ok) {
    throw new ApiError(
      response.status,
      body?.error?.code ?? "internal",
      body?.error?.message ?? fallback,
      body?.error?.issues,
    );
  }
  return body as T;
}

/** GET a native API path as JSON (errors as readApiJson). */
export async function fetchApi<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, { signal, headers: { accept: "application/json" } });
  return readApiJson<T>(response, `The request failed with status ${response.status}`);
}

/** `/api/v1/<path>?projectId=…&<query>`: the session names its project in the query string. */
export function apiPath(path: string, projectId: string, query = ""): string {
  const search = new URLSearchParams(query);
  search.set("projectId", projectId);
  return `/api/v1/${path}?${search.toString()}`;
}

export function scoreListPath(projectId: string, listQuery: string, cursor: string | null): string {
  const search = new URLSearchParams(listQuery);
  if (cursor) {
    search.set("cursor", cursor);
    search.set("count", "none");
  }
  return apiPath("scores", projectId, search.toString());
}

export const scoreListKey = (projectId: string, listQuery: string) =>
  ["scores", "list", projectId, listQuery] as const;

const listQueryOptions = (projectId: string, listQuery: string) => ({
  queryKey: scoreListKey(projectId, listQuery),
  queryFn: ({ pageParam, signal }: { pageParam: string | null; signal: AbortSignal }) =>
    fetchApi<ScoreListPage>(scoreListPath(projectId, listQuery, pageParam), signal),
  initialPageParam: null as string | null,
  getNextPageParam: (last: ScoreListPage) => last.meta.nextCursor,
});

export function useScoreList(projectId: string, listQuery: string) {
  return useInfiniteQuery({ ...listQueryOptions(projectId, listQuery), placeholderData: keepPreviousData });
}
