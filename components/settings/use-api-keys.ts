"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ApiKeyJson } from "@/lib/projects/api-key-admin";
import { apiRequest } from "./api-request";

export type CreatedApiKey = ApiKeyJson & { secretKey: string };

/** API keys of a project through /api/v1/api-keys, starting from the rows the server rendered. */
export function useApiKeys(projectId: string, initialKeys: ApiKeyJson[]) {
  const queryClient = useQueryClient();
  const queryKey = ["api-keys", projectId];
  const keys = useQuery({
    queryKey,
    queryFn: async () => (await apiRequest<{ data: ApiKeyJson[] }>("/api/v1/api-keys", projectId)).data,
    initialData: initialKeys,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey });
  const create = useMutation({
    mutationFn: (note: string) =>
      apiRequest<CreatedApiKey>("/api/v1/api-keys", projectId, { method: "POST", body: { note } }),
    onSuccess: refresh,
  });
  const revoke = useMutation({
    mutationFn: (id: string) =>
      apiRequest<void>(`/api/v1/api-keys/${encodeURIComponent(id)}`, projectId, { method: "DELETE" }),
    onSettled: refresh,
  });
  return { keys, create, revoke };
}
