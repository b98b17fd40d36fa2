import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
} from "drizzle-orm/pg-core";
import { jsonb, timestampMs } from "./columns";
import { scoreDataTypeEnum, scoreSourceEnum, subjectKindEnum } from "./enums";
import { annotationQueues } from "./queues";
import { scoreConfigs } from "./score-configs";
import { projects, users } from "./tenancy";

/**
 * One wide table: every vendor field has a column, so nothing a client sends is lost.
 * The index set serves the explorer's list order and each filter of its filter bar; each index
 * costs ingest speed, so the set is chosen by the benchmark (bench/README.md).
 */
export const scores = pgTable(
  "scores",
  {
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    name: text("name").notNull(),
    configId: text("config_id").references(() => scoreConfigs.id, { onDelete: "set null" }),
    dataType: scoreDataTypeEnum("data_type").notNull(),
    numericValue: doublePrecision("numeric_value"),
    stringValue: text("string_value"),
    categories: text("categories").array(),
    jsonValue: jsonb("json_value"),
    source: scoreSourceEnum("source").notNull(),
    traceId: text("trace_id"),
    observationId: text("observation_id"),
    sessionId: text("session_id"),
    experimentId: text("experiment_id"),
    subjectKind: subjectKindEnum("subject_kind").notNull(),
    observationType: text("observation_type"),
    environment: text("environment").notNull().default("default"),
    authorUserId: text("author_user_id").references(() => users.id, { onDelete: "set null" }),
    authorLabel: text("author_label"),
    queueId: text("queue_id").references(() => annotationQueues.id, { onDelete: "set null" }),
    queueItemId: text("queue_item_id"),
    comment: text("comment"),
    metadata: jsonb("metadata").notNull().default({}),
    kind: text("kind"),
    isPassed: boolean("is_passed"),
    cost: numeric("cost", { mode: "number" }),
    status: text("status"),
    errorMessage: text("error_message"),
    promptId: text("prompt_id"),
    promptVersion: integer("prompt_version"),
    datasetId: text("dataset_id"),
    automationId: text("automation_id"),
    executionTraceId: text("execution_trace_id"),
    timestamp: timestampMs("timestamp").notNull().defaultNow(),
    createdAt: timestampMs("created_at").notNull().defaultNow(),
    updatedAt: timestampMs("updated_at").notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.id] }),
    check(
      "scores_subject_present",
      sql`coalesce(${t.traceId}, ${t.observationId}, ${t.sessionId}, ${t.experimentId}) is not null`,
    ),
    index("scores_project_timestamp_idx").on(t.projectId, t.timestamp.desc(), t.id.desc()),
    index("scores_project_name_timestamp_idx").on(t.projectId, t.name, t.timestamp.desc(), t.id.desc()),
    index("scores_project_source_timestamp_idx").on(t.projectId, t.source, t.timestamp.desc(), t.id.desc()),
    index("scores_project_env_timestamp_idx").on(t.projectId, t.environment, t.timestamp.desc(), t.id.desc()),
    index("scores_project_author_timestamp_idx")
      .on(t.projectId, t.authorUserId, t.timestamp.desc(), t.id.desc())
      .where(sql`${t.authorUserId} is not null`),
    index("scores_project_queue_timestamp_idx")
      .on(t.projectId, t.queueId, t.timestamp.desc(), t.id.desc())
      .where(sql`${t.queueId} is not null`),
    index("scores_project_trace_idx")
      .on(t.projectId, t.traceId)
      .where(sql`${t.traceId} is not null`),
    // Log-scoped reads and the (log, evaluator, scorer) lookup of the Respan surface.
    index("scores_project_observation_idx")
      .on(t.projectId, t.observationId)
      .where(sql`${t.observationId} is not null`),
    index("scores_project_session_idx")
      .on(t.projectId, t.sessionId)
      .where(sql`${t.sessionId} is not null`),
  ],
);

export type ScoreRow = typeof scores.$inferSelect;
export type NewScoreRow = typeof scores.$inferInsert;
