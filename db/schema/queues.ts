import { index, pgTable, primaryKey, text, uniqueIndex } from "drizzle-orm/pg-core";
import { timestampMs } from "./columns";
import { queueItemStatusEnum, queueObjectTypeEnum } from "./enums";
import { projects, users } from "./tenancy";

export const annotationQueues = pgTable(
  "annotation_queues",
  {
    id: text("id").primaryKey(),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    description: text("description"),
    configIds: text("config_ids").array().notNull().default([]),
    createdAt: timestampMs("created_at").notNull().defaultNow(),
    updatedAt: timestampMs("updated_at").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("annotation_queues_project_name_idx").on(t.projectId, t.name)],
);

export const queueItems = pgTable(
  "queue_items",
  {
    id: text("id").primaryKey(),
    queueId: text("queue_id")
      .notNull()
      .references(() => annotationQueues.id, { onDelete: "cascade" }),
    objectType: queueObjectTypeEnum("object_type").notNull(),
    objectId: text("object_id").notNull(),
    status: queueItemStatusEnum("status").notNull().default("pending"),
    assignedUserId: text("assigned_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestampMs("created_at").notNull().defaultNow(),
    updatedAt: timestampMs("updated_at").notNull().defaultNow(),
    completedAt: timestampMs("completed_at"),
  },
  (t) => [index("queue_items_queue_idx").on(t.queueId, t.status)],
);

/** Who works a queue (Langfuse queue assignments). */
export const annotationQueueAssignments = pgTable(
  "annotation_queue_assignments",
  {
    queueId: text("queue_id")
      .notNull()
      .references(() => annotationQueues.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    createdAt: timestampMs("created_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.queueId, t.userId] })],
);
