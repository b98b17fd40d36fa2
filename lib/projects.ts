import { asc, eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { organizations, projects } from "@/db/schema";

export type ProjectSummary = { id: string; name: string; organizationName: string };

export async function listProjects(db: Database): Promise<ProjectSummary[]> {
  return db
    .select({ id: projects.id, name: projects.name, organizationName: organizations.name })
    .from(projects)
    .innerJoin(organizations, eq(organizations.id, projects.organizationId))
    .orderBy(asc(organizations.name), asc(projects.name));
}

/** Planner's row estimate: instant at any size, good enough for a landing page. */
export async function estimateScoreRows(db: Database): Promise<number> {
  const result = await db.execute(sql`select reltuples::bigint as n from pg_class where relname = 'scores'`);
  const rows = (Array.isArray(result) ? result : (result as { rows: { n: string | number }[] }).rows) as {
    n: string | number;
  }[];
  return Math.max(0, Number(rows[0]?.n ?? 0));
}
