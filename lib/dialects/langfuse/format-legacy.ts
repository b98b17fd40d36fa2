import type { ScoreRow } from "@/db/schema";
import { metadataOf } from "./format-v3";

/**
 * ScoreRow → the v2 and v1 Score shapes: a numeric `value` plus `stringValue` by data type
 * (BOOLEAN 1/0 with "True"/"False", CATEGORICAL the config's mapping or 0 with its label, TEXT
 * the text only, CORRECTION 0 with the correction), subject ids as flat fields. The `trace`
 * object upstream joins in (user id, tags) is not part of Scorelens' data and is left out.
 */
function valueFieldsOf(row: ScoreRow) {
  switch (row.dataType) {
    case "NUMERIC":
      return { value: row.numericValue };
    case "BOOLEAN":
      return { value: row.numericValue, stringValue: row.numericValue === 1 ? "True" : "False" };
    case "CATEGORICAL":
      return { value: row.numericValue ?? 0, stringValue: row.stringValue };
    case "TEXT":
      return { stringValue: row.stringValue };
    default:
      return { value: 0, stringValue: row.stringValue ?? "" };
  }
}

const sharedFields = (row: ScoreRow) => ({
  name: row.name,
  source: row.source,
  timestamp: row.timestamp.toISOString(),
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
  authorUserId: row.authorUserId,
  comment: row.comment,
  metadata: metadataOf(row),
  configId: row.configId,
  queueId: row.queueId,
  environment: row.environment,
});

export function formatScoreV2(row: ScoreRow) {
  return {
    id: row.id,
    projectId: row.projectId,
    traceId: row.traceId,
    sessionId: row.sessionId,
    observationId: row.observationId,
    datasetRunId: row.experimentId,
    ...sharedFields(row),
    executionTraceId: row.executionTraceId,
    dataType: row.dataType,
    ...valueFieldsOf(row),
  };
}

export function formatScoreV1(row: ScoreRow) {
  return {
    id: row.id,
    projectId: row.projectId,
    traceId: row.traceId,
    observationId: row.observationId,
    ...sharedFields(row),
    dataType: row.dataType,
    ...valueFieldsOf(row),
  };
}
