import type { InfiniteData, QueryClient, QueryKey } from "@tanstack/react-query";
import type { ScoreDataType } from "@/db/schema/enums";
import type { ScoreDetailJson } from "./score-detail";
import { scoreDetailKey } from "./use-score-detail";
import type { ScoreJson, ScoreListPage } from "./use-score-list";

/**
 * How an edit of one score reaches every cached copy of it: the drawer's detail query and the row
 * in every loaded page of every list query of the project. An edit only touches the editable
 * fields, so a copy is patched in place (the row keeps its place; a list is not refetched, which
 * would move rows under the person's eyes) and restored field by field when the write fails.
 */
export type ScoreEditPatch = { value?: unknown; comment?: string | null };

export type ListData = InfiniteData<ScoreListPage, string | null>;

/** The fields a PATCH may change, and the value columns and version that follow them. */
const EDITABLE_FIELDS = [
  "value",
  "numericValue",
  "stringValue",
  "categories",
  "comment",
  "metadata",
  "updatedAt",
] as const;
export type EditableFields = Pick<ScoreJson, (typeof EDITABLE_FIELDS)[number]>;
type Editable = EditableFields & { dataType: ScoreDataType };

/** Prefixes: every list query (any filters, any pages) and every facet query of the project. */
export const listKeyPrefix = (projectId: string) => ["scores", "list", projectId] as const;
export const facetsKeyPrefix = (projectId: string) => ["scores", "facets", projectId] as const;

export function copyEditable<T extends EditableFields>(target: T, source: EditableFields): T {
  const copy = { ...target };
  for (const field of EDITABLE_FIELDS) (copy as EditableFields)[field] = source[field] as never;
  return copy;
}

/** The value columns as the server will store them (score-values.ts), so every renderer agrees. */
function valueColumnsOf(dataType: ScoreDataType, value: unknown, mapping: Map<string, number>) {
  switch (dataType) {
    case "NUMERIC":
      return { numericValue: value as number, stringValue: null, categories: null };
    case "BOOLEAN":
      return { numericValue: value ? 1 : 0, stringValue: value ? "True" : "False", categories: null };
    case "CATEGORICAL": {
      const list = Array.isArray(value) ? value.map(String) : null;
      const first = list ? list[0] : String(value);
      return { numericValue: mapping.get(first) ?? null, stringValue: first, categories: list };
    }
    case "JSON":
      return { numericValue: null, stringValue: null, categories: null };
    default:
      return { numericValue: null, stringValue: String(value), categories: null };
  }
}

/** The score as it will read once the patch is saved; `updatedAt` stays until the server answers. */
export function withPatch<T extends Editable>(
  score: T,
  patch: ScoreEditPatch,
  categories: { label: string; value: number }[] = [],
): T {
  const next = { ...score };
  if (patch.value !== undefined) {
    const mapping = new Map(categories.map((category) => [category.label, category.value]));
    Object.assign(next, { value: patch.value }, valueColumnsOf(score.dataType, patch.value, mapping));
  }
  if (patch.comment !== undefined) next.comment = patch.comment;
  return next;
}

export function findRowInPages(data: ListData | undefined, scoreId: string): ScoreJson | undefined {
  for (const page of data?.pages ?? []) {
    const row = page.data.find((candidate) => candidate.id === scoreId);
    if (row) return row;
  }
  return undefined;
}

/** The same object when the score is not on any page, so react-query sees no change. */
export function replaceRowInPages(
  data: ListData | undefined,
  scoreId: string,
  replace: (row: ScoreJson) => ScoreJson,
): ListData | undefined {
  if (!data || !findRowInPages(data, scoreId)) return data;
  return {
    ...data,
    pages: data.pages.map((page) =>
      page.data.some((row) => row.id === scoreId)
        ? { ...page, data: page.data.map((row) => (row.id === scoreId ? replace(row) : row)) }
        : page,
    ),
  };
}

/** What the score looked like in each cache before an edit, to put back if the edit fails. */
export type EditSnapshot = {
  detail: EditableFields | undefined;
  rows: { queryKey: QueryKey; row: EditableFields }[];
};

function patchEverywhere(
  client: QueryClient,
  projectId: string,
  scoreId: string,
  update: <T extends Editable>(score: T) => T,
): void {
  client.setQueryData<ScoreDetailJson>(scoreDetailKey(projectId, scoreId), (old) => old && update(old));
  client.setQueriesData<ListData>({ queryKey: listKeyPrefix(projectId) }, (old) =>
    replaceRowInPages(old, scoreId, update),
  );
}

export function applyOptimisticEdit(
  client: QueryClient,
  projectId: string,
  scoreId: string,
  patch: ScoreEditPatch,
  categories?: { label: string; value: number }[],
): EditSnapshot {
  const snapshot: EditSnapshot = {
    detail: client.getQueryData<ScoreDetailJson>(scoreDetailKey(projectId, scoreId)),
    rows: client
      .getQueriesData<ListData>({ queryKey: listKeyPrefix(projectId) })
      .flatMap(([queryKey, data]) => {
        const row = findRowInPages(data, scoreId);
        return row ? [{ queryKey, row }] : [];
      }),
  };
  patchEverywhere(client, projectId, scoreId, (score) => withPatch(score, patch, categories));
  return snapshot;
}

export function restoreSnapshot(
  client: QueryClient,
  projectId: string,
  scoreId: string,
  snapshot: EditSnapshot,
): void {
  const { detail } = snapshot;
  if (detail) {
    client.setQueryData<ScoreDetailJson>(scoreDetailKey(projectId, scoreId), (old) =>
      old ? copyEditable(old, detail) : old,
    );
  }
  for (const { queryKey, row } of snapshot.rows) {
    client.setQueryData<ListData>(queryKey, (old) =>
      replaceRowInPages(old, scoreId, (current) => copyEditable(current, row)),
    );
  }
}

/** A version the server confirmed (a PATCH answer, or the latest one read after a conflict). */
export function writeServerVersion(
  client: QueryClient,
  projectId: string,
  server: EditableFields & { id: string },
): void {
  patchEverywhere(client, projectId, server.id, (score) => copyEditable(score, server));
}
