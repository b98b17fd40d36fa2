import type { NewScoreRow, SubjectKind } from "@/db/schema";
import { newId } from "@/lib/ids";
import type { FieldIssue, ScoreDraft } from "./score-draft";
import type { ScoreInput } from "./score-input";
import { columnsForValue, inferDataType } from "./score-values";
import type { ScoreConfigRow, WriteContext, WriteReferences } from "./write-context";

/**
 * One score input → one row, or the problems with it, each naming its field. A config applies
 * when `configId` names it, or — for any data type but CORRECTION — when a config has the score's
 * name; the score then takes the config's name and data type and obeys its bounds and categories.
 */
export function addReferences(references: WriteReferences, draft: ScoreDraft): void {
  if (draft.configId) references.configIds.add(draft.configId);
  else if (draft.name && draft.dataType !== "CORRECTION") references.configNames.add(draft.name);
  if (draft.authorUserId) references.userIds.add(draft.authorUserId);
  if (draft.queueId) references.queueIds.add(draft.queueId);
}

function resolveConfig(
  draft: ScoreDraft,
  context: WriteContext,
  issues: FieldIssue[],
): ScoreConfigRow | null {
  if (draft.configId) {
    const config = context.configsById.get(draft.configId);
    if (!config) {
      issues.push({ field: "configId", message: `Score config ${draft.configId} not found in this project` });
      return null;
    }
    if (draft.name && draft.name !== config.name) {
      issues.push({
        field: "name",
        message: `Must equal the name of config ${config.id} ("${config.name}")`,
      });
    }
    return config;
  }
  if (!draft.name || draft.dataType === "CORRECTION") return null;
  return context.configsByName.get(draft.name) ?? null;
}

/** experiment > observation > session > trace: the most specific thing judged. */
export function deriveSubjectKind(
  draft: Pick<ScoreInput, "experimentId" | "observationId" | "sessionId">,
): SubjectKind {
  if (draft.experimentId) return "experiment";
  if (draft.observationId) return "observation";
  if (draft.sessionId) return "session";
  return "trace";
}

export function buildScoreRow(
  projectId: string,
  draft: ScoreDraft,
  context: WriteContext,
): { row: NewScoreRow } | { issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const config = resolveConfig(draft, context, issues);
  if (config?.isArchived) {
    const field = draft.configId ? "configId" : "name";
    issues.push({ field, message: `Score config "${config.name}" is archived and accepts no new scores` });
  }
  const dataType = draft.dataType ?? config?.dataType ?? inferDataType(draft.value);
  if (config && dataType !== config.dataType) {
    issues.push({
      field: "dataType",
      message: `${dataType} does not match config "${config.name}" (${config.dataType})`,
    });
  }
  const value = columnsForValue(dataType, draft.value, config);
  if ("problem" in value) issues.push({ field: "value", message: value.problem });
  if (draft.authorUserId && !context.memberIds.has(draft.authorUserId)) {
    issues.push({
      field: "authorUserId",
      message: `User ${draft.authorUserId} is not a member of this project`,
    });
  }
  if (draft.queueId && !context.queueIds.has(draft.queueId)) {
    issues.push({ field: "queueId", message: `Annotation queue ${draft.queueId} not found in this project` });
  }
  if (issues.length > 0 || "problem" in value) return { issues };

  return {
    row: {
      projectId,
      id: draft.id ?? newId(),
      name: config?.name ?? draft.name!,
      configId: config?.id ?? null,
      dataType,
      ...value.columns,
      source: draft.source,
      traceId: draft.traceId ?? null,
      observationId: draft.observationId ?? null,
      observationType: draft.observationType ?? null,
      sessionId: draft.sessionId ?? null,
      experimentId: draft.experimentId ?? null,
      subjectKind: deriveSubjectKind(draft),
      environment: draft.environment ?? "default",
      authorUserId: draft.authorUserId,
      authorLabel: draft.authorLabel ?? null,
      queueId: draft.queueId ?? null,
      queueItemId: draft.queueItemId ?? null,
      comment: draft.comment ?? null,
      metadata: draft.metadata ?? {},
      kind: draft.kind ?? null,
      isPassed: draft.isPassed ?? null,
      cost: draft.cost ?? null,
      status: draft.status ?? null,
      errorMessage: draft.errorMessage ?? null,
      promptId: draft.promptId ?? null,
      promptVersion: draft.promptVersion ?? null,
      datasetId: draft.datasetId ?? null,
      automationId: draft.automationId ?? null,
      executionTraceId: draft.executionTraceId ?? null,
      // Absent: the database's now(), the same clock as created_at.
      timestamp: draft.timestamp ?? undefined,
    },
  };
}
