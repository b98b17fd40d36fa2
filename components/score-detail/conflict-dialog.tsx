"use client";

import type { KeyboardEvent, ReactNode } from "react";
import { formatTimestamp } from "@/components/scores/format";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { ScoreEditPatch } from "@/lib/scores/score-edit-cache";
import type { LatestVersion } from "@/lib/scores/use-score-edit";
import { useTimeZone } from "@/lib/scores/use-time-zone";
import { describeValue } from "./score-editor-value";

type ConflictDialogProps = {
  theirs: LatestVersion;
  mine: ScoreEditPatch;
  onKeepTheirs: () => void;
  onOverwrite: () => void;
  /** Esc: decide later; the draft goes back into the form. */
  onDismiss: () => void;
};

function Version({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title} className="rounded-md border border-slate-200 p-3 dark:border-slate-700">
      <h3 className="mb-2 text-sm font-semibold">{title}</h3>
      <dl className="grid grid-cols-[4.5rem_1fr] gap-x-2 gap-y-1 text-sm break-words">{children}</dl>
    </section>
  );
}

const unchanged = <span className="text-slate-500 italic">not changed</span>;

/** Two edits met: their saved version beside the unsaved one, and the choice between them. */
export function ConflictDialog({ theirs, mine, onKeepTheirs, onOverwrite, onDismiss }: ConflictDialogProps) {
  const timeZone = useTimeZone();
  // Esc closes this dialog only; the page's Esc would close the drawer underneath.
  const keepEscapeHere = (event: KeyboardEvent) => {
    if (event.key === "Escape") event.nativeEvent.stopImmediatePropagation();
  };
  return (
    <Dialog open onClose={onDismiss} title="This score changed while you were editing">
      <div onKeyDown={keepEscapeHere} className="flex flex-col gap-4">
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {theirs.changedBy} saved it at {formatTimestamp(theirs.changedAt, timeZone)}. Your edit is not saved
          yet.
        </p>
        <div className="grid gap-3 sm:grid-cols-2">
          <Version title="Theirs">
            <dt className="text-slate-500">Value</dt>
            <dd data-testid="conflict-theirs-value">{describeValue(theirs.score.value)}</dd>
            <dt className="text-slate-500">Comment</dt>
            <dd>{theirs.score.comment || "(none)"}</dd>
          </Version>
          <Version title="Yours">
            <dt className="text-slate-500">Value</dt>
            <dd data-testid="conflict-mine-value">
              {mine.value === undefined ? unchanged : describeValue(mine.value)}
            </dd>
            <dt className="text-slate-500">Comment</dt>
            <dd>{mine.comment === undefined ? unchanged : mine.comment || "(none)"}</dd>
          </Version>
        </div>
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onKeepTheirs}>
            Keep theirs
          </Button>
          <Button onClick={onOverwrite}>Overwrite with mine</Button>
        </div>
      </div>
    </Dialog>
  );
}
