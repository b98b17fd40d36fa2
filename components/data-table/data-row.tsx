"use client";

import { flexRender, type Row, type RowData } from "@tanstack/react-table";
import { memo } from "react";
import styles from "./data-table.module.css";
import type { DataTableFeatures } from "./table-features";

type DataRowProps<T extends RowData> = {
  row: Row<DataTableFeatures, T>;
  /** Position among all loaded rows (the table model holds only the rendered window). */
  index: number;
  domId: string;
  active: boolean;
  /** Changes whenever column order, visibility or widths change, so a memoized row redraws. */
  layoutKey: string;
  /** The column definitions: new cell renderers (e.g. once label scales load) redraw the rows. */
  columns: unknown;
  onRowClick: (index: number) => void;
};

function DataRowView<T extends RowData>({ row, index, domId, active, onRowClick }: DataRowProps<T>) {
  return (
    <tr
      id={domId}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={active}
      onClick={() => onRowClick(index)}
      className={styles.row}
    >
      {row.getVisibleCells().map((cell) => (
        // Keyed by column, not by cell id: when the row shows another score, its cells stay and only their content changes.
        <td
          key={cell.column.id}
          role="gridcell"
          className={styles.cell}
          style={{ width: cell.column.getSize() }}
        >
          {flexRender(cell.column.columnDef.cell, cell.getContext())}
        </td>
      ))}
    </tr>
  );
}

/**
 * A row redraws only when what it shows changes (the Row object itself is rebuilt with each
 * window, so it is compared by its data): scrolling inside the rendered window redraws nothing.
 */
export const DataRow = memo(
  DataRowView,
  (before, after) =>
    before.row.original === after.row.original &&
    before.index === after.index &&
    before.active === after.active &&
    before.layoutKey === after.layoutKey &&
    before.columns === after.columns &&
    before.onRowClick === after.onRowClick,
) as typeof DataRowView;
