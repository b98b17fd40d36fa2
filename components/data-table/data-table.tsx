"use client";

import { useTable, type RowData, type SortingState } from "@tanstack/react-table";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useCallback, useEffect, useId, useMemo, useRef, type ReactNode, type RefObject } from "react";
import { DataRow } from "./data-row";
import styles from "./data-table.module.css";
import { HeaderCell } from "./header-cell";
import { dataTableFeatures, type DataColumn } from "./table-features";
import { useFillHeight } from "./use-fill-height";

/**
 * A generic virtualized table: TanStack Table for columns, headers, sorting and sizing state,
 * TanStack Virtual for the rows. Rows have a fixed height, so the DOM holds only the rows in view
 * (plus overscan) whatever the number loaded, and the table model is built for that window only:
 * loading page 1,000 costs as much as loading page 1.
 *
 * Rows sit in normal flow inside a <tbody> moved into place with one transform, and are keyed
 * by their position in the window: scrolling changes one transform and the text of existing
 * rows, and never creates or moves row elements. Building and restyling elements is what a
 * fast scroll pays for on a slow machine; changing text is nearly free (P10).
 */
export type DataTableProps<T extends RowData> = {
  label: string;
  rows: readonly T[];
  columns: DataColumn<T>[];
  getRowId: (row: T) => string;
  /** All rows the query matches (aria-rowcount), or null when unknown. */
  rowCount: number | null;
  rowHeight: number;
  sorting: SortingState;
  onSort: (columnId: string) => void;
  columnOrder: string[];
  columnVisibility: Record<string, boolean>;
  columnSizing: Record<string, number>;
  onColumnSizingChange: (sizing: Record<string, number>) => void;
  activeIndex: number;
  onRowClick: (index: number) => void;
  /** Asked for when the user nears the last loaded row. */
  onNearEnd: () => void;
  /** The table scrolls back to the top whenever this changes (a new query). */
  resetKey: string;
  gridRef: RefObject<HTMLTableElement | null>;
  busy: boolean;
  /** Shown under the header instead of rows (loading, empty, error). */
  placeholder?: ReactNode;
  footerHeight?: number;
};

const OVERSCAN = 6;
const NEAR_END_ROWS = 30;
const SERVER_VIEWPORT = { width: 1280, height: 720 };

export function DataTable<T extends RowData>(props: DataTableProps<T>) {
  const { rows, rowHeight, activeIndex, onNearEnd, getRowId, columnSizing, onColumnSizingChange } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const height = useFillHeight(scrollRef, props.footerHeight ?? 40);
  const idPrefix = useId();

  // The React Compiler is not enabled here; rows memoize on their data instead (data-row.tsx).
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: OVERSCAN,
    initialRect: SERVER_VIEWPORT,
    // The sticky header sits above the first row inside the scroll box.
    scrollPaddingStart: rowHeight,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? -1;
  const windowRows = useMemo(() => rows.slice(first, last + 1), [rows, first, last]);

  const table = useTable({
    features: dataTableFeatures,
    columns: props.columns,
    data: windowRows as T[],
    getRowId: (row) => getRowId(row),
    manualSorting: true,
    enableSortingRemoval: false,
    columnResizeMode: "onChange",
    state: {
      sorting: props.sorting,
      columnOrder: props.columnOrder,
      columnVisibility: props.columnVisibility,
      columnSizing,
    },
    onColumnSizingChange: (updater) =>
      onColumnSizingChange(typeof updater === "function" ? updater(columnSizing) : updater),
  });

  useEffect(() => {
    if (last >= 0 && last >= rows.length - NEAR_END_ROWS) onNearEnd();
  }, [last, rows.length, onNearEnd]);

  useEffect(() => {
    if (activeIndex >= 0) virtualizer.scrollToIndex(activeIndex, { align: "auto" });
  }, [activeIndex, virtualizer]);

  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [props.resetKey]);

  const onResize = useCallback(
    (columnId: string, width: number) => onColumnSizingChange({ ...columnSizing, [columnId]: width }),
    [columnSizing, onColumnSizingChange],
  );
  const visibleColumns = table.getVisibleLeafColumns();
  const layoutKey = visibleColumns.map((column) => `${column.id}:${column.getSize()}`).join(",");
  const rowDomId = (index: number) => `${idPrefix}-row-${index}`;
  const modelRows = table.getRowModel().rows;

  return (
    <div
      ref={scrollRef}
      className="relative overflow-auto rounded-lg border border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900"
      style={{ height: height ?? "70vh" }}
    >
      <table
        ref={props.gridRef}
        role="grid"
        aria-label={props.label}
        aria-rowcount={props.rowCount === null ? -1 : props.rowCount + 1}
        aria-colcount={visibleColumns.length}
        aria-busy={props.busy}
        aria-activedescendant={
          activeIndex >= 0 && activeIndex < rows.length ? rowDomId(activeIndex) : undefined
        }
        tabIndex={0}
        className="block focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-sky-600"
        style={{
          width: table.getTotalSize(),
          minWidth: "100%",
          height: rowHeight + virtualizer.getTotalSize(),
        }}
      >
        <thead role="rowgroup" className="sticky top-0 z-10 block">
          {table.getHeaderGroups().map((group) => (
            <tr
              key={group.id}
              role="row"
              aria-rowindex={1}
              className="flex w-full"
              style={{ height: rowHeight }}
            >
              {group.headers.map((header) => (
                <HeaderCell key={header.id} header={header} onSort={props.onSort} onResize={onResize} />
              ))}
            </tr>
          ))}
        </thead>
        <tbody
          role="rowgroup"
          className={styles.body}
          style={{
            transform: `translateY(${items[0]?.start ?? 0}px)`,
            ["--row-height" as string]: `${rowHeight}px`,
          }}
        >
          {items.map((item, position) => {
            const row = modelRows[item.index - first];
            if (!row) return null;
            return (
              <DataRow
                key={position}
                row={row}
                index={item.index}
                domId={rowDomId(item.index)}
                active={item.index === activeIndex}
                layoutKey={layoutKey}
                columns={props.columns}
                onRowClick={props.onRowClick}
              />
            );
          })}
        </tbody>
      </table>
      {props.placeholder}
    </div>
  );
}
