"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { MemberRole } from "@/db/schema/enums";
import type { MemberJson } from "@/lib/projects/member-input";
import { apiRequest } from "./api-request";

/** Members of a project through /api/v1/members, starting from the rows the server rendered. */
export function useMembers(projectId: string, initialMembers: MemberJson[]) {
  const queryClient = useQueryClient();
  const queryKey = ["members", projectId];
  const members = useQuery({
    queryKey,
    queryFn: async () => (await apiRequest<{ data: MemberJson[] }>("/api/v1/members", projectId)).data,
    initialData: initialMembers,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey });
  const add = useMutation({
    mutationFn: (body: { email: string; name?: string; role: MemberRole }) =>
      apiRequest<{ member: MemberJson; oneTimePassword: string | null }>("/api/v1/members", projectId, {
        method: "POST",
        body,
      }),
    onSuccess: refresh,
  });
  const changeRole = useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: MemberRole }) =>
      apiRequest<MemberJson>(`/api/v1/members/${encodeURIComponent(userId)}`, projectId, {
        method: "PATCH",
        body: { role },
      }),
    onSettled: refresh,
  });
  const remove = useMutation({
    mutationFn: (userId: string) =>
      apiRequest<void>(`/api/v1/members/${encodeURIComponent(userId)}`, projectId, { method: "DELETE" }),
    onSettled: refresh,
  });
  return { members, add, changeRole, remove };
}
