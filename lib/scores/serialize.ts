import type { ScoreRow } from "@/db/schema";

/**
 * The canonical Score JSON of /api/v1: every column in camelCase, a typed `value`, the subject
 * as one object, and author / queue / config as `{id, name}` (null when unset).
 * Vendor dialects start from ScoreRow, not from this shape.
 */
export type NamedRef = { id: string; name: string | null };
export type NameLookup = {
  users: Map<string, string>;
  queues: Map<string, string>;
  configs: Map<string, string>;
};

export type ScoreValue = number | boolean | string | string[] | unknown;

/** The value in its data type's natural JSON type. */
export function scoreValueOf(
  row: Pick<ScoreRow, "dataType" | "numericValue" | "stringValue" | "categories" | "jsonValue">,
): ScoreValue {
  switch (row.dataType) {
    case "NUMERIC":
      return row.numericValue;
    case "BOOLEAN":
      return row.numericValue === null ? null : row.numericValue === 1;
    case "CATEGORICAL":
      return row.categories ?? row.stringValue;
    case "JSON":
      return row.jsonValue;
    default:
      return row.stringValue;
  }
}

const ref = (id: string | null, names: Map<string, string>): NamedRef | null =>
  id === null ? null : { id, name: names.get(id) ?? null };

export function serializeScore(row: ScoreRow, names: NameLookup) {
  return {
    id: row.id,
    projectId: row.projectId,
    name: row.name,
    dataType: row.dataType,
    value: scoreValueOf(row),
    numericValue: row.numericValue,
    stringValue: row.stringValue,
    categories: row.categories,
    source: row.source,
    subject: {
      kind: row.subjectKind,
      id: subjectIdOf(row),
      ...(row.traceId ? { traceId: row.traceId } : {}),
    },
    traceId: row.traceId,
    observationId: row.observationId,
    observationType: row.observationType,
    sessionId: row.sessionId,
    experimentId: row.experimentId,
    environment: row.environment,
    configId: row.configId,
    config: ref(row.configId, names.configs),
    authorUserId: row.authorUserId,
    author: ref(row.authorUserId, names.users),
    authorLabel: row.authorLabel,
    queueId: row.queueId,
    queue: ref(row.queueId, names.queues),
    queueItemId: row.queueItemId,
    comment: row.comment,
    metadata: row.metadata,
    kind: row.kind,
    isPassed: row.isPassed,
    cost: row.cost,
    status: row.status,
    errorMessage: row.errorMessage,
    promptId: row.promptId,
    promptVersion: row.promptVersion,
    datasetId: row.datasetId,
    automationId: row.automationId,
    executionTraceId: row.executionTraceId,
    timestamp: row.timestamp.toISOString(),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export type ScoreJson = ReturnType<typeof serializeScore>;

/** The id of the object the score judges, for its subject kind. */
export function subjectIdOf(
  row: Pick<ScoreRow, "subjectKind" | "traceId" | "observationId" | "sessionId" | "experimentId">,
): string {
  const byKind = {
    experiment: row.experimentId,
    observation: row.observationId,
    session: row.sessionId,
    trace: row.traceId,
  } as const;
  return (
    byKind[row.subjectKind] ?? row.traceId ?? row.observationId ?? row.sessionId ?? row.experimentId ?? ""
  );
}
