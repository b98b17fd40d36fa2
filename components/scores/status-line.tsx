"use client";

import type { ScoreListPage } from "@/lib/scores/use-score-list";
import { statusTextOf } from "./format";

type StatusLineProps = {
  /** Rows loaded for the current query; null while a new query replaces the old rows. */
  loaded: number | null;
  meta: ScoreListPage["meta"] | undefined;
  /** The first page failed: there is nothing to count. */
  failed: boolean;
  fetchingMore: boolean;
  failedMore: string | null;
  onRetry: () => void;
};

/** "300 of 10,000+ loaded": how much of the result is in the table, announced politely. */
export function StatusLine({ loaded, meta, failed, fetchingMore, failedMore, onRetry }: StatusLineProps) {
  const text =
    loaded !== null && meta
      ? statusTextOf(loaded, meta.total, meta.totalIsLowerBound)
      : failed
        ? "Nothing loaded"
        : "Loading…";
  return (
    <div className="flex h-6 items-center gap-3 text-sm text-slate-600 dark:text-slate-300">
      <p role="status" aria-live="polite" data-testid="explorer-status">
        {text}
        {meta?.totalIsEstimate ? " (estimated total)" : ""}
        {fetchingMore ? " · loading more…" : ""}
      </p>
      {failedMore && (
        <p role="alert" className="text-rose-700 dark:text-rose-300">
          {failedMore}{" "}
          <button type="button" onClick={onRetry} className="font-medium underline">
            Retry
          </button>
        </p>
      )}
    </div>
  );
}
