import { createColumnHelper } from "@tanstack/react-table";
import Link from "next/link";
import type { LabelConfig } from "@/lib/scores/use-score-facets";
import type { ScoreJson } from "@/lib/scores/use-score-list";
import type { DataColumn, DataTableFeatures } from "@/components/data-table/table-features";
import {
  clipText,
  dataTypeLabels,
  formatTimestamp,
  jsonPreview,
  sourceLabels,
  subjectKindLabels,
} from "./format";
import { columnLabels, defaultColumnWidths, sortableColumns, type ScoreColumnId } from "./score-column-ids";
import { EMPTY_CELL, ScoreValue } from "./value-cell";

/** What cells need beyond the row: where links go, which zone times are in, each label's scale. */
export type ScoreColumnContext = {
  projectId: string;
  timeZone: string;
  configs: Map<string, LabelConfig>;
};

const helper = createColumnHelper<DataTableFeatures, ScoreJson>();

type Sized = { getSize: () => number };

/** Plain text in the cell (which truncates with an ellipsis), or a dash when there is none. */
const text = (value: string | null | undefined, column: Sized) =>
  value ? clipText(value, column.getSize()) : EMPTY_CELL;

const base = (id: ScoreColumnId) => ({
  id,
  header: columnLabels[id],
  size: defaultColumnWidths[id],
  minSize: 60,
  maxSize: 1200,
  meta: { label: columnLabels[id], sortField: sortableColumns.has(id) ? id : undefined },
});

export function buildScoreColumns(context: ScoreColumnContext): DataColumn<ScoreJson>[] {
  const time = (iso: string) => formatTimestamp(iso, context.timeZone);
  return helper.columns([
    helper.accessor("timestamp", { ...base("timestamp"), cell: (info) => time(info.getValue()) }),
    helper.accessor("name", { ...base("name"), cell: (info) => text(info.getValue(), info.column) }),
    helper.display({
      ...base("value"),
      cell: ({ row, column }) => (
        <ScoreValue
          score={row.original}
          config={row.original.configId ? context.configs.get(row.original.configId) : undefined}
          width={column.getSize()}
        />
      ),
    }),
    helper.display({ ...base("source"), cell: ({ row }) => sourceLabels[row.original.source] }),
    helper.display({
      ...base("subject"),
      cell: ({ row }) => {
        const { kind, id } = row.original.subject;
        return (
          <Link
            prefetch={false}
            href={`/projects/${encodeURIComponent(context.projectId)}/subjects/${kind}/${encodeURIComponent(id)}`}
            onClick={(event) => event.stopPropagation()}
            className="text-sky-700 hover:underline dark:text-sky-400"
          >
            {`${subjectKindLabels[kind]} · ${id}`}
          </Link>
        );
      },
    }),
    helper.display({
      ...base("author"),
      cell: ({ row, column }) =>
        text(row.original.author?.name ?? row.original.authorLabel ?? row.original.authorUserId, column),
    }),
    helper.display({ ...base("queue"), cell: ({ row, column }) => text(row.original.queue?.name, column) }),
    helper.accessor("environment", {
      ...base("environment"),
      cell: (info) => text(info.getValue(), info.column),
    }),
    helper.accessor("comment", { ...base("comment"), cell: (info) => text(info.getValue(), info.column) }),
    helper.accessor("id", { ...base("id"), cell: (info) => info.getValue() }),
    helper.display({ ...base("dataType"), cell: ({ row }) => dataTypeLabels[row.original.dataType] }),
    helper.display({
      ...base("metadata"),
      cell: ({ row, column }) =>
        row.original.metadata == null ? EMPTY_CELL : text(jsonPreview(row.original.metadata), column),
    }),
    helper.accessor("createdAt", { ...base("createdAt"), cell: (info) => time(info.getValue()) }),
    helper.accessor("updatedAt", { ...base("updatedAt"), cell: (info) => time(info.getValue()) }),
  ]);
}
