"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { apiRequest } from "@/components/settings/api-request";
import { SettingsTable, settingsCell } from "@/components/settings/settings-table";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { SelectField } from "@/components/ui/input";

type Person = { id: string; name: string | null };
type ItemRow = {
  id: string;
  objectType: string;
  objectId: string;
  status: "pending" | "completed";
  assignee: Person | null;
  heldBy: Person | null;
  completedBy: (Person & { at: string })[];
  completedAt: string | null;
  createdAt: string;
};
type ItemPage = { data: ItemRow[]; meta: { page: number; limit: number; totalItems: number } };

const PAGE = 50;
const when = (iso: string) => new Date(iso).toISOString().slice(0, 16).replace("T", " ");

/** A queue's items for its lead: filter by status, assignee or who completed them; remove or reset. */
export function QueueItems({
  projectId,
  queueId,
  members,
  canManage,
  canWork,
}: {
  projectId: string;
  queueId: string;
  members: Person[];
  canManage: boolean;
  canWork: boolean;
}) {
  const [status, setStatus] = useState("");
  const [assignee, setAssignee] = useState("");
  const [completedBy, setCompletedBy] = useState("");
  const [page, setPage] = useState(1);
  const [error, setError] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const params = new URLSearchParams({ page: String(page), limit: String(PAGE) });
  if (status) params.set("status", status);
  if (assignee) params.set("assignee", assignee);
  if (completedBy) params.set("completedBy", completedBy);
  const path = `/api/v1/queues/${encodeURIComponent(queueId)}/items?${params}`;
  const items = useQuery({
    queryKey: ["queue-items", projectId, path],
    queryFn: () => apiRequest<ItemPage>(path, projectId),
  });
  const act = async (itemId: string, action: "reset" | "remove") => {
    setError(null);
    try {
      const base = `/api/v1/queues/${encodeURIComponent(queueId)}/items/${encodeURIComponent(itemId)}`;
      await apiRequest(action === "reset" ? `${base}/reset` : base, projectId, {
        method: action === "reset" ? "POST" : "DELETE",
      });
      await queryClient.invalidateQueries({ queryKey: ["queue-items", projectId] });
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : "The request failed");
    }
  };
  const total = items.data?.meta.totalItems ?? 0;
  const subjectHref = (row: ItemRow) =>
    `/projects/${encodeURIComponent(projectId)}/subjects/${row.objectType}/${encodeURIComponent(row.objectId)}`;
  const peopleOptions = members.map((member) => (
    <option key={member.id} value={member.id}>
      {member.name ?? member.id}
    </option>
  ));
  return (
    <section aria-label="Queue items" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h2 className="text-lg font-semibold">Items</h2>
        {canWork ? (
          <Link
            href={`/projects/${encodeURIComponent(projectId)}/queues/${encodeURIComponent(queueId)}/work`}
            className={buttonClass()}
          >
            Start annotating
          </Link>
        ) : null}
      </div>
      <div className="flex flex-wrap gap-3">
        <SelectField
          label="Status"
          value={status}
          onChange={(event) => (setStatus(event.target.value), setPage(1))}
          className="w-40"
        >
          <option value="">Any</option>
          <option value="pending">Pending</option>
          <option value="completed">Completed</option>
        </SelectField>
        <SelectField
          label="Assignee"
          value={assignee}
          onChange={(event) => (setAssignee(event.target.value), setPage(1))}
          className="w-48"
        >
          <option value="">Anyone</option>
          <option value="none">Unassigned</option>
          {peopleOptions}
        </SelectField>
        <SelectField
          label="Completed by"
          value={completedBy}
          onChange={(event) => (setCompletedBy(event.target.value), setPage(1))}
          className="w-48"
        >
          <option value="">Anyone</option>
          {peopleOptions}
        </SelectField>
      </div>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {items.error ? <Alert tone="error">{items.error.message}</Alert> : null}
      <p className="text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
        {items.isPending ? "Loading…" : `${total.toLocaleString("en-US")} items`}
      </p>
      <SettingsTable
        caption="Items of this queue"
        columns={["Subject", "Status", "Assignee", "Completed by", "Added"]}
        actionsHeader="Actions"
      >
        {(items.data?.data ?? []).map((row) => (
          <tr key={row.id} data-item-id={row.id}>
            <td className={settingsCell}>
              <Link href={subjectHref(row)} className="font-mono text-xs underline-offset-2 hover:underline">
                {row.objectType} {row.objectId}
              </Link>
            </td>
            <td className={settingsCell}>
              {row.status}
              {row.heldBy ? (
                <span className="block text-xs text-slate-600">
                  open by {row.heldBy.name ?? row.heldBy.id}
                </span>
              ) : null}
            </td>
            <td className={settingsCell}>{row.assignee ? (row.assignee.name ?? row.assignee.id) : "—"}</td>
            <td className={settingsCell}>
              {row.completedBy.length === 0
                ? "—"
                : row.completedBy
                    .map((person) => `${person.name ?? person.id} (${when(person.at)})`)
                    .join(", ")}
            </td>
            <td className={`${settingsCell} tabular-nums`}>{when(row.createdAt)}</td>
            <td className="py-2 text-right whitespace-nowrap">
              {canManage ? (
                <>
                  <Button
                    variant="ghost"
                    onClick={() => act(row.id, "reset")}
                    aria-label={`Reset ${row.objectId} to pending`}
                  >
                    Reset
                  </Button>
                  <Button
                    variant="ghost"
                    onClick={() => act(row.id, "remove")}
                    aria-label={`Remove ${row.objectId}`}
                  >
                    Remove
                  </Button>
                </>
              ) : null}
            </td>
          </tr>
        ))}
      </SettingsTable>
      {total > PAGE ? (
        <div className="flex gap-2">
          <Button variant="secondary" disabled={page === 1} onClick={() => setPage(page - 1)}>
            Previous
          </Button>
          <Button variant="secondary" disabled={page * PAGE >= total} onClick={() => setPage(page + 1)}>
            Next
          </Button>
        </div>
      ) : null}
    </section>
  );
}
