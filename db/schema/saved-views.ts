import { index, pgEnum, pgTable, text } from "drizzle-orm/pg-core";
import { timestampMs } from "./columns";
import { projects, users } from "./tenancy";

export const viewVisibilities = ["personal", "project"] as const;
export type ViewVisibility = (typeof viewVisibilities)[number];
export const viewVisibilityEnum = pgEnum("view_visibility", viewVisibilities);

/**
 * Named explorer views: `query` is the explorer's own query string (filters, sort, `cols`), so
 * opening a view is opening its URL. A personal view is seen by its author only; a project view
 * by every member. The author and the project's admins may change or delete it.
 */
export const savedViews = pgTable(
  "saved_views",
  {
    id: text("id").primaryKey(),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    authorUserId: text("author_user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    query: text("query").notNull(),
    visibility: viewVisibilityEnum("visibility").notNull(),
    createdAt: timestampMs("created_at").notNull().defaultNow(),
    updatedAt: timestampMs("updated_at").notNull().defaultNow(),
  },
  (t) => [
    index("saved_views_project_visibility_idx").on(t.projectId, t.visibility),
    index("saved_views_project_author_idx").on(t.projectId, t.authorUserId),
  ],
);

export type SavedViewRow = typeof savedViews.$inferSelect;
