import {
  columnOrderingFeature,
  columnResizingFeature,
  columnSizingFeature,
  columnVisibilityFeature,
  metaHelper,
  rowSortingFeature,
  tableFeatures,
  type ColumnDef,
  type ReactTable,
  type RowData,
} from "@tanstack/react-table";

/**
 * The features every data table here registers. Rows arrive sorted and paged by the server,
 * so no client row model is registered: sorting is state only (`manualSorting`).
 */
export type DataColumnMeta = {
  /** The column's name for menus and accessible labels (headers may render more than text). */
  label: string;
  /** Sort field written when the header is clicked; no value means the column does not sort. */
  sortField?: string;
};

export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  columnOrderingFeature,
  columnSizingFeature,
  columnResizingFeature,
  columnMeta: metaHelper<DataColumnMeta>(),
});

export type DataTableFeatures = typeof dataTableFeatures;
// Columns hold cells of different value types; `any` is what the helper itself returns.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type DataColumn<T extends RowData> = ColumnDef<DataTableFeatures, T, any>;
export type DataTable<T extends RowData> = ReactTable<DataTableFeatures, T>;
