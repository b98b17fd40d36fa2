import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { memberships, organizations, projects, users } from "@/db/schema";
import { conflict } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { slugOf } from "@/lib/projects/slug";
import { ensurePasswordUser, hashAccountPassword } from "./accounts";

/**
 * First run: no account exists and headless init made none, so whoever opens the dashboard first
 * creates the owner. They own every project already there (headless init may have made one
 * without a user), or a new one. A transaction-scoped advisory lock makes two people racing
 * through the form end with one owner, not two.
 */
const FIRST_RUN_LOCK_ID = 815_201_118;

export async function hasAnyUser(db: Database): Promise<boolean> {
  const [row] = await db.select({ id: users.id }).from(users).limit(1);
  return Boolean(row);
}

export type FirstOwnerInput = {
  name: string;
  email: string;
  password: string;
  organization: string;
  project: string;
};

export async function createFirstOwner(db: Database, input: FirstOwnerInput): Promise<{ projectId: string }> {
  const passwordHash = await hashAccountPassword(input.password);
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${FIRST_RUN_LOCK_ID})`);
    if (await hasAnyUser(tx)) throw conflict("An owner account already exists: sign in instead");
    const { userId } = await ensurePasswordUser(tx, { ...input, passwordHash });
    let projectIds = (await tx.select({ id: projects.id }).from(projects)).map((row) => row.id);
    if (projectIds.length === 0) {
      const organizationId = newId();
      const projectId = slugOf(input.project);
      await tx.insert(organizations).values({ id: organizationId, name: input.organization });
      await tx.insert(projects).values({ id: projectId, organizationId, name: input.project });
      projectIds = [projectId];
    }
    await tx
      .insert(memberships)
      .values(projectIds.map((projectId) => ({ userId, projectId, role: "owner" as const })));
    return { projectId: projectIds[0] };
  });
}
