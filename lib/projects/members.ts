import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { memberships, users, type MemberRole } from "@/db/schema";
import { ensurePasswordUser, findUserIdByEmail, hasPassword, hashAccountPassword } from "@/lib/auth/accounts";
import { generateOneTimePassword } from "@/lib/auth/one-time-password";
import type { Principal } from "@/lib/auth/principal";
import { conflict, forbidden, notFound } from "@/lib/errors";
import type { AddMemberBody, MemberJson } from "./member-input";

/**
 * Membership changes (the route wrapper has already required `members:manage`, i.e. admin or
 * owner). Two rules on top: only an owner may make someone an owner or change or remove an owner,
 * and a project always keeps at least one owner. The owner rows are locked while a change is
 * checked, so two owners demoting each other at once cannot leave the project without one.
 */
function assertMayTouch(principal: Principal, roles: (MemberRole | undefined)[]) {
  if (principal.role !== "owner" && roles.includes("owner")) {
    throw forbidden("Only an owner may grant the owner role or change or remove an owner");
  }
}

async function lockOwners(tx: Database, projectId: string): Promise<string[]> {
  const rows = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.projectId, projectId), eq(memberships.role, "owner")))
    .for("update");
  return rows.map((row) => row.userId);
}

async function getMember(db: Database, projectId: string, userId: string): Promise<MemberJson | null> {
  const [row] = await db
    .select({ id: users.id, name: users.name, email: users.email, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.projectId, projectId), eq(memberships.userId, userId)));
  return row ?? null;
}

async function getMemberOrThrow(db: Database, projectId: string, userId: string): Promise<MemberJson> {
  const member = await getMember(db, projectId, userId);
  if (!member) throw notFound(`User ${userId} is not a member of this project`);
  return member;
}

/**
 * Adds a person by email. An account without a password (new, or one that never signed in) gets
 * a generated one-time password, returned once so the admin can hand it over (there is no mail
 * server); an account with a password keeps it.
 */
export async function addMember(db: Database, principal: Principal, body: AddMemberBody) {
  assertMayTouch(principal, [body.role]);
  const existing = await findUserIdByEmail(db, body.email);
  const needsPassword = !existing || !(await hasPassword(db, existing));
  const password = needsPassword ? generateOneTimePassword() : null;
  const passwordHash = password ? await hashAccountPassword(password) : undefined;
  const { userId, passwordStored } = await db.transaction(async (tx) => {
    const user = await ensurePasswordUser(tx, {
      email: body.email,
      name: body.name ?? body.email.split("@")[0],
      passwordHash,
      passwordChangeRequired: true,
    });
    const [added] = await tx
      .insert(memberships)
      .values({ userId: user.userId, projectId: principal.projectId, role: body.role })
      .onConflictDoNothing()
      .returning({ userId: memberships.userId });
    if (!added) throw conflict(`${body.email} is already a member of this project`);
    return user;
  });
  return {
    member: await getMemberOrThrow(db, principal.projectId, userId),
    oneTimePassword: passwordStored ? password : null,
  };
}

export async function changeMemberRole(db: Database, principal: Principal, userId: string, role: MemberRole) {
  const projectId = principal.projectId;
  await db.transaction(async (tx) => {
    const owners = await lockOwners(tx, projectId);
    const current = await getMemberOrThrow(tx, projectId, userId);
    assertMayTouch(principal, [current.role, role]);
    if (current.role === "owner" && role !== "owner" && owners.length === 1) {
      throw conflict("A project needs at least one owner; make someone else owner first");
    }
    await tx
      .update(memberships)
      .set({ role })
      .where(and(eq(memberships.projectId, projectId), eq(memberships.userId, userId)));
  });
  return getMemberOrThrow(db, projectId, userId);
}

export async function removeMember(db: Database, principal: Principal, userId: string): Promise<void> {
  const projectId = principal.projectId;
  await db.transaction(async (tx) => {
    const owners = await lockOwners(tx, projectId);
    const current = await getMemberOrThrow(tx, projectId, userId);
    assertMayTouch(principal, [current.role]);
    if (current.role === "owner" && owners.length === 1) {
      throw conflict("A project needs at least one owner; make someone else owner first");
    }
    await tx
      .delete(memberships)
      .where(and(eq(memberships.projectId, projectId), eq(memberships.userId, userId)));
  });
}
