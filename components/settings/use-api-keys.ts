"use client";

import { useMutation } from "@tanstack/react-query";
import type { ApiKeyJson } from "@/lib/projects/api-key-admin";
import { useProjectList } from "./use-project-list";

export type CreatedApiKey = ApiKeyJson & { secretKey: string };

/** API keys of a project through /api/v1/api-keys, starting from the rows the server rendered. */
export function useApiKeys(projectId: string, initialKeys: ApiKeyJson[]) {
  const { list: keys, refresh, request } = useProjectList("api-keys", projectId, initialKeys);
  const create = useMutation({
    mutationFn: (note: string) => request<CreatedApiKey>(null, { method: "POST", body: { note } }),
    onSuccess: refresh,
  });
  const revoke = useMutation({
    mutationFn: (id: string) => request<void>(id, { method: "DELETE" }),
    onSettled: refresh,
  });
  return { keys, create, revoke };
}
