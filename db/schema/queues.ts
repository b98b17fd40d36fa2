import { boolean, index, integer, pgTable, primaryKey, text, uniqueIndex } from "drizzle-orm/pg-core";
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
    /** How many different people must submit an item before it is complete (2+ = overlap). */
    annotationsPerItem: integer("annotations_per_item").notNull().default(1),
    /** Blind by default: while working an item, others' scores for the queue's labels are hidden. */
    showOtherScores: boolean("show_other_scores").notNull().default(false),
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
    /** Who holds the item while working it, until when (a lease; expired leases are free). */
    leaseUserId: text("lease_user_id").references(() => users.id, { onDelete: "set null" }),
    leaseExpiresAt: timestampMs("lease_expires_at"),
  },
  (t) => [
    index("queue_items_queue_idx").on(t.queueId, t.status),
    index("queue_items_queue_object_idx").on(t.queueId, t.objectType, t.objectId),
  ],
);

/** Each person's answer to an item: completed (submitted) or skipped. */
export const queueItemPeople = pgTable(
  "queue_item_people",
  {
    queueItemId: text("queue_item_id")
      .notNull()
      .references(() => queueItems.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    queueId: text("queue_id")
      .notNull()
      .references(() => annotationQueues.id, { onDelete: "cascade" }),
    state: text("state").$type<"completed" | "skipped">().notNull(),
    updatedAt: timestampMs("updated_at").notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.queueItemId, t.userId] }),
    index("queue_item_people_queue_user_idx").on(t.queueId, t.userId, t.state),
  ],
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
