"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { apiRequest } from "@/components/settings/api-request";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/input";
import type { ProjectJson } from "@/lib/projects/project-list";

/** Creates a sibling project (POST /api/v1/projects); its creator becomes owner and lands in its members. */
export function NewProjectDialog({
  open,
  onClose,
  fromProjectId,
}: {
  open: boolean;
  onClose: () => void;
  fromProjectId: string;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get("name") ?? "");
    setPending(true);
    setError(null);
    try {
      const project = await apiRequest<ProjectJson>("/api/v1/projects", fromProjectId, {
        method: "POST",
        body: { name },
      });
      onClose();
      router.push(`/projects/${encodeURIComponent(project.id)}/settings/members`);
      router.refresh();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setPending(false);
    }
  }

  return (
    <Dialog open={open} onClose={onClose} title="New project">
      <form onSubmit={submit} className="space-y-4">
        {error ? <Alert tone="error">{error}</Alert> : null}
        <TextField label="Project name" name="name" required maxLength={100} autoFocus />
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" disabled={pending}>
            {pending ? "Creating…" : "Create project"}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
