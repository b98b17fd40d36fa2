"use client";

import type { FacetKey } from "@/lib/scores/facets";
import type { FacetsResponse } from "@/lib/scores/use-score-facets";
import type { Chip } from "./filter-chips-model";
import { formatCount } from "./format";

const SKELETON_ROWS = 12;

/** Grey bars in the shape of rows while the first page loads. */
export function TableSkeleton() {
  return (
    <div role="status" aria-label="Loading scores" className="flex flex-col">
      {Array.from({ length: SKELETON_ROWS }, (_, i) => (
        <div
          key={i}
          className="flex h-9 items-center gap-4 border-b border-slate-100 px-2 dark:border-slate-800"
        >
          {[28, 18, 20, 10, 24].map((width, j) => (
            <div
              key={j}
              className="h-3 animate-pulse rounded bg-slate-200 dark:bg-slate-700"
              style={{ width: `${width}%` }}
            />
          ))}
        </div>
      ))}
    </div>
  );
}

const facetKeySet = new Set<string>([
  "name",
  "source",
  "dataType",
  "environment",
  "authorUserId",
  "queueId",
  "subjectKind",
]);

/** Rows that would match without this chip's filter, when the facets can tell (each ignores its own filter). */
function rowsWithout(chip: Chip, facets: FacetsResponse | undefined): number | null {
  const [key] = chip.keys;
  if (!facets || chip.keys.length !== 1 || !facetKeySet.has(key)) return null;
  return facets.facets[key as FacetKey].reduce((sum, bucket) => sum + bucket.count, 0);
}

type EmptyStateProps = {
  chips: Chip[];
  facets: FacetsResponse | undefined;
  onRemove: (chip: Chip) => void;
  onClearAll: () => void;
};

/** Says which filters exclude everything and offers to lift them. */
export function EmptyState({ chips, facets, onRemove, onClearAll }: EmptyStateProps) {
  if (chips.length === 0) {
    return (
      <div role="status" className="p-8 text-center text-slate-600 dark:text-slate-300">
        <p className="font-medium">No scores in this project yet.</p>
        <p className="mt-1 text-sm">Scores sent through the API, evaluations and annotations appear here.</p>
      </div>
    );
  }
  return (
    <div role="status" className="p-8 text-slate-700 dark:text-slate-200">
      <p className="font-medium">No scores match all of these filters.</p>
      <ul className="mt-3 flex flex-col gap-1 text-sm">
        {chips.map((chip) => {
          const without = rowsWithout(chip, facets);
          return (
            <li key={chip.id} className="flex items-center gap-2">
              <span>
                {chip.label}: <span className="font-medium">{chip.text}</span>
                {without !== null && (
                  <span className="text-slate-500 dark:text-slate-400">
                    {without > 0
                      ? ` — without it: ${formatCount(without)} scores`
                      : " — still none without it"}
                  </span>
                )}
              </span>
              <button
                type="button"
                onClick={() => onRemove(chip)}
                className="text-sky-700 hover:underline dark:text-sky-400"
              >
                Remove
              </button>
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        onClick={onClearAll}
        className="mt-4 rounded-md bg-sky-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-700"
      >
        Clear all filters
      </button>
    </div>
  );
}

/** The API's own message, and a way to try again. */
export function ErrorState({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <div role="alert" className="p-8 text-rose-800 dark:text-rose-200">
      <p className="font-medium">The scores could not be loaded.</p>
      <p className="mt-1 text-sm">{message}</p>
      <button
        type="button"
        onClick={onRetry}
        className="mt-3 rounded-md border border-rose-300 px-3 py-1 text-sm font-medium hover:bg-rose-50 dark:border-rose-700 dark:hover:bg-rose-950"
      >
        Retry
      </button>
    </div>
  );
}
