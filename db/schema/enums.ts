import { pgEnum } from "drizzle-orm/pg-core";

export const scoreDataTypes = ["NUMERIC", "BOOLEAN", "CATEGORICAL", "TEXT", "CORRECTION", "JSON"] as const;
export const scoreSources = ["API", "EVAL", "ANNOTATION"] as const;
export const subjectKinds = ["trace", "observation", "session", "experiment"] as const;
export const memberRoles = ["owner", "admin", "member", "annotator", "viewer"] as const;
export const configWidgets = [
  "numeric",
  "slider",
  "star",
  "percentage",
  "thumbs",
  "boolean",
  "single_select",
  "multi_select",
  "text",
  "json",
] as const;
export const evaluatorTypes = ["llm", "code", "human"] as const;
export const queueObjectTypes = ["trace", "observation", "session"] as const;
export const queueItemStatuses = ["pending", "completed"] as const;
export const revisionActions = ["create", "update", "delete", "restore"] as const;

export type ScoreDataType = (typeof scoreDataTypes)[number];
export type ScoreSource = (typeof scoreSources)[number];
export type SubjectKind = (typeof subjectKinds)[number];
export type MemberRole = (typeof memberRoles)[number];

export const scoreDataTypeEnum = pgEnum("score_data_type", scoreDataTypes);
export const scoreSourceEnum = pgEnum("score_source", scoreSources);
export const subjectKindEnum = pgEnum("subject_kind", subjectKinds);
export const memberRoleEnum = pgEnum("member_role", memberRoles);
export const configWidgetEnum = pgEnum("config_widget", configWidgets);
export const evaluatorTypeEnum = pgEnum("evaluator_type", evaluatorTypes);
export const queueObjectTypeEnum = pgEnum("queue_object_type", queueObjectTypes);
export const queueItemStatusEnum = pgEnum("queue_item_status", queueItemStatuses);
export const revisionActionEnum = pgEnum("revision_action", revisionActions);
