import type { SortField } from "@/lib/scores/filters";

/**
 * The explorer's columns by id. Ids double as `cols=` values in the URL and, for sortable
 * columns, as the API's `sort` field, so a header click writes the id it shows.
 */
export const scoreColumnIds = [
  "timestamp",
  "name",
  "value",
  "source",
  "subject",
  "author",
  "queue",
  "environment",
  "comment",
  "id",
  "dataType",
  "metadata",
  "createdAt",
  "updatedAt",
] as const;
export type ScoreColumnId = (typeof scoreColumnIds)[number];

export const defaultVisibleColumns: readonly ScoreColumnId[] = scoreColumnIds.slice(0, 9);

export const columnLabels: Record<ScoreColumnId, string> = {
  timestamp: "Time",
  name: "Label",
  value: "Value",
  source: "Source",
  subject: "Subject",
  author: "Annotator",
  queue: "Queue",
  environment: "Environment",
  comment: "Comment",
  id: "Id",
  dataType: "Data type",
  metadata: "Metadata",
  createdAt: "Created",
  updatedAt: "Updated",
};

export const defaultColumnWidths: Record<ScoreColumnId, number> = {
  timestamp: 168,
  name: 160,
  value: 170,
  source: 108,
  subject: 210,
  author: 150,
  queue: 140,
  environment: 120,
  comment: 260,
  id: 230,
  dataType: 110,
  metadata: 220,
  createdAt: 168,
  updatedAt: 168,
};

export const sortableColumns = new Set<string>([
  "timestamp",
  "name",
  "value",
  "createdAt",
  "updatedAt",
] satisfies SortField[]);

export const isScoreColumnId = (id: string): id is ScoreColumnId =>
  (scoreColumnIds as readonly string[]).includes(id);

/** Every column in display order: the visible ones as chosen, then the hidden ones in their usual place. */
export function columnOrderOf(visible: readonly string[]): ScoreColumnId[] {
  const shown = visible.filter(isScoreColumnId);
  return [...shown, ...scoreColumnIds.filter((id) => !shown.includes(id))];
}
