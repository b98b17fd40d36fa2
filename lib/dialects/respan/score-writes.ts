import type { Database } from "@/db/client";
import type { ScoreRow } from "@/db/schema";
import type { Principal } from "@/lib/auth/principal";
import { findLabel } from "@/lib/labels/labels";
import { selfUserIdOf } from "@/lib/scores/score-access";
import { createScores } from "@/lib/scores/write";
import { canonicalOf, changesOf, inRespanTerms, replacedDefaults, toScoreInput } from "./canonical-input";
import { validationError } from "./errors";
import { evaluatorFieldOf, resolveEvaluator, resolveScorer } from "./evaluators";
import type { RespanScoreBody } from "./score-body";
import { deriveScoreId, findScoreByKey, getRespanScore } from "./score-lookup";
import { slugOf, type Evaluator } from "./score-type";
import { pickValue, valueFieldOf, withOtherValues, type ValueTarget } from "./value-fields";

/**
 * Creates, re-posts and replaces through the engine's createScores (one transaction, revisions,
 * config validation). A write names its score by (log, evaluator, scorer); these three are the
 * score's identity, so a replace may repeat them but never change them.
 */
export type WriteRequest = { db: Database; principal: Principal };
export type Written = { row: ScoreRow; created: boolean };

export function targetOf(evaluator: Evaluator | undefined, row?: ScoreRow): ValueTarget {
  if (evaluator) {
    const multiSelect = evaluator.widget === "multi_select";
    return { dataType: evaluator.dataType, evaluator, multiSelect, label: slugOf(evaluator) };
  }
  return { dataType: row!.dataType, multiSelect: row!.categories !== null, label: row!.name };
}

export async function evaluatorOfRow(db: Database, row: ScoreRow): Promise<Evaluator | undefined> {
  return row.configId ? ((await findLabel(db, row.projectId, row.configId)) ?? undefined) : undefined;
}

function logIdOf(body: RespanScoreBody, pathLogId: string | undefined): string {
  if (pathLogId === undefined) {
    if (!body.log_id) throw validationError("log_id", "This field is required.");
    return body.log_id;
  }
  if (body.log_id && body.log_id !== pathLogId)
    throw validationError("log_id", "Does not match the log in the path.");
  return pathLogId;
}

async function write(
  request: WriteRequest,
  raw: Record<string, unknown>,
  names: Parameters<typeof toScoreInput>[1],
) {
  const input = toScoreInput(raw, names);
  const { rows, created } = await inRespanTerms(names, () =>
    createScores(request.db, request.principal, [input], { issuePrefix: () => [] }),
  );
  return { row: rows[0], created: created[0] };
}

/**
 * POST: creates the score of (log, evaluator, scorer), or updates the one that exists (only the
 * fields sent). One transaction: an evaluator created for an unknown slug is rolled back when
 * the score is refused.
 */
export async function upsertRespanScore(request: WriteRequest, body: RespanScoreBody, pathLogId?: string) {
  return request.db.transaction((tx) => upsertInTransaction({ ...request, db: tx }, body, pathLogId));
}

async function upsertInTransaction(request: WriteRequest, body: RespanScoreBody, pathLogId?: string) {
  const { db, principal } = request;
  const evaluatorField = evaluatorFieldOf(body);
  const logId = logIdOf(body, pathLogId);
  const evaluator = await resolveEvaluator(db, principal, body);
  // Log-scoped writes record the caller as scorer, whatever the body says (as Respan does).
  const author =
    pathLogId === undefined
      ? await resolveScorer(db, principal, body.scorer)
      : { authorUserId: selfUserIdOf(principal), authorLabel: null };
  const key = { logId, configId: evaluator.id, ...author };
  const existing = await findScoreByKey(db, principal.projectId, key);
  const picked = pickValue(body, targetOf(evaluator), !existing);
  const changes = changesOf(body, picked);
  const fresh = {
    id: deriveScoreId(key),
    name: evaluator.name,
    configId: evaluator.id,
    observationId: logId,
    ...author,
  };
  const raw = existing ? { ...canonicalOf(existing), ...changes } : { ...fresh, ...changes };
  return write(request, withOtherValues(raw, picked), {
    value: valueFieldOf[evaluator.dataType],
    evaluator: evaluatorField,
  });
}

async function assertSameIdentity(
  request: WriteRequest,
  row: ScoreRow,
  evaluator: Evaluator | undefined,
  body: RespanScoreBody,
) {
  const cannot = (field: string, what: string) =>
    validationError(field, `A score's ${what} cannot change; delete the score and create a new one.`);
  if (body.evaluator_id && body.evaluator_id !== row.configId) throw cannot("evaluator_id", "evaluator");
  const slugs = evaluator ? [slugOf(evaluator), evaluator.name] : [row.name];
  if (body.evaluator_slug && !slugs.includes(body.evaluator_slug))
    throw cannot("evaluator_slug", "evaluator");
  if (body.log_id && body.log_id !== row.observationId) throw cannot("log_id", "log");
  if (body.scorer) {
    const author = await resolveScorer(request.db, request.principal, body.scorer);
    const sameLabel = author.authorUserId !== null || author.authorLabel === row.authorLabel;
    if (author.authorUserId !== row.authorUserId || !sameLabel) throw cannot("scorer", "scorer");
  }
}

/** PUT: every Respan field takes the body's value or its default; fields Respan cannot see are kept. */
export async function replaceRespanScore(
  request: WriteRequest,
  id: string,
  body: RespanScoreBody,
  pathLogId?: string,
) {
  const row = await getRespanScore(request.db, request.principal.projectId, id, pathLogId);
  const evaluatorField = evaluatorFieldOf(body);
  const evaluator = await evaluatorOfRow(request.db, row);
  if (pathLogId !== undefined) logIdOf(body, pathLogId);
  await assertSameIdentity(
    request,
    row,
    evaluator,
    pathLogId === undefined ? body : { ...body, scorer: undefined },
  );
  const picked = pickValue(body, targetOf(evaluator, row), true);
  const raw = { ...canonicalOf(row), ...replacedDefaults, ...changesOf(body, picked) };
  return (
    await write(request, withOtherValues(raw, picked), {
      value: valueFieldOf[row.dataType],
      evaluator: evaluatorField,
    })
  ).row;
}
