"use client";

import Link from "next/link";
import { useState } from "react";
import { ConfirmDialog } from "@/components/settings/confirm-dialog";
import { SettingsTable, settingsCell } from "@/components/settings/settings-table";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { QueueForm, type QueueFormValues } from "./queue-form";
import { useApiAction } from "./use-api-action";

export type QueueRowJson = QueueFormValues & {
  id: string;
  items: { total: number; pending: number; completed: number };
};

type Option = { id: string; name: string };

/** Queues: create, edit (labels, overlap, blind, annotators), delete. */
export function QueuesPanel({
  projectId,
  queues,
  labels,
  members,
  canManage,
}: {
  projectId: string;
  queues: QueueRowJson[];
  labels: Option[];
  members: Option[];
  canManage: boolean;
}) {
  const create = useApiAction(projectId);
  const edit = useApiAction(projectId);
  const remove = useApiAction(projectId);
  const [editing, setEditing] = useState<QueueRowJson | null>(null);
  const [deleting, setDeleting] = useState<QueueRowJson | null>(null);
  const names = (ids: string[], options: Option[]) =>
    ids.map((id) => options.find((option) => option.id === id)?.name ?? id).join(", ");
  const base = `/projects/${encodeURIComponent(projectId)}/queues`;
  return (
    <div className="space-y-6">
      {canManage ? (
        <section
          aria-label="New queue"
          className="rounded-lg border border-slate-200 p-4 dark:border-slate-700"
        >
          <h2 className="mb-3 font-medium">New queue</h2>
          <QueueForm
            labels={labels}
            members={members}
            submitText="Create queue"
            pending={create.pending}
            error={create.error}
            onSubmit={async (values) =>
              (await create.run("/api/v1/queues", { method: "POST", body: values })) !== null
            }
          />
        </section>
      ) : null}
      {remove.error ? <Alert tone="error">{remove.error}</Alert> : null}
      <SettingsTable
        caption="Queues of this project"
        columns={["Name", "Labels", "Per item", "Annotators", "Items"]}
        actionsHeader="Actions"
      >
        {queues.map((queue) => (
          <tr key={queue.id}>
            <td className={settingsCell}>
              <Link
                href={`${base}/${encodeURIComponent(queue.id)}`}
                className="underline-offset-2 hover:underline"
              >
                {queue.name}
              </Link>
            </td>
            <td className={settingsCell}>{names(queue.configIds, labels)}</td>
            <td className={`${settingsCell} tabular-nums`}>{queue.annotationsPerItem}</td>
            <td className={settingsCell}>
              {queue.annotatorIds.length ? names(queue.annotatorIds, members) : "everyone"}
            </td>
            <td className={`${settingsCell} tabular-nums`}>
              {queue.items.completed} / {queue.items.total} done
            </td>
            <td className="py-2 text-right whitespace-nowrap">
              {canManage ? (
                <>
                  <Button variant="ghost" onClick={() => setEditing(queue)} aria-label={`Edit ${queue.name}`}>
                    Edit
                  </Button>
                  <Button
                    variant="ghost"
                    onClick={() => setDeleting(queue)}
                    aria-label={`Delete ${queue.name}`}
                  >
                    Delete
                  </Button>
                </>
              ) : null}
            </td>
          </tr>
        ))}
      </SettingsTable>
      {queues.length === 0 ? <p className="text-sm text-slate-600">No queues yet.</p> : null}
      <Dialog
        open={editing !== null}
        onClose={() => setEditing(null)}
        title={editing ? `Edit ${editing.name}` : "Edit queue"}
      >
        {editing ? (
          <QueueForm
            initial={editing}
            labels={labels}
            members={members}
            submitText="Save"
            pending={edit.pending}
            error={edit.error}
            onSubmit={async (values) => {
              const done =
                (await edit.run(`/api/v1/queues/${encodeURIComponent(editing.id)}`, {
                  method: "PATCH",
                  body: values,
                })) !== null;
              if (done) setEditing(null);
              return done;
            }}
          />
        ) : null}
      </Dialog>
      <ConfirmDialog
        open={deleting !== null}
        title="Delete queue"
        confirmLabel="Delete queue"
        pending={remove.pending}
        onClose={() => setDeleting(null)}
        onConfirm={async () => {
          if (!deleting) return;
          await remove.run(`/api/v1/queues/${encodeURIComponent(deleting.id)}`, { method: "DELETE" });
          setDeleting(null);
        }}
      >
        <p>
          Delete <strong>{deleting?.name}</strong> and its {deleting?.items.total ?? 0} items? Scores written
          from it stay.
        </p>
      </ConfirmDialog>
    </div>
  );
}
