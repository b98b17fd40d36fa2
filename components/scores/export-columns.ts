import type { CsvColumn } from "@/lib/scores/export/csv";
import type { ScoreListParams } from "@/lib/scores/filters";
import { serializeParams, withoutDefaults } from "./explorer-url";
import type { ScoreColumnId } from "./score-column-ids";

/** The CSV columns behind each explorer column: what the cell shows (names, not ids). */
export const csvColumnsOf: Record<ScoreColumnId, readonly CsvColumn[]> = {
  timestamp: ["timestamp"],
  name: ["name"],
  value: ["value"],
  source: ["source"],
  subject: ["subjectKind", "subjectId"],
  author: ["authorName"],
  queue: ["queueName"],
  environment: ["environment"],
  comment: ["comment"],
  id: ["id"],
  dataType: ["dataType"],
  metadata: ["metadata"],
  createdAt: ["createdAt"],
  updatedAt: ["updatedAt"],
};

export const visibleCsvColumns = (visible: readonly ScoreColumnId[]): CsvColumn[] =>
  visible.flatMap((id) => csvColumnsOf[id]);

/** The export's query string: the view's filters and sort; paging and totals mean nothing for a file. */
export function exportQueryOf(params: ScoreListParams, ids?: readonly string[]): string {
  const { limit: _limit, cursor: _cursor, page: _page, count: _count, ...rest } = withoutDefaults(params);
  return serializeParams(ids && ids.length > 0 ? { ...rest, id: [...ids] } : rest).toString();
}
