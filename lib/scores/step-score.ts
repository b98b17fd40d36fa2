/**
 * `[` and `]` in the open drawer: the previous or next score in the explorer's list order. The
 * open score may not be a loaded row (opened from a link, or filtered out since); then the
 * table's focused row is the place to step from. Past the last loaded row the next page is
 * fetched first, when there is one.
 */
export type StepDirection = "previous" | "next";

export type Step = { kind: "open"; index: number } | { kind: "load-more" } | { kind: "none" };

/** Where the open score sits in the loaded rows, else the focused row (-1: before the first row). */
export function stepOriginOf(ids: readonly { id: string }[], openId: string, focusedIndex: number): number {
  const index = ids.findIndex((row) => row.id === openId);
  return index >= 0 ? index : focusedIndex;
}

export function stepOf(origin: number, direction: StepDirection, loaded: number, hasMore: boolean): Step {
  if (direction === "previous")
    return origin > 0 ? { kind: "open", index: Math.min(origin, loaded) - 1 } : NONE;
  const index = Math.max(origin, -1) + 1;
  if (index < loaded) return { kind: "open", index };
  return hasMore ? { kind: "load-more" } : NONE;
}

const NONE: Step = { kind: "none" };

/** Whether the Prev/Next buttons can do anything. */
export function stepsAvailable(origin: number, loaded: number, hasMore: boolean) {
  return {
    previous: stepOf(origin, "previous", loaded, hasMore).kind !== "none",
    next: stepOf(origin, "next", loaded, hasMore).kind !== "none",
  };
}
