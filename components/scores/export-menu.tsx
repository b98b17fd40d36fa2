"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { PopoverPanel } from "@/components/ui/popover-panel";
import type { ScoreListParams } from "@/lib/scores/filters";
import { useExportDownload, type ExportFormat, type ExportState } from "@/lib/scores/use-export-download";
import { exportQueryOf, visibleCsvColumns } from "./export-columns";
import type { ScoreColumnId } from "./score-column-ids";

type ExportMenuProps = {
  projectId: string;
  params: ScoreListParams;
  visibleColumns: readonly ScoreColumnId[];
  /** The exact row count of the view, when the page knows it. */
  knownTotal: number | null;
  /** Rows a selection holds (the annotation workspace's); offered as "selected rows only". */
  selectedIds?: readonly string[];
};

const formats: { format: ExportFormat; label: string; hint: string }[] = [
  { format: "csv", label: "CSV", hint: "for spreadsheets" },
  { format: "jsonl", label: "JSONL", hint: "one score per line" },
  { format: "json", label: "JSON", hint: "one array" },
];

/** Export the current view (its filters and sort, every matching row) as CSV, JSONL or JSON. */
export function ExportMenu({
  projectId,
  params,
  visibleColumns,
  knownTotal,
  selectedIds = [],
}: ExportMenuProps) {
  const download = useExportDownload(projectId);
  const [visibleOnly, setVisibleOnly] = useState(false);
  const [selectedOnly, setSelectedOnly] = useState(false);
  const checkboxId = useId();
  const running = download.state.status === "running";

  const start = (format: ExportFormat) => {
    const selection = selectedOnly && selectedIds.length > 0 ? selectedIds : undefined;
    void download.start({
      query: exportQueryOf(params, selection),
      format,
      columns: format === "csv" && visibleOnly ? visibleCsvColumns(visibleColumns) : undefined,
      knownTotal: selection ? selection.length : knownTotal,
    });
  };

  return (
    <div className="flex items-center gap-2">
      <ExportProgress state={download.state} onCancel={download.cancel} onDismiss={download.dismiss} />
      <PopoverPanel label="Export" align="end" trigger={<span>Export</span>} panelClassName="w-64">
        {(close) => (
          <div className="flex flex-col gap-2">
            <p className="text-xs text-slate-600 dark:text-slate-300">
              Every row of this view, with its filters and sort.
            </p>
            {formats.map(({ format, label, hint }) => (
              <Button
                key={format}
                variant="secondary"
                className="justify-between"
                disabled={running}
                onClick={() => {
                  start(format);
                  close();
                }}
              >
                <span>Download {label}</span>
                <span className="text-xs font-normal text-slate-600 dark:text-slate-300">{hint}</span>
              </Button>
            ))}
            <label htmlFor={checkboxId} className="flex items-center gap-2 text-sm">
              <input
                id={checkboxId}
                type="checkbox"
                checked={visibleOnly}
                onChange={(event) => setVisibleOnly(event.target.checked)}
              />
              CSV: visible columns only
            </label>
            {selectedIds.length > 0 && (
              <label className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  checked={selectedOnly}
                  onChange={(event) => setSelectedOnly(event.target.checked)}
                />
                Selected rows only ({selectedIds.length})
              </label>
            )}
          </div>
        )}
      </PopoverPanel>
    </div>
  );
}

function ExportProgress({
  state,
  onCancel,
  onDismiss,
}: {
  state: ExportState;
  onCancel: () => void;
  onDismiss: () => void;
}) {
  if (state.status === "idle") return null;
  const text = {
    running:
      state.status === "running" &&
      `Exporting ${state.format.toUpperCase()}: ${state.rows.toLocaleString("en-US")}${
        state.total !== null ? ` of ${state.estimated ? "~" : ""}${state.total.toLocaleString("en-US")}` : ""
      } rows`,
    done:
      state.status === "done" && `Exported ${state.rows.toLocaleString("en-US")} rows (${state.fileName})`,
    failed: state.status === "failed" && `Export failed: ${state.message}`,
    cancelled: "Export cancelled",
  }[state.status];
  const percent =
    state.status === "running" && state.total
      ? Math.min(99, Math.floor((state.rows / state.total) * 100))
      : null;
  return (
    <div className="flex items-center gap-2 text-sm text-slate-700 dark:text-slate-200">
      <p role="status" aria-live="polite" data-testid="export-status">
        {text}
      </p>
      {percent !== null && (
        <progress className="h-2 w-24" max={100} value={percent} aria-label="Export progress">
          {percent}%
        </progress>
      )}
      {state.status === "running" ? (
        <Button variant="ghost" onClick={onCancel}>
          Cancel export
        </Button>
      ) : (
        <Button variant="ghost" onClick={onDismiss} aria-label="Dismiss export message">
          ✕
        </Button>
      )}
    </div>
  );
}
