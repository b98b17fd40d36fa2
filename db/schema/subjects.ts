import { pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { jsonb, timestampMs } from "./columns";
import { subjectKindEnum } from "./enums";
import { projects } from "./tenancy";

/** What was judged: shown beside a score so an annotator sees the input and output. */
export const subjects = pgTable(
  "subjects",
  {
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    kind: subjectKindEnum("kind").notNull(),
    id: text("id").notNull(),
    traceId: text("trace_id"),
    name: text("name"),
    input: jsonb("input"),
    output: jsonb("output"),
    metadata: jsonb("metadata").notNull().default({}),
    timestamp: timestampMs("timestamp").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.kind, t.id] })],
);
