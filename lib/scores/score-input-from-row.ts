import type { ScoreRow } from "@/db/schema";
import type { ScoreInput } from "./score-input";
import { scoreValueOf } from "./serialize";

/**
 * A stored score as the create input that writes it again unchanged: an upsert by its id with
 * this input keeps every field, so a surface that must change what the engine's patch cannot
 * (Respan's replace, FutureAGI's `score_source`) starts from here and overrides only its fields.
 * The data type is kept explicitly: without a config it would be inferred from the value again
 * (a category would come back as TEXT).
 */
export function scoreInputFromRow(row: ScoreRow): ScoreInput {
  return {
    id: row.id,
    name: row.name,
    configId: row.configId,
    dataType: row.dataType,
    value: scoreValueOf(row),
    source: row.source,
    traceId: row.traceId,
    observationId: row.observationId,
    observationType: row.observationType,
    sessionId: row.sessionId,
    experimentId: row.experimentId,
    environment: row.environment,
    authorUserId: row.authorUserId,
    authorLabel: row.authorLabel,
    queueId: row.queueId,
    queueItemId: row.queueItemId,
    comment: row.comment,
    metadata: row.metadata as Record<string, unknown>,
    timestamp: row.timestamp,
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
  };
}
