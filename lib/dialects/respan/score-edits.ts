import type { Database } from "@/db/client";
import { scorePatchSchema } from "@/lib/scores/score-input";
import { deleteScore, etagOf, getScoreDetail, patchScore } from "@/lib/scores/write";
import { inRespanTerms, respanFieldOf } from "./canonical-input";
import { fieldErrorsOf, RespanValidationError } from "./errors";
import { loadFormatContext } from "./lookups";
import type { RespanPatchBody } from "./score-body";
import { formatScoreDetail } from "./score-format";
import { getRespanScore } from "./score-lookup";
import { evaluatorOfRow, targetOf, type WriteRequest } from "./score-writes";
import { pickValue, valueFieldOf, valueFields, withOtherValues } from "./value-fields";

/**
 * Retrieve, PATCH and DELETE by score id, global or scoped to a log (a score of another log is
 * 404 there). PATCH goes through the engine's patchScore, so `If-Match` guards it like /api/v1;
 * responses carry the score's ETag for that.
 */
export async function retrieveRespanScore(db: Database, projectId: string, id: string, logId?: string) {
  const row = await getRespanScore(db, projectId, id, logId);
  const [detail, context] = await Promise.all([
    getScoreDetail(db, projectId, id),
    loadFormatContext(db, projectId, [row]),
  ]);
  return Response.json(formatScoreDetail(row, context, detail.subjectContext), {
    headers: { etag: etagOf(row) },
  });
}

const patchableFields = [...valueFields, "reasoning", "metadata"];

export async function patchRespanScore(
  request: WriteRequest,
  target: { id: string; logId?: string; ifMatch: string | null },
  body: RespanPatchBody,
) {
  const { db, principal } = request;
  const row = await getRespanScore(db, principal.projectId, target.id, target.logId);
  if (Object.values(body).every((value) => value === undefined)) {
    throw new RespanValidationError({
      non_field_errors: [`Send at least one of ${patchableFields.join(", ")}.`],
    });
  }
  const picked = pickValue(body, targetOf(await evaluatorOfRow(db, row), row), false);
  const { others: _others, ...fields } = picked;
  const sentMetadata = body.metadata === undefined ? {} : { metadata: body.metadata ?? {} };
  // Other value fields join the metadata the score has (or the metadata sent).
  const base = picked.others && body.metadata === undefined ? { metadata: row.metadata ?? {} } : sentMetadata;
  const raw = withOtherValues({ ...fields, ...base }, picked);
  const names = { value: valueFieldOf[row.dataType], evaluator: "evaluator_id" };
  const parsed = scorePatchSchema.safeParse(
    Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)),
  );
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({
      path: respanFieldOf(issue.path.map(String).join("."), names),
      message: issue.message,
    }));
    throw new RespanValidationError(fieldErrorsOf(issues));
  }
  return inRespanTerms(names, () => patchScore(db, principal, target.id, parsed.data, target.ifMatch));
}

export async function deleteRespanScore(
  request: WriteRequest,
  target: { id: string; logId?: string; ifMatch: string | null },
) {
  const { id, logId, ifMatch } = target;
  if (logId !== undefined) await getRespanScore(request.db, request.principal.projectId, id, logId);
  await deleteScore(request.db, request.principal, id, ifMatch);
}
