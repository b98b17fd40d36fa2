import type { Database } from "@/db/client";
import type { ScoreRow } from "@/db/schema";
import type { Principal } from "@/lib/auth/principal";
import { AppError, notFound, type ErrorIssue } from "@/lib/errors";
import { assertMayChangeScore } from "@/lib/scores/score-access";
import { getScoreOrThrow } from "@/lib/scores/score-lookup";
import { deleteScore, listRevisions } from "@/lib/scores/write";
import { fieldError, inVendorTerms } from "./errors";
import { toScoreSource } from "./fields";
import { formatScore, formatScoreWithHistory, labelOfRow, loadFormatContext } from "./format-score";
import type { BulkScoresBody, CreateScoreBody, UpdateScoreBody } from "./requests";
import { updateScore } from "./update-score";
import { findExistingScores, lowerValue, upsertScore, type ScoreTarget } from "./upsert-score";

/**
 * The score endpoints that change data, from parsed body to the vendor's answer. Empty notes are
 * stored as no comment, so every API agrees on "has a comment".
 */
const notesOf = (notes: string | null | undefined) => (notes ? notes : null);

/** Upstream's words for an unknown (or already deleted) score on update and delete (model_hub/views/scores.py). */
export const SCORE_NOT_FOUND = "Score not found.";

async function orScoreNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") throw notFound(SCORE_NOT_FOUND);
    throw error;
  }
}

/** POST /model-hub/scores/ → 200 `{status: true, result: score}` as the vendor's server answers. */
export async function createScoreFromBody(db: Database, principal: Principal, body: CreateScoreBody) {
  const context = await loadFormatContext(db, principal.projectId, [{ configId: body.label_id }]);
  const label = context.labels.get(body.label_id);
  if (!label) throw notFound(`Label not found: ${body.label_id}`);
  const target: ScoreTarget = {
    alias: body.source_type,
    sourceId: body.source_id,
    queueItemId: body.queue_item_id ?? null,
  };
  const existing = await findExistingScores(db, principal, target, [label.id]);
  const write = {
    label,
    value: body.value,
    notes: notesOf(body.notes),
    scoreSource: body.score_source ?? "human",
  };
  const row = await upsertScore(db, principal, target, write, existing.get(label.id));
  const revisions = await listRevisions(db, principal.projectId, row.id);
  return { status: true, result: formatScoreWithHistory(row, context, revisions) };
}

/**
 * POST /model-hub/scores/bulk/: each score stands alone, as upstream: a bad one is reported in
 * `errors` and the rest are written, together in one transaction. A request that writes nothing
 * at all is a 400, so a wholesale failure cannot pass as success.
 */
export async function bulkCreateFromBody(db: Database, principal: Principal, body: BulkScoresBody) {
  const labelIds = body.scores.map((item) => ({ configId: item.label_id }));
  const context = await loadFormatContext(db, principal.projectId, labelIds);
  const target: ScoreTarget = {
    alias: body.source_type,
    sourceId: body.source_id,
    queueItemId: body.queue_item_id ?? null,
  };
  const known = body.scores.map((item) => item.label_id).filter((id) => context.labels.has(id));
  return db.transaction(async (tx) => {
    const existing = await findExistingScores(tx, principal, target, known);
    const written: ScoreRow[] = [];
    const errors: string[] = [];
    const issues: ErrorIssue[] = [];
    for (const [index, item] of body.scores.entries()) {
      const label = context.labels.get(item.label_id);
      try {
        if (!label) throw fieldError([{ path: "label_id", message: `Label not found: ${item.label_id}` }]);
        const notes = notesOf(item.notes) ?? notesOf(body.notes);
        const write = { label, value: item.value, notes, scoreSource: item.score_source ?? "human" };
        const row = await upsertScore(tx, principal, target, write, existing.get(label.id));
        existing.set(label.id, row); // a label given twice updates the row just written
        written.push(row);
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== "bad_request") throw error;
        const found = error.issues ?? [{ path: "(item)", message: error.message }];
        errors.push(
          ...found.map((issue) =>
            label ? `Label ${label.id}: ${issue.path}: ${issue.message}` : issue.message,
          ),
        );
        issues.push(
          ...found.map((issue) => ({ path: `scores.${index}.${issue.path}`, message: issue.message })),
        );
      }
    }
    if (written.length === 0) throw fieldError(issues);
    return { status: true, result: { scores: written.map((row) => formatScore(row, context)), errors } };
  });
}

export async function getScoreJson(db: Database, projectId: string, id: string) {
  const row = await getScoreOrThrow(db, projectId, id);
  const [context, revisions] = await Promise.all([
    loadFormatContext(db, projectId, [row]),
    listRevisions(db, projectId, id),
  ]);
  return formatScoreWithHistory(row, context, revisions);
}

/** PUT / PATCH /model-hub/scores/{id}/ → the bare score with its value_history. */
export async function updateScoreFromBody(
  db: Database,
  principal: Principal,
  id: string,
  body: UpdateScoreBody,
  ifMatch: string | null = null,
) {
  const current = await orScoreNotFound(getScoreOrThrow(db, principal.projectId, id));
  const context = await loadFormatContext(db, principal.projectId, [current]);
  await inVendorTerms(async () => assertMayChangeScore(principal, current, "edit"));
  const { label, type } = labelOfRow(current, context);
  const row = await updateScore(
    db,
    principal,
    current,
    {
      value: body.value === undefined ? undefined : lowerValue(type, label, body.value),
      comment: body.notes === undefined ? undefined : notesOf(body.notes),
      source: body.score_source === undefined ? undefined : toScoreSource(body.score_source),
    },
    ifMatch,
  );
  const revisions = await listRevisions(db, principal.projectId, row.id);
  return formatScoreWithHistory(row, context, revisions);
}

/** DELETE /model-hub/scores/{id}/ → 200 `{status: true, result: {deleted: true}}` (the code's answer, not the docs' 204). */
export async function deleteScoreById(
  db: Database,
  principal: Principal,
  id: string,
  ifMatch: string | null = null,
) {
  await orScoreNotFound(deleteScore(db, principal, id, ifMatch));
  return { status: true, result: { deleted: true } };
}
