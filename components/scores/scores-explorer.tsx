"use client";

import { useQueryClient } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { DataTable } from "@/components/data-table/data-table";
import { DrawerLoading } from "@/components/score-detail/drawer-loading";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { ScoreListParams } from "@/lib/scores/filters";
import { useExplorerKeys, type ExplorerKeyAction } from "@/lib/scores/use-explorer-keys";
import { useFilterOptions, useScoreFacets } from "@/lib/scores/use-score-facets";
import { scoreDetailQuery } from "@/lib/scores/use-score-detail";
import { useScoreFilters, type InitialExplorerUrl } from "@/lib/scores/use-score-filters";
import {
  fetchApi,
  scoreListPath,
  useScoreList,
  type ScoreJson,
  type ScoreListPage,
} from "@/lib/scores/use-score-list";
import { useViewer } from "@/components/shell/viewer-context";
import { hasPermission } from "@/lib/auth/roles";
import { useTimeZone } from "@/lib/scores/use-time-zone";
import { ExplorerActions } from "./explorer-actions";
import { withoutFilters } from "./explorer-url";
import { optionLabelOf } from "./facet-options";
import { FilterBar } from "./filter-bar";
import { FilterChips } from "./filter-chips";
import { chipsOf, withoutKeys, type Chip } from "./filter-chips-model";
import { ParamNotice } from "./param-notice";
import { buildScoreColumns } from "./score-columns";
import { scoreColumnIds } from "./score-column-ids";
import { StatusLine } from "./status-line";
import { EmptyState, ErrorState, TableSkeleton } from "./table-states";
import { useExplorerColumns } from "./use-explorer-columns";
import { useScoreStepper } from "./use-score-stepper";
import { SELECT_COLUMN_ID, selectColumn } from "./selection/select-column";
import { SelectionBar } from "./selection/selection-bar";
import { MAX_ALL_MATCHING, type Selection } from "./selection/selection-model";
import { MAX_LIST_ITEMS } from "@/lib/scores/filter-values";
import { useSelection } from "./selection/use-selection";

/**
 * The drawer, its JSON tree, editor and example requests load when a score opens (P11: first
 * load). Browser only: its data is fetched there, and may arrive before the code does, so a
 * server-rendered skeleton could not be hydrated.
 */
const ScoreDetail = dynamic(
  () => import("@/components/score-detail/score-detail").then((module) => module.ScoreDetail),
  { loading: DrawerLoading, ssr: false },
);

export const ROW_HEIGHT = 36;
const NO_ROWS: ScoreJson[] = [];

/** Header clicks: the same column flips the order, another column sorts by it, newest/highest first. */
function sortedBy(params: ScoreListParams, columnId: string): ScoreListParams {
  const current = params.sort ?? "timestamp";
  const order = params.order ?? "desc";
  if (current === columnId) return { ...params, order: order === "desc" ? "asc" : "desc" };
  return { ...params, sort: columnId as ScoreListParams["sort"], order: undefined };
}

/** All rows of the query when known; a capped total (10,000+) is not a count, so it is unknown. */
function rowCountOf(meta: ScoreListPage["meta"] | undefined, loaded: number, more: boolean): number | null {
  if (meta && meta.total !== null && !meta.totalIsLowerBound) return meta.total;
  return more ? null : loaded;
}

