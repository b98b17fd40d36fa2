"use client";

import type { Chip } from "./filter-chips-model";

type FilterChipsProps = {
  chips: Chip[];
  onRemove: (chip: Chip) => void;
  onClearAll: () => void;
};

/** The active filters as removable chips, with "Clear all". */
export function FilterChips({ chips, onRemove, onClearAll }: FilterChipsProps) {
  if (chips.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-1.5" aria-label="Active filters" role="list">
      {chips.map((chip) => (
        <span
          key={chip.id}
          role="listitem"
          className="flex items-center gap-1 rounded-full border border-sky-200 bg-sky-50 py-0.5 pr-1 pl-2.5 text-xs text-sky-900 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-100"
        >
          <span className="text-sky-700 dark:text-sky-300">{chip.label}:</span>
          <span className="max-w-72 truncate font-medium">{chip.text}</span>
          <button
            type="button"
            onClick={() => onRemove(chip)}
            aria-label={`Remove filter ${chip.label}: ${chip.text}`}
            className="flex h-5 w-5 items-center justify-center rounded-full hover:bg-sky-200 focus-visible:outline-2 focus-visible:outline-sky-600 dark:hover:bg-sky-800"
          >
            <span aria-hidden>×</span>
          </button>
        </span>
      ))}
      <button
        type="button"
        onClick={onClearAll}
        className="rounded px-2 text-xs font-medium text-slate-600 hover:underline dark:text-slate-300"
      >
        Clear all
      </button>
    </div>
  );
}
