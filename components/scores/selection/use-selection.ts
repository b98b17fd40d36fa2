"use client";

import { useCallback, useState } from "react";
import { clickRow, EMPTY_SELECTION, toggleAllLoaded, type Selection } from "./selection-model";

/** A selection that belongs to one query: a new filter starts with nothing selected. */
export function useSelection(queryKey: string) {
  const [state, setState] = useState<{ key: string; selection: Selection }>({
    key: queryKey,
    selection: EMPTY_SELECTION,
  });
  const selection = state.key === queryKey ? state.selection : EMPTY_SELECTION;
  const update = useCallback(
    (change: (current: Selection) => Selection) =>
      setState((previous) => ({
        key: queryKey,
        selection: change(previous.key === queryKey ? previous.selection : EMPTY_SELECTION),
      })),
    [queryKey],
  );
  return {
    selection,
    click: useCallback(
      (rowIds: readonly string[], index: number, shift: boolean) =>
        update((s) => clickRow(s, rowIds, index, shift)),
      [update],
    ),
    toggleAll: useCallback(
      (rowIds: readonly string[]) => update((s) => toggleAllLoaded(s, rowIds)),
      [update],
    ),
    selectAllMatching: useCallback(() => update((s) => ({ ...s, allMatching: true })), [update]),
    clear: useCallback(() => update(() => EMPTY_SELECTION), [update]),
  };
}

export type SelectionApi = ReturnType<typeof useSelection>;
