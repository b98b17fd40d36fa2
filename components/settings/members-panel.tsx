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
import { SettingsTable, settingsCell } from "./settings-table";
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
      <SettingsTable
        caption="Members of this project"
        columns={["Name", "Email", "Role"]}
        actionsHeader="Actions"
      >
        {members.data.map((member) => (
          <tr key={member.id}>
            <td className={settingsCell}>
              {member.name}
              {member.id === viewer.userId ? <span className="ml-1 text-slate-500">(you)</span> : null}
            </td>
            <td className={`${settingsCell} text-slate-600 dark:text-slate-400`}>{member.email}</td>
            <td className={settingsCell}>
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
      </SettingsTable>
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
