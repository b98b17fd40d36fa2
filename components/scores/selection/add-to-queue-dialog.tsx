"use client";

import { useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { apiRequest } from "@/components/settings/api-request";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { SelectField } from "@/components/ui/input";
import type { SubjectRef } from "./selection-model";

type QueueOption = { id: string; name: string };
const CHUNK = 1000;

/** Picks a queue and adds the subjects to it; subjects already in the queue are not added twice. */
export function AddToQueueDialog({
  projectId,
  open,
  onClose,
  loadSubjects,
  onAdded,
}: {
  projectId: string;
  open: boolean;
  onClose: () => void;
  loadSubjects: () => Promise<SubjectRef[]>;
  onAdded?: () => void;
}) {
  const queues = useQuery({
    queryKey: ["queues", projectId],
    queryFn: async () => (await apiRequest<{ data: QueueOption[] }>("/api/v1/queues", projectId)).data,
    enabled: open,
  });
  const [queueId, setQueueId] = useState("");
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const chosen = queueId || queues.data?.[0]?.id || "";

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) return;
    setPending(true);
    setOutcome(null);
    try {
      const subjects = await loadSubjects();
      let added = 0;
      let already = 0;
      for (let start = 0; start < subjects.length; start += CHUNK) {
        const result = await apiRequest<{ added: number; alreadyInQueue: number }>(
          `/api/v1/queues/${encodeURIComponent(chosen)}/items`,
          projectId,
          { method: "POST", body: { items: subjects.slice(start, start + CHUNK) } },
        );
        added += result.added;
        already += result.alreadyInQueue;
      }
      const name = queues.data?.find((queue) => queue.id === chosen)?.name ?? "the queue";
      setOutcome({
        tone: "success",
        text: `Added ${added} ${added === 1 ? "subject" : "subjects"} to ${name}${already ? `; ${already} already there` : ""}.`,
      });
      onAdded?.();
    } catch (failure) {
      setOutcome({ tone: "error", text: failure instanceof Error ? failure.message : "Adding failed" });
    } finally {
      setPending(false);
    }
  };

  return (
    <Dialog
      open={open}
      onClose={() => {
        setOutcome(null);
        onClose();
      }}
      title="Add to queue"
    >
      <form onSubmit={submit} className="space-y-3">
        {queues.data && queues.data.length === 0 ? (
          <p className="text-sm">No queues yet: create one in Settings → Queues.</p>
        ) : (
          <SelectField label="Queue" value={chosen} onChange={(event) => setQueueId(event.target.value)}>
            {(queues.data ?? []).map((queue) => (
              <option key={queue.id} value={queue.id}>
                {queue.name}
              </option>
            ))}
          </SelectField>
        )}
        {outcome ? <Alert tone={outcome.tone}>{outcome.text}</Alert> : null}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            Close
          </Button>
          <Button type="submit" disabled={pending || !chosen}>
            Add
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
