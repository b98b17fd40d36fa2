import { index, pgTable, text } from "drizzle-orm/pg-core";
import { jsonb, timestampMs } from "./columns";
import { revisionActionEnum } from "./enums";
import { projects } from "./tenancy";

/**
 * One row per create, update and delete of a score, written in the same transaction as the change.
 * No foreign key to scores: the history of a deleted score must survive it.
 */
export const scoreRevisions = pgTable(
  "score_revisions",
  {
    id: text("id").primaryKey(),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    scoreId: text("score_id").notNull(),
    action: revisionActionEnum("action").notNull(),
    actorUserId: text("actor_user_id"),
    actorApiKeyId: text("actor_api_key_id"),
    before: jsonb("before"),
    after: jsonb("after"),
    createdAt: timestampMs("created_at").notNull().defaultNow(),
  },
  (t) => [index("score_revisions_score_idx").on(t.projectId, t.scoreId, t.createdAt)],
);
