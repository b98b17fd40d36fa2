"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { fieldClass } from "@/components/ui/input";
import type { MemberRole } from "@/db/schema/enums";
import type { MemberJson } from "@/lib/projects/member-input";
import { AddMemberForm } from "./add-member-form";
import { ConfirmDialog } from "./confirm-dialog";
import { assignableRoles, ROLE_LABELS } from "./role-options";
import { useMembers } from "./use-members";

type Viewer = { userId: string; role: MemberRole };

/**
 * Members and their roles. Controls appear for admins and owners only, and an admin gets none on
 * an owner's row; the API enforces the same rules whatever the page shows.
 */
export function MembersPanel({
  projectId,
  viewer,
  canManage,
  initialMembers,
}: {
  projectId: string;
  viewer: Viewer;
  canManage: boolean;
  initialMembers: MemberJson[];
}) {
  const { members, add, changeRole, remove } = useMembers(projectId, initialMembers);
  const [removing, setRemoving] = useState<MemberJson | null>(null);
  const roles = assignableRoles(viewer.role);
  const mayEdit = (member: MemberJson) => canManage && (viewer.role === "owner" || member.role !== "owner");
  const failure = changeRole.error ?? remove.error;

  return (
    <div className="space-y-6">
      {canManage ? <AddMemberForm roles={roles} onAdd={(body) => add.mutateAsync(body)} /> : null}
      {failure ? <Alert tone="error">{failure.message}</Alert> : null}
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Members of this project</caption>
        <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500 dark:border-slate-800">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium">
              Name
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              Email
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              Role
            </th>
            <th scope="col" className="py-2 font-medium">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {members.data.map((member) => (
            <tr key={member.id}>
              <td className="py-2 pr-4">
                {member.name}
                {member.id === viewer.userId ? <span className="ml-1 text-slate-500">(you)</span> : null}
              </td>
              <td className="py-2 pr-4 text-slate-600 dark:text-slate-400">{member.email}</td>
              <td className="py-2 pr-4">
                {mayEdit(member) ? (
                  <select
                    aria-label={`Role of ${member.email}`}
                    className={`${fieldClass} w-36`}
                    value={member.role}
                    disabled={changeRole.isPending}
                    onChange={(event) =>
                      changeRole.mutate({ userId: member.id, role: event.target.value as MemberRole })
                    }
                  >
                    {(roles.includes(member.role) ? roles : [member.role, ...roles]).map((role) => (
                      <option key={role} value={role}>
                        {ROLE_LABELS[role]}
                      </option>
                    ))}
                  </select>
                ) : (
                  ROLE_LABELS[member.role]
                )}
              </td>
              <td className="py-2 text-right">
                {mayEdit(member) ? (
                  <Button
                    variant="ghost"
                    onClick={() => setRemoving(member)}
                    aria-label={`Remove ${member.email}`}
                  >
                    Remove
                  </Button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ConfirmDialog
        open={removing !== null}
        title="Remove member"
        confirmLabel="Remove"
        pending={remove.isPending}
        onClose={() => setRemoving(null)}
        onConfirm={() => remove.mutate(removing!.id, { onSettled: () => setRemoving(null) })}
      >
        <p>
          Remove <strong>{removing?.email}</strong> from this project? Their account stays, with access to
          their other projects.
        </p>
      </ConfirmDialog>
    </div>
  );
}
