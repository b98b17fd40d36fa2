"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "./api-request";

/**
 * One of a project's settings lists under /api/v1/<resource>, starting from the rows the server
 * rendered; `request` calls the list (`null`) or one of its items, and `refresh` re-reads the
 * list after a change.
 */
export function useProjectList<T>(resource: "api-keys" | "members", projectId: string, initialData: T[]) {
  const queryClient = useQueryClient();
  const queryKey = [resource, projectId];
  const list = useQuery({
    queryKey,
    queryFn: async () => (await apiRequest<{ data: T[] }>(`/api/v1/${resource}`, projectId)).data,
    initialData,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey });
  const request = <R>(id: string | null, init: { method: string; body?: unknown }) =>
    apiRequest<R>(`/api/v1/${resource}${id === null ? "" : `/${encodeURIComponent(id)}`}`, projectId, init);
  return { list, refresh, request };
}
