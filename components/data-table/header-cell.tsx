"use client";

import { flexRender, type Header, type RowData } from "@tanstack/react-table";
import type { DataTableFeatures } from "./table-features";

const RESIZE_STEP = 16;

type HeaderCellProps<T extends RowData> = {
  header: Header<DataTableFeatures, T, unknown>;
  /** Called with the column id when a sortable header is clicked. */
  onSort: (columnId: string) => void;
  /** Keyboard resizing: the new width for the column. */
  onResize: (columnId: string, width: number) => void;
};

const ariaSortOf = (sorted: false | "asc" | "desc") =>
  sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined;

/** A column header: a sort button when the column sorts, and a resize handle for mouse, touch and keys. */
export function HeaderCell<T extends RowData>({ header, onSort, onResize }: HeaderCellProps<T>) {
  const { column } = header;
  const meta = column.columnDef.meta;
  const sorted = column.getIsSorted();
  const label = flexRender(column.columnDef.header, header.getContext());
  const resize = header.getResizeHandler();
  return (
    <th
      role="columnheader"
      aria-sort={ariaSortOf(sorted)}
      className="relative flex items-center border-b border-slate-200 bg-slate-100 px-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-600 dark:border-slate-700 dark:bg-slate-800 dark:text-slate-300"
      style={{ width: header.getSize() }}
    >
      {meta?.sortField ? (
        <button
          type="button"
          onClick={() => onSort(column.id)}
          className="flex min-w-0 items-center gap-1 rounded uppercase hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-sky-600 dark:hover:text-white"
          title={`Sort by ${meta.label}`}
        >
          <span className="truncate">{label}</span>
          <span aria-hidden className="w-3 text-[10px]">
            {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : ""}
          </span>
        </button>
      ) : (
        <span className="truncate">{label}</span>
      )}
      {column.getCanResize() && (
        <div
          role="separator"
          aria-orientation="vertical"
          aria-label={`Resize ${meta?.label ?? column.id} column`}
          aria-valuenow={header.getSize()}
          tabIndex={0}
          onMouseDown={resize}
          onTouchStart={resize}
          onDoubleClick={() => column.resetSize()}
          onKeyDown={(event) => {
            const step =
              event.key === "ArrowRight" ? RESIZE_STEP : event.key === "ArrowLeft" ? -RESIZE_STEP : 0;
            if (step === 0) return;
            event.preventDefault();
            onResize(column.id, header.getSize() + step);
          }}
          className={`absolute top-0 right-0 h-full w-1.5 cursor-col-resize touch-none select-none hover:bg-sky-400 focus-visible:bg-sky-500 focus-visible:outline-none ${
            column.getIsResizing() ? "bg-sky-500" : ""
          }`}
        />
      )}
    </th>
  );
}
