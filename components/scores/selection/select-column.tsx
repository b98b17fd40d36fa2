import { createColumnHelper } from "@tanstack/react-table";
import type { DataColumn, DataTableFeatures } from "@/components/data-table/table-features";
import type { Selection } from "./selection-model";

export const SELECT_COLUMN_ID = "select";

type Row = { id: string };

/** The checkbox column: a click (shift-click for a range) selects without opening the row. */
export function selectColumn<T extends Row>(options: {
  selection: Selection;
  rowIds: readonly string[];
  onClick: (index: number, shift: boolean) => void;
  onToggleAll: () => void;
}): DataColumn<T> {
  const helper = createColumnHelper<DataTableFeatures, T>();
  const { selection, rowIds } = options;
  const allLoaded = rowIds.length > 0 && rowIds.every((id) => selection.ids.has(id));
  return helper.display({
    id: SELECT_COLUMN_ID,
    size: 36,
    minSize: 36,
    maxSize: 36,
    enableResizing: false,
    meta: { label: "Select" },
    header: () => (
      <input
        type="checkbox"
        aria-label="Select all loaded rows"
        checked={allLoaded || selection.allMatching}
        onChange={options.onToggleAll}
      />
    ),
    cell: ({ row }) => (
      <input
        type="checkbox"
        aria-label={`Select row ${rowIds.indexOf(row.original.id) + 1}`}
        checked={selection.allMatching || selection.ids.has(row.original.id)}
        onClick={(event) => {
          event.stopPropagation();
          options.onClick(rowIds.indexOf(row.original.id), event.shiftKey);
        }}
        onChange={() => undefined}
      />
    ),
  }) as DataColumn<T>;
}
