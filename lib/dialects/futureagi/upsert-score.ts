import type { Database } from "@/db/client";
import type { ScoreRow, SubjectKind } from "@/db/schema";
import type { Principal } from "@/lib/auth/principal";
import { keyedId } from "@/lib/ids";
import type { ScoreCondition } from "@/lib/scores/conditions";
import { MAX_LIMIT } from "@/lib/scores/filters";
import { listScores } from "@/lib/scores/query";
import { selfUserIdOf } from "@/lib/scores/score-access";
import type { ScoreInput } from "@/lib/scores/score-input";
import { createScores } from "@/lib/scores/write";
import { observationTypeOf, subjectIdKeyOf, type ScoreSourceAlias, type SourceTypeAlias } from "./aliases";
import { fieldError, inVendorTerms } from "./errors";
import { toScoreSource, toSubjectKind } from "./fields";
import { labelTypeOf, type LabelConfig, type LabelType } from "./label-types";
import { updateScore } from "./update-score";
import { parseLabelValue } from "./values";

/**
 * FutureAGI's create is an upsert on (source, label, annotator, queue item): one score per
 * annotator and label on an object. An existing score with that key (written through any API) is
 * updated in place; otherwise the score is created with an id derived from the key (a UUIDv5), so
 * two concurrent first writes of the same key meet on one row instead of making two.
 */
export type ScoreTarget = { alias: SourceTypeAlias; sourceId: string; queueItemId: string | null };
export type ScoreWrite = {
  label: LabelConfig;
  value: unknown;
  notes: string | null;
  scoreSource: ScoreSourceAlias;
};

/** The label type decides the shape; the engine then checks bounds and options against the config. */
export function lowerValue(
  type: LabelType,
  label: LabelConfig | null,
  raw: unknown,
  path = "value",
): unknown {
  const outcome = parseLabelValue(type, raw, label);
  if ("problem" in outcome) throw fieldError([{ path, message: outcome.problem }]);
  return outcome.value;
}

const NAMESPACE = "5f0c7a1e-8b2d-4c6f-9a3e-1d7b2c4f6a80";

/** The id of a new score: derived from its upsert key (source, label, annotator, queue item). */
export const deriveScoreId = (parts: (string | null)[]): string => keyedId(NAMESPACE, parts);

const equalsOrNull = (field: "authorUserId" | "queueItemId", value: string | null): ScoreCondition =>
  value === null ? { field, op: "isNull" } : { field, op: "eq", value };

/** The newest existing score per label among `labelIds` with the target's key. */
export async function findExistingScores(
  db: Database,
  principal: Principal,
  target: ScoreTarget,
  labelIds: string[],
): Promise<Map<string, ScoreRow>> {
  const found = new Map<string, ScoreRow>();
  if (labelIds.length === 0) return found;
  const kind: SubjectKind = toSubjectKind(target.alias);
  const filters = {
    configId: [...new Set(labelIds)],
    subjectKind: [kind],
    [subjectIdKeyOf[kind]]: [target.sourceId],
    where: {
      and: [
        equalsOrNull("authorUserId", selfUserIdOf(principal)),
        equalsOrNull("queueItemId", target.queueItemId),
      ],
    },
  };
  let cursor: string | undefined;
  do {
    const page = await listScores(db, {
      projectId: principal.projectId,
      filters,
      sort: "createdAt",
      order: "desc",
      limit: MAX_LIMIT,
      cursor,
      count: "none",
    });
    for (const row of page.rows) if (row.configId && !found.has(row.configId)) found.set(row.configId, row);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return found;
}

export async function upsertScore(
  db: Database,
  principal: Principal,
  target: ScoreTarget,
  write: ScoreWrite,
  existing: ScoreRow | undefined,
): Promise<ScoreRow> {
  const value = lowerValue(labelTypeOf(write.label.dataType, write.label.widget), write.label, write.value);
  const source = toScoreSource(write.scoreSource);
  if (existing) return updateScore(db, principal, existing, { value, comment: write.notes, source });

  const kind = toSubjectKind(target.alias);
  const author = selfUserIdOf(principal);
  const input: ScoreInput = {
    id: deriveScoreId([kind, target.sourceId, write.label.id, author, target.queueItemId]),
    configId: write.label.id,
    value,
    source,
    ...({ [subjectIdKeyOf[kind]]: target.sourceId } as Pick<ScoreInput, "traceId">),
    observationType: observationTypeOf(target.alias),
    comment: write.notes,
    queueItemId: target.queueItemId,
  };
  const { rows } = await inVendorTerms(() => createScores(db, principal, [input], { issuePrefix: () => [] }));
  return rows[0];
}
