"use client";

import { useMutation } from "@tanstack/react-query";
import type { MemberRole } from "@/db/schema/enums";
import type { MemberJson } from "@/lib/projects/member-input";
import { useProjectList } from "./use-project-list";

type AddedMember = { member: MemberJson; oneTimePassword: string | null };

/** Members of a project through /api/v1/members, starting from the rows the server rendered. */
export function useMembers(projectId: string, initialMembers: MemberJson[]) {
  const { list: members, refresh, request } = useProjectList("members", projectId, initialMembers);
  const add = useMutation({
    mutationFn: (body: { email: string; name?: string; role: MemberRole }) =>
      request<AddedMember>(null, { method: "POST", body }),
    onSuccess: refresh,
  });
  const changeRole = useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: MemberRole }) =>
      request<MemberJson>(userId, { method: "PATCH", body: { role } }),
    onSettled: refresh,
  });
  const remove = useMutation({
    mutationFn: (userId: string) => request<void>(userId, { method: "DELETE" }),
    onSettled: refresh,
  });
  return { members, add, changeRole, remove };
}
