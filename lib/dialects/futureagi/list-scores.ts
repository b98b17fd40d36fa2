import type { Database } from "@/db/client";
import { subjectKinds, type ScoreRow } from "@/db/schema";
import { MAX_LIMIT } from "@/lib/scores/filters";
import { countScores, listScores } from "@/lib/scores/query";
import type { ScoreFilters } from "@/lib/scores/score-query";
import { subjectIdKeyOf, type SourceTypeAlias } from "./aliases";
import { toSubjectKind } from "./fields";
import { formatScore, loadFormatContext } from "./format-score";
import { assertPageExists, pageEnvelope, pagingOf } from "./pagination";
import type { ForSourceQuery, ListQuery } from "./requests";

/**
 * The score reads: the paged list (newest first by `created_at`, as upstream) and `for-source`
 * (every score on one object, unpaged, by label name then newest). Both lower their parameters
 * to the canonical filters and run the engine.
 */
type SourceFilter = {
  source_type?: SourceTypeAlias;
  source_id?: string;
  label_id?: string;
  annotator_id?: string;
};

export function filtersOf(query: SourceFilter): ScoreFilters {
  const filters: ScoreFilters = {};
  if (query.label_id) filters.configId = [query.label_id];
  if (query.annotator_id) filters.authorUserId = [query.annotator_id];
  if (query.source_type) {
    const kind = toSubjectKind(query.source_type);
    filters.subjectKind = [kind];
    if (query.source_id) filters[subjectIdKeyOf[kind]] = [query.source_id];
  } else if (query.source_id) {
    // Upstream ignores source_id without source_type; here it finds the object under any kind.
    const id = query.source_id;
    filters.where = {
      or: subjectKinds.map((kind) => ({
        and: [
          { field: "subjectKind" as const, op: "eq" as const, value: kind },
          { field: subjectIdKeyOf[kind], op: "eq" as const, value: id },
        ],
      })),
    };
  }
  return filters;
}

/** GET /model-hub/scores/ */
export async function listScoresPage(db: Database, projectId: string, query: ListQuery, url: URL) {
  const paging = pagingOf(query);
  const filters = filtersOf(query);
  const [total, page] = await Promise.all([
    countScores(db, projectId, filters, "exact"),
    listScores(db, {
      projectId,
      filters,
      sort: "createdAt",
      order: "desc",
      limit: paging.pageSize,
      page: paging.page,
      count: "none",
    }),
  ]);
  const count = total.total ?? 0;
  assertPageExists(paging, count);
  const context = await loadFormatContext(db, projectId, page.rows);
  return pageEnvelope(
    url,
    paging,
    count,
    page.rows.map((row) => formatScore(row, context)),
  );
}

async function listAllScores(db: Database, projectId: string, filters: ScoreFilters): Promise<ScoreRow[]> {
  const rows: ScoreRow[] = [];
  let cursor: string | undefined;
  do {
    const page = await listScores(db, {
      projectId,
      filters,
      sort: "createdAt",
      order: "desc",
      limit: MAX_LIMIT,
      cursor,
      count: "none",
    });
    rows.push(...page.rows);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return rows;
}

/** GET /model-hub/scores/for-source/: rows arrive newest first; a stable sort by name keeps that order within a label. */
export async function listScoresForSource(db: Database, projectId: string, query: ForSourceQuery) {
  const rows = await listAllScores(db, projectId, filtersOf(query));
  const context = await loadFormatContext(db, projectId, rows);
  rows.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const isSpan = toSubjectKind(query.source_type) === "observation";
  return {
    status: true,
    result: rows.map((row) => formatScore(row, context)),
    // Whole-span notes are not kept by Scorelens; span sources answer the key, empty.
    ...(isSpan ? { span_notes: [] } : {}),
  };
}
