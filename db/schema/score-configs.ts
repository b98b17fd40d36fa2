import { sql } from "drizzle-orm";
import { boolean, doublePrecision, index, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { jsonb, timestampMs } from "./columns";
import { configWidgetEnum, evaluatorTypeEnum, scoreDataTypeEnum } from "./enums";
import { projects } from "./tenancy";

export type ConfigCategory = { label: string; value: number };

/** Labels: Langfuse score configs, FutureAGI annotation labels and Respan evaluators are one table. */
export const scoreConfigs = pgTable(
  "score_configs",
  {
    id: text("id").primaryKey(),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    slug: text("slug"),
    dataType: scoreDataTypeEnum("data_type").notNull(),
    widget: configWidgetEnum("widget").notNull(),
    minValue: doublePrecision("min_value"),
    maxValue: doublePrecision("max_value"),
    step: doublePrecision("step"),
    categories: jsonb("categories").$type<ConfigCategory[] | null>(),
    evaluatorType: evaluatorTypeEnum("evaluator_type"),
    description: text("description"),
    isArchived: boolean("is_archived").notNull().default(false),
    createdAt: timestampMs("created_at").notNull().defaultNow(),
    updatedAt: timestampMs("updated_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("score_configs_project_name_idx").on(t.projectId, t.name),
    uniqueIndex("score_configs_project_slug_idx")
      .on(t.projectId, t.slug)
      .where(sql`${t.slug} is not null`),
    index("score_configs_project_idx").on(t.projectId),
  ],
);