/** The scores explorer: filters, chips, the virtualized table and the open score, all held in the URL. */
export function ScoresExplorer({
  projectId,
  initialUrl,
}: {
  projectId: string;
  initialUrl: InitialExplorerUrl;
}) {
  const view = useScoreFilters(scoreColumnIds, initialUrl);
  const { params, setParams, openScore } = view;
  const list = useScoreList(projectId, view.listQuery);
  const facets = useScoreFacets(projectId, view.facetQuery);
  const options = useFilterOptions(projectId);
  const timeZone = useTimeZone();
  const columns = useExplorerColumns(view.columns, view.setColumns);
  const hydrated = useHydrated();
  const gridRef = useRef<HTMLTableElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  const rows = useMemo(() => list.data?.pages.flatMap((page) => page.data) ?? NO_ROWS, [list.data]);
  const meta = list.data?.pages[0]?.meta;
  const configs = useMemo(
    () => new Map((options.data?.configs ?? []).map((config) => [config.id, config])),
    [options.data],
  );
  const scoreColumns = useMemo(
    () => buildScoreColumns({ projectId, timeZone, configs }),
    [projectId, timeZone, configs],
  );

  // Selecting rows to put their subjects into a queue: for the roles that manage queues.
  const viewer = useViewer();
  const mayQueue = viewer !== null && hasPermission(viewer.role, "labels:manage");
  // The checkbox column shows once someone chooses to select rows, so the table stays as it was otherwise.
  const [selecting, setSelecting] = useState(false);
  const canQueue = mayQueue && selecting;
  const selection = useSelection(view.listQuery);
  const rowIds = useMemo(() => rows.map((row) => row.id), [rows]);
  const { click: clickSelect, toggleAll } = selection;
  const columnDefs = useMemo(
    () =>
      canQueue
        ? [
            selectColumn<ScoreJson>({
              selection: selection.selection,
              rowIds,
              onClick: (index, shift) => clickSelect(rowIds, index, shift),
              onToggleAll: () => toggleAll(rowIds),
            }),
            ...scoreColumns,
          ]
        : scoreColumns,
    [canQueue, selection.selection, rowIds, clickSelect, toggleAll, scoreColumns],
  );
  const columnOrder = useMemo(
    () => (canQueue ? [SELECT_COLUMN_ID, ...columns.order] : columns.order),
    [canQueue, columns.order],
  );
  const loadAllMatching = useCallback(async () => {
    const found: ScoreJson[] = [];
    let cursor: string | null = null;
    const query = new URLSearchParams(view.listQuery);
    query.set("limit", "500");
    do {
      const page: ScoreListPage = await fetchApi<ScoreListPage>(
        scoreListPath(projectId, query.toString(), cursor),
      );
      found.push(...page.data);
      cursor = page.meta.nextCursor;
    } while (cursor && found.length < MAX_ALL_MATCHING);
    return found.slice(0, MAX_ALL_MATCHING);
  }, [projectId, view.listQuery]);

  // The row focus belongs to one query: a new filter starts with no row focused.
  const [active, setActive] = useState({ query: view.listQuery, index: -1 });
  const activeIndex = active.query === view.listQuery ? active.index : -1;
  const focusRow = useCallback(
    (index: number) => setActive({ query: view.listQuery, index }),
    [view.listQuery],
  );

  const onRowClick = useCallback(
    (index: number) => {
      focusRow(index);
      if (rows[index]) openScore(rows[index].id);
    },
    [focusRow, rows, openScore],
  );
  const { hasNextPage, isFetchingNextPage, isPlaceholderData, isError, fetchNextPage } = list;
  const onNearEnd = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage && !isPlaceholderData && !isError) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, isPlaceholderData, isError, fetchNextPage]);

  // The open score's data is fetched alongside the drawer's code, not after it.
  const queryClient = useQueryClient();
  useEffect(() => {
    if (view.scoreId) void queryClient.prefetchQuery(scoreDetailQuery(projectId, view.scoreId));
  }, [queryClient, projectId, view.scoreId]);

  const stepper = useScoreStepper({ rows, list, openId: view.scoreId, activeIndex, focusRow, openScore });

  useExplorerKeys(gridRef, (action: ExplorerKeyAction) => {
    if (action === "step-previous" || action === "step-next") {
      if (!view.scoreId) return false;
      stepper.onStep(action === "step-next" ? "next" : "previous");
      return true;
    }
    if (action === "search") {
      searchRef.current?.focus();
      return true;
    }
    if (action === "close") {
      if (!view.scoreId) return false;
      openScore(null);
      return true;
    }
    if (action === "open") {
      const row = rows[activeIndex];
      if (row) openScore(row.id);
      return Boolean(row);
    }
    if (rows.length === 0) return false;
    const steps = { next: activeIndex + 1, previous: activeIndex - 1, first: 0, last: rows.length - 1 };
    focusRow(Math.min(rows.length - 1, Math.max(0, steps[action])));
    gridRef.current?.focus({ preventScroll: true });
    return true;
  });

  const labelOf = (key: Parameters<typeof optionLabelOf>[0], value: string) =>
    optionLabelOf(key, value, facets.data, options.data);
  const chips = chipsOf(params, labelOf, timeZone);
  const removeChip = (chip: Chip) => setParams((p) => withoutKeys(p, chip.keys));
  const clearAll = () => setParams(withoutFilters);

  let placeholder = null;
  if (list.isPending) placeholder = <TableSkeleton />;
  else if (rows.length === 0 && list.isError) {
    placeholder = <ErrorState message={list.error.message} onRetry={() => void list.refetch()} />;
  } else if (rows.length === 0) {
    placeholder = (
      <EmptyState chips={chips} facets={facets.data} onRemove={removeChip} onClearAll={clearAll} />
    );
  }

  return (
    <div className="flex flex-col gap-3" data-hydrated={hydrated || undefined}>
      <ParamNotice dropped={view.notice} onDismiss={view.dismissNotice} />
      <ExplorerActions
        projectId={projectId}
        params={params}
        urlColumns={view.columns}
        visibleColumns={columns.visible}
        knownTotal={meta && !meta.totalIsLowerBound && !meta.totalIsEstimate ? meta.total : null}
        selectedIds={exportableSelection(selection.selection)}
      />
      <FilterBar
        params={params}
        setParams={setParams}
        facets={facets.data}
        options={options.data}
        searchRef={searchRef}
        columns={columns.visible}
        onColumnsChange={columns.setVisible}
        onColumnsReset={columns.reset}
      />
      <FilterChips chips={chips} onRemove={removeChip} onClearAll={clearAll} />
      {canQueue ? (
        <SelectionBar
          projectId={projectId}
          selection={selection.selection}
          rows={rows}
          matching={rowCountOf(meta, rows.length, hasNextPage)}
          loadAllMatching={loadAllMatching}
          onSelectAllMatching={selection.selectAllMatching}
          onClear={selection.clear}
        />
      ) : null}
      <DataTable
        label="Scores"
        rows={rows}
        columns={columnDefs}
        getRowId={(score) => score.id}
        rowCount={rowCountOf(meta, rows.length, hasNextPage)}
        rowHeight={ROW_HEIGHT}
        sorting={[{ id: params.sort ?? "timestamp", desc: (params.order ?? "desc") === "desc" }]}
        onSort={(columnId) => setParams((p) => sortedBy(p, columnId))}
        columnOrder={columnOrder}
        columnVisibility={columns.visibility}
        columnSizing={columns.widths}
        onColumnSizingChange={columns.setWidths}
        activeIndex={activeIndex}
        onRowClick={onRowClick}
        onNearEnd={onNearEnd}
        resetKey={view.listQuery}
        gridRef={gridRef}
        busy={list.isFetching}
        placeholder={placeholder}
      />
      {mayQueue ? (
        <div>
          <button
            type="button"
            aria-pressed={selecting}
            onClick={() => {
              if (selecting) selection.clear();
              setSelecting(!selecting);
            }}
            className="rounded-md border border-slate-300 px-2.5 py-1 text-sm text-slate-800 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-100 dark:hover:bg-slate-800"
          >
            {selecting ? "Stop selecting rows" : "Select rows"}
          </button>
        </div>
      ) : null}
      <StatusLine
        loaded={isPlaceholderData ? null : rows.length}
        meta={isPlaceholderData ? undefined : meta}
        failed={isError && rows.length === 0}
        fetchingMore={isFetchingNextPage}
        failedMore={isError && rows.length > 0 ? list.error.message : null}
        onRetry={() => void fetchNextPage()}
      />
      {view.scoreId && (
        <ScoreDetail
          mode="drawer"
          projectId={projectId}
          scoreId={view.scoreId}
          loaded={rows.find((row) => row.id === view.scoreId)}
          onClose={() => openScore(null)}
          stepper={stepper}
          onOpenScore={openScore}
        />
      )}
    </div>
  );
}

/** Selected rows go to the export as the list's `id=` filter, which takes up to 100 ids. */
function exportableSelection(selection: Selection): string[] | undefined {
  if (selection.allMatching || selection.ids.size === 0 || selection.ids.size > MAX_LIST_ITEMS)
    return undefined;
  return [...selection.ids];
}
