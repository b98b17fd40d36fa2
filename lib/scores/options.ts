import { asc, eq, sql } from "drizzle-orm";
import { rowsOf, type Database } from "@/db/client";
import { annotationQueues, memberships, scoreConfigs, scores, users } from "@/db/schema";

/** Option lists for the filter bar: ids with display names, small and sorted for people. */
export async function listConfigs(db: Database, projectId: string) {
  return db
    .select({
      id: scoreConfigs.id,
      name: scoreConfigs.name,
      dataType: scoreConfigs.dataType,
      widget: scoreConfigs.widget,
      minValue: scoreConfigs.minValue,
      maxValue: scoreConfigs.maxValue,
      step: scoreConfigs.step,
      categories: scoreConfigs.categories,
      isArchived: scoreConfigs.isArchived,
      description: scoreConfigs.description,
    })
    .from(scoreConfigs)
    .where(eq(scoreConfigs.projectId, projectId))
    .orderBy(asc(scoreConfigs.name));
}

export async function listQueues(db: Database, projectId: string) {
  return db
    .select({
      id: annotationQueues.id,
      name: annotationQueues.name,
      description: annotationQueues.description,
      configIds: annotationQueues.configIds,
      annotationsPerItem: annotationQueues.annotationsPerItem,
      showOtherScores: annotationQueues.showOtherScores,
    })
    .from(annotationQueues)
    .where(eq(annotationQueues.projectId, projectId))
    .orderBy(asc(annotationQueues.name));
}

export async function listMembers(db: Database, projectId: string) {
  return db
    .select({ id: users.id, name: users.name, email: users.email, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.projectId, projectId))
    .orderBy(asc(users.name));
}

/**
 * Distinct environments by a loose index scan: one index probe per environment instead of
 * reading every score, so the cost does not grow with the table.
 */
export async function listEnvironments(db: Database, projectId: string): Promise<{ name: string }[]> {
  const rows = rowsOf<{ environment: string }>(
    await db.execute(sql`
      with recursive found as (
        (select ${scores.environment} as environment from ${scores}
          where ${scores.projectId} = ${projectId} order by ${scores.environment} limit 1)
        union all
        select (select s.environment from ${scores} s
                 where s.project_id = ${projectId} and s.environment > found.environment
                 order by s.environment limit 1)
        from found where found.environment is not null
      )
      select environment from found where environment is not null`),
  );
  return rows.map((row) => ({ name: row.environment }));
}
