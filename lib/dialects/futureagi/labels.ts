import type { Database } from "@/db/client";
import { countScores } from "@/lib/scores/query";
import { findLabel, listLabels } from "@/lib/labels/labels";
import { notFound } from "@/lib/errors";
import { labelSettingsOf, labelTypeOf, outputTypeOf, type LabelConfig } from "./label-types";
import { assertPageExists, pageEnvelope, pagingOf } from "./pagination";
import type { LabelsQuery } from "./requests";

/**
 * Annotation labels are Scorelens score configs, read-only here. Labels belong to one project
 * (there is no organization-wide label), every label accepts notes, and a label list is small
 * enough to filter and page in memory.
 */
const LABELS_PER_READ = 500;

export async function loadLabels(db: Database, projectId: string): Promise<LabelConfig[]> {
  const labels: LabelConfig[] = [];
  for (let page = 1; ; page++) {
    const { rows } = await listLabels(db, projectId, { page, limit: LABELS_PER_READ });
    labels.push(...rows);
    if (rows.length < LABELS_PER_READ) return labels;
  }
}

type Usage = { trace_annotations_count: number; annotation_count: number };

async function countUsage(db: Database, projectId: string, labelId: string): Promise<Usage> {
  const [all, onTraces] = await Promise.all([
    countScores(db, projectId, { configId: [labelId] }, "exact"),
    countScores(db, projectId, { configId: [labelId], subjectKind: ["trace"] }, "exact"),
  ]);
  return { trace_annotations_count: onTraces.total ?? 0, annotation_count: all.total ?? 0 };
}

export function formatLabel(label: LabelConfig, projectId: string, usage?: Usage) {
  const type = labelTypeOf(label.dataType, label.widget);
  return {
    id: label.id,
    name: label.name,
    type,
    organization: null,
    settings: labelSettingsOf(type, label),
    project: projectId,
    description: label.description ?? "",
    allow_notes: true,
    created_at: label.createdAt?.toISOString() ?? null,
    archived: label.isArchived,
    output_type: outputTypeOf[type],
    ...usage,
  };
}

function matches(label: LabelConfig, query: LabelsQuery, projectId: string): boolean {
  if (query.project_id !== undefined && query.project_id !== projectId) return false;
  if (
    query.archived !== undefined
      ? label.isArchived !== query.archived
      : label.isArchived && !query.include_archived
  )
    return false;
  if (query.type && labelTypeOf(label.dataType, label.widget) !== query.type) return false;
  return !query.search || label.name.toLowerCase().includes(query.search.toLowerCase());
}

/** GET /model-hub/annotations-labels/: newest first as upstream, paged like the scores list. */
export async function listLabelsPage(db: Database, projectId: string, query: LabelsQuery, url: URL) {
  const paging = pagingOf(query);
  const labels = (await loadLabels(db, projectId)).filter((label) => matches(label, query, projectId));
  labels.sort(
    (a, b) => (b.createdAt?.getTime() ?? 0) - (a.createdAt?.getTime() ?? 0) || a.name.localeCompare(b.name),
  );
  assertPageExists(paging, labels.length);
  const start = (paging.page - 1) * paging.pageSize;
  const page = labels.slice(start, start + paging.pageSize);
  const usages = query.include_usage_count
    ? await Promise.all(page.map((label) => countUsage(db, projectId, label.id)))
    : [];
  return pageEnvelope(
    url,
    paging,
    labels.length,
    page.map((label, index) => formatLabel(label, projectId, usages[index])),
  );
}

export async function getLabel(db: Database, projectId: string, id: string, includeUsage = false) {
  const label = await findLabel(db, projectId, id);
  if (!label) throw notFound("Label not found.");
  return formatLabel(label, projectId, includeUsage ? await countUsage(db, projectId, id) : undefined);
}
