import { useQuery } from "@tanstack/react-query";
import type { ScoreDetailJson } from "./score-detail";
import { ApiError, apiPath, fetchApi } from "./use-score-list";

/**
 * One score as the detail drawer and the full page show it: GET /api/v1/scores/{id}. The full
 * page hands in what the server already fetched (`initial`), so its first render needs no request.
 */
export const scoreDetailKey = (projectId: string, scoreId: string) =>
  ["scores", "detail", projectId, scoreId] as const;

export const scoreDetailPath = (projectId: string, scoreId: string) =>
  apiPath(`scores/${encodeURIComponent(scoreId)}`, projectId);

/** A 4xx (deleted score, no access) will not heal on retry; show it at once. */
const retryServerErrors = (failures: number, error: Error) =>
  failures < 2 && !(error instanceof ApiError && error.status < 500);

/** The query, also for prefetching: the explorer starts it while the drawer's code is still loading. */
export const scoreDetailQuery = (projectId: string, scoreId: string) => ({
  queryKey: scoreDetailKey(projectId, scoreId),
  queryFn: ({ signal }: { signal: AbortSignal }) =>
    fetchApi<ScoreDetailJson>(scoreDetailPath(projectId, scoreId), signal),
  retry: retryServerErrors,
});

export function useScoreDetail(projectId: string, scoreId: string, initial?: ScoreDetailJson) {
  return useQuery({ ...scoreDetailQuery(projectId, scoreId), initialData: initial });
}

export const isNotFound = (error: Error | null) => error instanceof ApiError && error.status === 404;
