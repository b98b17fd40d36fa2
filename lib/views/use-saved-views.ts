import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiPath, fetchApi, readApiJson } from "@/lib/scores/use-score-list";
import type { ViewJson } from "./view-input";

/** The explorer's saved views: GET /api/v1/views, and the writes that refresh it. */
export type SavedView = ViewJson;

export const savedViewsKey = (projectId: string) => ["views", projectId] as const;

async function send<T>(path: string, projectId: string, method: string, body?: unknown): Promise<T> {
  const response = await fetch(apiPath(path, projectId), {
    method,
    headers: body === undefined ? undefined : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 204) return undefined as T;
  return readApiJson<T>(response, `The request failed with status ${response.status}`);
}

export function useSavedViews(projectId: string) {
  const queryClient = useQueryClient();
  const list = useQuery({
    queryKey: savedViewsKey(projectId),
    queryFn: ({ signal }) => fetchApi<{ data: SavedView[] }>(apiPath("views", projectId), signal),
    select: (body) => body.data,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: savedViewsKey(projectId) });
  const create = useMutation({
    mutationFn: (body: { name: string; query: string; visibility: SavedView["visibility"] }) =>
      send<SavedView>("views", projectId, "POST", body),
    onSuccess: refresh,
  });
  const update = useMutation({
    mutationFn: ({ id, ...body }: { id: string; name?: string; query?: string }) =>
      send<SavedView>(`views/${encodeURIComponent(id)}`, projectId, "PATCH", body),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (id: string) => send<void>(`views/${encodeURIComponent(id)}`, projectId, "DELETE"),
    onSuccess: refresh,
  });
  return { list, create, update, remove };
}
