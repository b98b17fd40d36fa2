/**
 * Row selection of a list, free of React so other features (export) can reuse it: explicit ids
 * with a shift-click range from the last clicked row, or "every row matching the filter" (up
 * to a stated limit, resolved by whoever acts on it).
 */
export type Selection = {
  ids: ReadonlySet<string>;
  /** Index of the last row clicked without shift: the other end of a shift-click range. */
  anchor: number | null;
  allMatching: boolean;
};

export const EMPTY_SELECTION: Selection = { ids: new Set(), anchor: null, allMatching: false };

/** Rows an "all matching" action reads at most. */
export const MAX_ALL_MATCHING = 1000;

/**
 * A click on row `index`. Without shift: that row flips. With shift and an anchor: every row
 * between the anchor and `index` takes the state the anchor row has.
 */
export function clickRow(
  selection: Selection,
  rowIds: readonly string[],
  index: number,
  shift: boolean,
): Selection {
  const id = rowIds[index];
  if (id === undefined) return selection;
  const ids = new Set(selection.ids);
  if (shift && selection.anchor !== null && rowIds[selection.anchor] !== undefined) {
    const on = ids.has(rowIds[selection.anchor]);
    const [from, to] = selection.anchor < index ? [selection.anchor, index] : [index, selection.anchor];
    for (let i = from; i <= to; i++) {
      if (on) ids.add(rowIds[i]);
      else ids.delete(rowIds[i]);
    }
    return { ids, anchor: selection.anchor, allMatching: false };
  }
  if (ids.has(id)) ids.delete(id);
  else ids.add(id);
  return { ids, anchor: index, allMatching: false };
}

/** The header checkbox: selects every loaded row, or clears when all are selected. */
export function toggleAllLoaded(selection: Selection, rowIds: readonly string[]): Selection {
  const all = rowIds.length > 0 && rowIds.every((id) => selection.ids.has(id));
  return { ids: all ? new Set() : new Set(rowIds), anchor: null, allMatching: false };
}

export type SubjectRef = { objectType: "trace" | "observation" | "session"; objectId: string };

/** The distinct subjects of scored rows, in row order; experiments cannot go into a queue. */
export function subjectsOf(rows: readonly { subject: { kind: string; id: string } }[]): SubjectRef[] {
  const seen = new Set<string>();
  const subjects: SubjectRef[] = [];
  for (const { subject } of rows) {
    if (subject.kind !== "trace" && subject.kind !== "observation" && subject.kind !== "session") continue;
    const key = `${subject.kind}:${subject.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    subjects.push({ objectType: subject.kind, objectId: subject.id });
  }
  return subjects;
}
