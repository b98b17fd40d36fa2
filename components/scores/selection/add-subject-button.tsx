"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { AddToQueueDialog } from "./add-to-queue-dialog";
import type { SubjectRef } from "./selection-model";

/** "Add to queue" for one subject (the subject page). */
export function AddSubjectButton({ projectId, subject }: { projectId: string; subject: SubjectRef }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Add to queue
      </Button>
      <AddToQueueDialog
        projectId={projectId}
        open={open}
        onClose={() => setOpen(false)}
        loadSubjects={async () => [subject]}
      />
    </>
  );
}
