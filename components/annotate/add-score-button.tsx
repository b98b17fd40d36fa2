"use client";

import { useRef, useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { AddScoreForm } from "./add-score-form";
import type { AnnotateSubject } from "./add-score-model";

/** "Add score": an ANNOTATION score by the signed-in person on this subject, for a label they choose. */
export function AddScoreButton({ projectId, subject }: { projectId: string; subject: AnnotateSubject }) {
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        aria-haspopup="dialog"
        className={buttonClass("secondary")}
        onClick={() => {
          setSaved(null);
          setOpen(true);
        }}
      >
        Add score
      </button>
      <span role="status" className="text-sm text-emerald-800 dark:text-emerald-300">
        {saved}
      </span>
      <Dialog open={open} onClose={close} title="Add score">
        <AddScoreForm
          projectId={projectId}
          subject={subject}
          onCancel={close}
          onSaved={(score) => {
            setSaved(`Added a ${score.name} score.`);
            close();
          }}
        />
      </Dialog>
    </>
  );
}
