import { and, eq, ne, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { scoreConfigs, scores } from "@/db/schema";
import { AppError, badRequest, conflict, notFound } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { defaultWidgetFor, findLabelIssues, storedCategoriesOf, type LabelSettings } from "./label-rules";
import type { LabelRow } from "./labels";

/**
 * Creating and changing labels. Every write is checked against label-rules.ts as a whole (the
 * stored label merged with the change), so no sequence of patches leaves a label the rules
 * reject. The data type never changes: scores already written depend on it.
 */
export type LabelPatch = Partial<Omit<LabelSettings, "dataType">>;

function assertWellFormed(settings: LabelSettings, categoriesGiven: boolean): void {
  const issues = findLabelIssues(settings, categoriesGiven);
  if (issues.length === 0) return;
  const summary = issues.map((issue) => `${issue.field}: ${issue.message}`).join("; ");
  throw badRequest(
    `Invalid score config: ${summary}`,
    issues.map((issue) => ({ path: issue.field, message: issue.message })),
  );
}

async function assertNameFree(db: Database, projectId: string, name: string, exceptId?: string) {
  const [taken] = await db
    .select({ id: scoreConfigs.id })
    .from(scoreConfigs)
    .where(
      and(
        eq(scoreConfigs.projectId, projectId),
        eq(scoreConfigs.name, name),
        exceptId ? ne(scoreConfigs.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  if (taken) throw conflict(`A score config named "${name}" already exists in this project`);
}

export async function createLabel(
  db: Database,
  projectId: string,
  settings: LabelSettings,
): Promise<LabelRow> {
  assertWellFormed(settings, settings.categories != null);
  await assertNameFree(db, projectId, settings.name);
  const [row] = await db
    .insert(scoreConfigs)
    .values({
      id: newId(),
      projectId,
      name: settings.name,
      dataType: settings.dataType,
      widget: settings.widget ?? defaultWidgetFor(settings.dataType),
      minValue: settings.minValue ?? null,
      maxValue: settings.maxValue ?? null,
      step: settings.step ?? null,
      categories: storedCategoriesOf(settings),
      description: settings.description ?? null,
      isArchived: settings.isArchived ?? false,
    })
    .returning();
  return row;
}

const settingsOf = (row: LabelRow): LabelSettings => ({
  name: row.name,
  dataType: row.dataType as LabelSettings["dataType"],
  widget: row.widget,
  minValue: row.minValue,
  maxValue: row.maxValue,
  step: row.step,
  categories: row.categories,
  description: row.description,
  isArchived: row.isArchived,
});

const sameCategories = (a: LabelSettings["categories"], b: LabelSettings["categories"]) =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The settings that decide whether a stored value is valid; none may change once scores exist. */
export function changedValueSettings(current: LabelRow, merged: LabelSettings): string[] {
  const changed: string[] = [];
  if ((merged.minValue ?? null) !== current.minValue) changed.push("minValue");
  if ((merged.maxValue ?? null) !== current.maxValue) changed.push("maxValue");
  if ((merged.step ?? null) !== current.step) changed.push("step");
  if (!sameCategories(storedCategoriesOf(merged), current.categories)) changed.push("categories");
  return changed;
}

/** A range, step or category change on a label that has scores is refused with the reason. */
async function assertNoScoreInvalidated(
  db: Database,
  projectId: string,
  current: LabelRow,
  merged: LabelSettings,
) {
  const changed = changedValueSettings(current, merged);
  if (changed.length === 0) return;
  const [used] = await db
    .select({ id: scores.id })
    .from(scores)
    .where(and(eq(scores.projectId, projectId), eq(scores.configId, current.id)))
    .limit(1);
  if (!used) return;
  throw new AppError(
    "conflict",
    `Label "${current.name}" already has scores; changing its ${changed.join(", ")} would invalidate them. Create a new label instead.`,
    changed.map((field) => ({ path: field, message: "Cannot change once scores exist" })),
  );
}

/** Applies the defined fields of `patch`; 404 when the label is not in the project. */
export async function updateLabel(
  db: Database,
  projectId: string,
  id: string,
  patch: LabelPatch,
): Promise<LabelRow> {
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(scoreConfigs)
      .where(and(eq(scoreConfigs.projectId, projectId), eq(scoreConfigs.id, id)))
      .for("update");
    if (!current) throw notFound(`Score config ${id} not found`);
    const changes = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
    const merged: LabelSettings = { ...settingsOf(current), ...changes };
    assertWellFormed(merged, patch.categories !== undefined);
    await assertNoScoreInvalidated(tx, projectId, current, merged);
    if (merged.name !== current.name) await assertNameFree(tx, projectId, merged.name, id);
    const [row] = await tx
      .update(scoreConfigs)
      .set({
        ...changes,
        categories: storedCategoriesOf(merged),
        updatedAt: sql`greatest(now(), ${scoreConfigs.updatedAt} + interval '1 millisecond')`,
      })
      .where(and(eq(scoreConfigs.projectId, projectId), eq(scoreConfigs.id, id)))
      .returning();
    return row;
  });
}
