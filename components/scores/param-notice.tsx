"use client";

import type { DroppedParam } from "@/lib/scores/filter-codec";

/** Parameters of a hand-edited URL that were not understood: named, dropped, dismissible. */
export function ParamNotice({ dropped, onDismiss }: { dropped: DroppedParam[]; onDismiss: () => void }) {
  if (dropped.length === 0) return null;
  return (
    <div
      role="status"
      className="flex items-start gap-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <div className="flex-1">
        <p className="font-medium">
          {dropped.length === 1 ? "One parameter" : `${dropped.length} parameters`} in the address could not
          be used and {dropped.length === 1 ? "was" : "were"} ignored:
        </p>
        <ul className="mt-1 list-disc pl-5">
          {dropped.map((item, index) => (
            <li key={`${item.key}-${index}`}>
              <code className="font-mono">
                {item.key}={item.value}
              </code>{" "}
              — {item.message}
            </li>
          ))}
        </ul>
      </div>
      <button
        type="button"
        onClick={onDismiss}
        className="rounded px-2 py-0.5 text-sm font-medium hover:bg-amber-100 dark:hover:bg-amber-900"
      >
        Dismiss
      </button>
    </div>
  );
}
