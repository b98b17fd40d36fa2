import { eq, inArray } from "drizzle-orm";
import type { Database } from "../client";
import { memberships, organizations, projects, users } from "../schema";
import { uuidV7 } from "./ids";
import { ANNOTATOR_NAMES, annotatorEmail, MEMBER_EVERY } from "./people";
import type { Prng } from "./prng";

export const SEED_ORGANIZATION = { id: "seed-org", name: "Seed Org" };

/** One project holds 40% of rows, so per-project filters see both a big and small tenant. */
export const SEED_PROJECTS = [
  { id: "seed-alpha", name: "Alpha · support assistant", weight: 0.4 },
  { id: "seed-beta", name: "Beta · docs search", weight: 0.25 },
  { id: "seed-gamma", name: "Gamma · sales emails", weight: 0.2 },
  { id: "seed-delta", name: "Delta · SQL copilot", weight: 0.15 },
] as const;

export type SeedProject = { id: string; weight: number };

/**
 * The organization and projects. Everything is insert-if-missing, so seeding again (another
 * seed, or more rows into `projectId`) reuses what is there instead of failing.
 */
export async function ensureProjects(
  db: Database,
  projectId: string | undefined,
  createdAt: Date,
): Promise<SeedProject[]> {
  if (projectId) {
    const found = await db.select({ id: projects.id }).from(projects).where(eq(projects.id, projectId));
    if (found.length === 0) {
      await db
        .insert(organizations)
        .values({ ...SEED_ORGANIZATION, createdAt })
        .onConflictDoNothing();
      await db
        .insert(projects)
        .values({ id: projectId, organizationId: SEED_ORGANIZATION.id, name: projectId, createdAt })
        .onConflictDoNothing();
    }
    return [{ id: projectId, weight: 1 }];
  }
  await db
    .insert(organizations)
    .values({ ...SEED_ORGANIZATION, createdAt })
    .onConflictDoNothing();
  await db
    .insert(projects)
    .values(
      SEED_PROJECTS.map((p) => ({ id: p.id, name: p.name, organizationId: SEED_ORGANIZATION.id, createdAt })),
    )
    .onConflictDoNothing();
  return SEED_PROJECTS.map((p) => ({ id: p.id, weight: p.weight }));
}

/**
 * The 30 annotators and their memberships. Users are matched by email, so an existing account
 * keeps its id; the returned ids are whatever the database holds, in catalog order.
 */
export async function ensureAnnotators(
  db: Database,
  projectIds: readonly string[],
  rng: Prng,
  createdAt: Date,
): Promise<string[]> {
  const wanted = ANNOTATOR_NAMES.map((name) => ({
    id: uuidV7(createdAt.getTime(), rng),
    email: annotatorEmail(name),
    name,
    emailVerified: true,
    createdAt,
    updatedAt: createdAt,
  }));
  await db.insert(users).values(wanted).onConflictDoNothing();
  const emails = wanted.map((u) => u.email);
  const rows = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(users.email, emails));
  const idByEmail = new Map(rows.map((r) => [r.email, r.id]));
  const ids = emails.map((email) => idByEmail.get(email)).filter((id): id is string => Boolean(id));
  if (ids.length === 0) throw new Error("Could not create or find any seed annotator");

  const roles = projectIds.flatMap((projectId) =>
    ids.map((userId, i) => ({
      userId,
      projectId,
      role: i % MEMBER_EVERY === 0 ? ("member" as const) : ("annotator" as const),
      createdAt,
    })),
  );
  await db.insert(memberships).values(roles).onConflictDoNothing();
  return ids;
}
