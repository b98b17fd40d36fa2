import { useCallback, useEffect, useMemo } from "react";
import { useColumnPrefs } from "@/lib/scores/use-column-prefs";
import {
  columnOrderOf,
  defaultVisibleColumns,
  isScoreColumnId,
  scoreColumnIds,
  type ScoreColumnId,
} from "./score-column-ids";

const NO_WIDTHS: Record<string, number> = {};

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

/**
 * Which columns show, in which order and how wide. The URL's `cols` wins (a shared link shows
 * the sender's columns); otherwise the last choice saved in this browser; otherwise the defaults.
 * A saved choice is written into the URL once loaded, so the address always describes the view.
 */
export function useExplorerColumns(
  urlColumns: string[] | null,
  setUrlColumns: (ids: string[] | null) => void,
) {
  const [prefs, updatePrefs] = useColumnPrefs();
  const saved = useMemo(() => {
    const ids = prefs.columns?.filter(isScoreColumnId) ?? [];
    return ids.length > 0 ? ids : null;
  }, [prefs.columns]);
  const visible = useMemo<ScoreColumnId[]>(
    () => (urlColumns?.filter(isScoreColumnId) ?? saved ?? [...defaultVisibleColumns]) as ScoreColumnId[],
    [urlColumns, saved],
  );

  useEffect(() => {
    if (urlColumns === null && saved && !sameList(saved, defaultVisibleColumns)) setUrlColumns(saved);
  }, [urlColumns, saved, setUrlColumns]);

  const setVisible = useCallback(
    (ids: ScoreColumnId[]) => {
      setUrlColumns(sameList(ids, defaultVisibleColumns) ? null : ids);
      updatePrefs((current) => ({ ...current, columns: ids }));
    },
    [setUrlColumns, updatePrefs],
  );
  const reset = useCallback(() => {
    setUrlColumns(null);
    updatePrefs(() => ({}));
  }, [setUrlColumns, updatePrefs]);
  const setWidths = useCallback(
    (widths: Record<string, number>) => updatePrefs((current) => ({ ...current, widths })),
    [updatePrefs],
  );

  return {
    visible,
    order: useMemo(() => columnOrderOf(visible), [visible]),
    visibility: useMemo(
      () => Object.fromEntries(scoreColumnIds.map((id) => [id, visible.includes(id)])),
      [visible],
    ),
    widths: prefs.widths ?? NO_WIDTHS,
    setVisible,
    reset,
    setWidths,
  };
}
