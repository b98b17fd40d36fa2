import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/db/client";
import { memberRoles, memberships, organizations, projects, type MemberRole } from "@/db/schema";
import type { Caller } from "@/lib/api/authenticate";
import { API_KEY_ROLE } from "@/lib/auth/roles";
import { conflict } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { slugOf } from "./slug";

/** The projects a caller may open: a user's memberships, or an API key's one project. */
export const projectJsonSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    organization: z.object({ id: z.string(), name: z.string() }),
    role: z.enum(memberRoles),
  })
  .meta({ id: "Project" });
export type ProjectJson = z.infer<typeof projectJsonSchema>;

const projectColumns = {
  id: projects.id,
  name: projects.name,
  organizationId: organizations.id,
  organizationName: organizations.name,
};

type ProjectRow = { id: string; name: string; organizationId: string; organizationName: string };
const toJson = (row: ProjectRow, role: MemberRole): ProjectJson => ({
  id: row.id,
  name: row.name,
  organization: { id: row.organizationId, name: row.organizationName },
  role,
});

export async function listUserProjects(db: Database, userId: string): Promise<ProjectJson[]> {
  const rows = await db
    .select({ ...projectColumns, role: memberships.role })
    .from(memberships)
    .innerJoin(projects, eq(projects.id, memberships.projectId))
    .innerJoin(organizations, eq(organizations.id, projects.organizationId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(organizations.name), asc(projects.name), asc(projects.id));
  return rows.map((row) => toJson(row, row.role));
}

export async function listCallerProjects(db: Database, caller: Caller): Promise<ProjectJson[]> {
  if (caller.kind === "user") return listUserProjects(db, caller.user.userId);
  const rows = await db
    .select(projectColumns)
    .from(projects)
    .innerJoin(organizations, eq(organizations.id, projects.organizationId))
    .where(eq(projects.id, caller.key.projectId));
  return rows.map((row) => toJson(row, API_KEY_ROLE));
}

/** One project of the user's, or null when it does not exist or they are not a member. */
export async function findUserProject(db: Database, userId: string, projectId: string) {
  const [row] = await db
    .select({ ...projectColumns, role: memberships.role })
    .from(memberships)
    .innerJoin(projects, eq(projects.id, memberships.projectId))
    .innerJoin(organizations, eq(organizations.id, projects.organizationId))
    .where(and(eq(memberships.userId, userId), eq(memberships.projectId, projectId)));
  return row ? toJson(row, row.role) : null;
}

export const createProjectBodySchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, "Use 2–63 lowercase letters, digits and dashes")
      .optional(),
  })
  .strict();

/** A sibling of `fromProjectId` in its organization; the creator becomes its owner. */
export async function createProject(
  db: Database,
  input: { fromProjectId: string; ownerUserId: string; name: string; id?: string },
): Promise<ProjectJson> {
  const id = input.id ?? `${slugOf(input.name)}-${newId().slice(-6)}`;
  return db.transaction(async (tx) => {
    const [from] = await tx
      .select({ organizationId: projects.organizationId })
      .from(projects)
      .where(eq(projects.id, input.fromProjectId));
    const inserted = await tx
      .insert(projects)
      .values({ id, name: input.name, organizationId: from.organizationId })
      .onConflictDoNothing()
      .returning({ id: projects.id });
    if (inserted.length === 0) throw conflict(`A project with id ${id} already exists`);
    await tx.insert(memberships).values({ userId: input.ownerUserId, projectId: id, role: "owner" });
    const created = await findUserProject(tx, input.ownerUserId, id);
    return created!;
  });
}
