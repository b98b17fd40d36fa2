"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { AddToQueueDialog } from "./add-to-queue-dialog";
import { MAX_ALL_MATCHING, subjectsOf, type Selection } from "./selection-model";

type Row = { id: string; subject: { kind: string; id: string } };

/** What is selected, "select all N matching", and the actions on the selection. */
export function SelectionBar({
  projectId,
  selection,
  rows,
  matching,
  loadAllMatching,
  onSelectAllMatching,
  onClear,
}: {
  projectId: string;
  selection: Selection;
  rows: readonly Row[];
  /** How many rows match the filter, when known. */
  matching: number | null;
  loadAllMatching: () => Promise<Row[]>;
  onSelectAllMatching: () => void;
  onClear: () => void;
}) {
  const [adding, setAdding] = useState(false);
  if (selection.ids.size === 0 && !selection.allMatching) return null;
  const count = selection.allMatching
    ? Math.min(matching ?? MAX_ALL_MATCHING, MAX_ALL_MATCHING)
    : selection.ids.size;
  const capped = selection.allMatching && (matching === null || matching > MAX_ALL_MATCHING);
  const subjects = async () =>
    subjectsOf(
      selection.allMatching ? await loadAllMatching() : rows.filter((row) => selection.ids.has(row.id)),
    );
  return (
    <div
      role="region"
      aria-label="Selection"
      className="flex flex-wrap items-center gap-3 rounded-md border border-sky-200 bg-sky-50 px-3 py-1.5 text-sm dark:border-sky-900 dark:bg-sky-950"
    >
      <span aria-live="polite" className="font-medium">
        {selection.allMatching
          ? `All ${capped ? `first ${MAX_ALL_MATCHING.toLocaleString("en-US")}` : count.toLocaleString("en-US")} matching scores selected`
          : `${count.toLocaleString("en-US")} selected`}
      </span>
      {!selection.allMatching && matching !== null && matching > selection.ids.size ? (
        <Button variant="ghost" onClick={onSelectAllMatching}>
          Select all {Math.min(matching, MAX_ALL_MATCHING).toLocaleString("en-US")} matching
          {matching > MAX_ALL_MATCHING ? ` (limit ${MAX_ALL_MATCHING.toLocaleString("en-US")})` : ""}
        </Button>
      ) : null}
      <Button variant="secondary" onClick={() => setAdding(true)}>
        Add subjects to queue
      </Button>
      <Button variant="ghost" onClick={onClear}>
        Clear selection
      </Button>
      <AddToQueueDialog
        projectId={projectId}
        open={adding}
        onClose={() => setAdding(false)}
        loadSubjects={subjects}
      />
    </div>
  );
}
