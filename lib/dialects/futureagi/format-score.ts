import type { Database } from "@/db/client";
import type { ScoreRow } from "@/db/schema";
import type { ScoreRevisionRow } from "@/lib/scores/revisions";
import { findLabelsByIds } from "@/lib/labels/labels";
import { listMembers } from "@/lib/scores/options";
import { scoreSourceOf, sourceIdOf, sourceTypeOf } from "./aliases";
import { labelSettingsOf, labelTypeOf, type LabelConfig, type LabelType } from "./label-types";
import { formatLabelValue } from "./values";

/**
 * ScoreRow → FutureAGI Score JSON. The label comes from the score's config (a score without one
 * is typed by its data type); annotator names and e-mails from the project's members. Both are
 * read once per page, whatever the number of rows.
 */
export type FormatContext = {
  labels: Map<string, LabelConfig>;
  people: Map<string, { name: string; email: string }>;
};

/** The labels `rows` refer to, and the project's people. */
export async function loadFormatContext(
  db: Database,
  projectId: string,
  rows: Pick<ScoreRow, "configId">[],
): Promise<FormatContext> {
  const configIds = rows.flatMap((row) => (row.configId ? [row.configId] : []));
  const [labels, members] = await Promise.all([
    findLabelsByIds(db, projectId, configIds),
    listMembers(db, projectId),
  ]);
  return {
    labels: new Map(labels.map((label) => [label.id, label])),
    people: new Map(members.map((member) => [member.id, { name: member.name, email: member.email }])),
  };
}

export function labelOfRow(row: Pick<ScoreRow, "configId" | "dataType">, context: FormatContext) {
  const label = row.configId ? (context.labels.get(row.configId) ?? null) : null;
  return { label, type: labelTypeOf(row.dataType, label?.widget) };
}

export function formatScore(row: ScoreRow, context: FormatContext) {
  const { label, type } = labelOfRow(row, context);
  const person = row.authorUserId ? context.people.get(row.authorUserId) : undefined;
  return {
    id: row.id,
    source_type: sourceTypeOf(row),
    source_id: sourceIdOf(row),
    label_id: row.configId,
    label_name: row.name,
    label_type: type,
    label_settings: labelSettingsOf(type, label),
    label_allow_notes: true,
    value: formatLabelValue(type, row),
    score_source: scoreSourceOf(row.source),
    notes: row.comment,
    annotator: row.authorUserId,
    // The SDKs' Score model reads `annotator_id`; the server's serializer says `annotator`.
    annotator_id: row.authorUserId,
    annotator_name: person?.name ?? row.authorLabel ?? null,
    annotator_email: person?.email ?? null,
    queue_item: row.queueItemId,
    queue_id: row.queueId,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}

export type FutureAgiScore = ReturnType<typeof formatScore>;

type RowValues = Parameters<typeof formatLabelValue>[1];

/**
 * Earlier values, oldest first, each with the time it was replaced. A create starts the history
 * afresh (a score deleted and created again has a new life); edits that keep the value add nothing.
 */
export function valueHistoryOf(revisions: ScoreRevisionRow[], type: LabelType) {
  let history: { value: Record<string, unknown>; at: string }[] = [];
  for (const revision of revisions) {
    if (revision.action === "create") history = [];
    const before = revision.before as RowValues | null;
    const after = revision.after as RowValues | null;
    if (revision.action !== "update" || !before || !after) continue;
    const previous = formatLabelValue(type, before);
    if (JSON.stringify(previous) !== JSON.stringify(formatLabelValue(type, after))) {
      history.push({ value: previous, at: revision.createdAt.toISOString() });
    }
  }
  return history;
}

export function formatScoreWithHistory(row: ScoreRow, context: FormatContext, revisions: ScoreRevisionRow[]) {
  const { type } = labelOfRow(row, context);
  return { ...formatScore(row, context), value_history: valueHistoryOf(revisions, type) };
}
