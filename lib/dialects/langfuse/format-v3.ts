import type { ScoreRow } from "@/db/schema";
import type { FieldGroup } from "./v3-query";

/**
 * ScoreRow → Langfuse ScoreV3. Core fields always; `details`, `annotation` and `subject` only
 * when asked (an unrequested key is absent, not null); `value` typed by `dataType`. Keys follow
 * upstream's order, with `dataType` and `value` last. The list query only returns rows this can
 * represent (see v3-list.ts), so no row is dropped here.
 */
export type ScoreV3Value = number | boolean | string;

export function typedValueOf(row: ScoreRow): ScoreV3Value {
  switch (row.dataType) {
    case "NUMERIC":
      return row.numericValue ?? 0;
    case "BOOLEAN":
      return row.numericValue === 1;
    default:
      // CATEGORICAL (the label), TEXT, CORRECTION ("" when unset).
      return row.stringValue ?? "";
  }
}

export type SubjectV3 =
  | { kind: "trace"; id: string }
  | { kind: "observation"; id: string; traceId?: string }
  | { kind: "session"; id: string }
  | { kind: "experiment"; id: string };

export function subjectOf(row: ScoreRow): SubjectV3 {
  switch (row.subjectKind) {
    case "experiment":
      return { kind: "experiment", id: row.experimentId ?? "" };
    case "observation":
      return {
        kind: "observation",
        id: row.observationId ?? "",
        ...(row.traceId ? { traceId: row.traceId } : {}),
      };
    case "session":
      return { kind: "session", id: row.sessionId ?? "" };
    default:
      return { kind: "trace", id: row.traceId ?? "" };
  }
}

/** Metadata is always an object in Langfuse's shape. */
export const metadataOf = (row: ScoreRow): Record<string, unknown> =>
  row.metadata !== null && typeof row.metadata === "object" && !Array.isArray(row.metadata)
    ? (row.metadata as Record<string, unknown>)
    : {};

export function formatScoreV3(row: ScoreRow, groups: ReadonlySet<FieldGroup>) {
  return {
    id: row.id,
    projectId: row.projectId,
    name: row.name,
    source: row.source,
    timestamp: row.timestamp.toISOString(),
    environment: row.environment,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    ...(groups.has("details")
      ? { comment: row.comment, configId: row.configId, metadata: metadataOf(row) }
      : {}),
    ...(groups.has("annotation") ? { authorUserId: row.authorUserId, queueId: row.queueId } : {}),
    ...(groups.has("subject") ? { subject: subjectOf(row) } : {}),
    dataType: row.dataType,
    value: typedValueOf(row),
  };
}

export type ScoreV3Json = ReturnType<typeof formatScoreV3>;
