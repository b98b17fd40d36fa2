import { and, eq } from "drizzle-orm";
import { hashPassword } from "better-auth/crypto";
import type { Database } from "@/db/client";
import { accounts, users } from "@/db/schema";
import { newId } from "@/lib/ids";

/**
 * Accounts made by Scorelens itself (first run, headless init, an admin adding a member) rather
 * than by a sign-up form. The rows are the ones Better Auth's sign-up writes: a user and a
 * `credential` account whose accountId is the user id, holding Better Auth's password hash (the
 * instance is configured with the same `hashPassword`). Writing them here lets the caller put the
 * user, the account and the membership in one transaction.
 */
export const CREDENTIAL_PROVIDER = "credential";

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

/** Hash before opening a transaction: scrypt takes tens of milliseconds. */
export const hashAccountPassword = (password: string): Promise<string> => hashPassword(password);

export type PasswordUserInput = {
  email: string;
  name: string;
  passwordHash?: string;
  /** The password was shown to someone else (a member's one-time password). */
  passwordChangeRequired?: boolean;
};

export async function findUserIdByEmail(db: Database, email: string): Promise<string | null> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, normalizeEmail(email)));
  return row?.id ?? null;
}

/**
 * The user with this email, created when missing. A password is stored only when the user has
 * none yet: an existing password is never overwritten by a boot or by being added to a project.
 */
export async function ensurePasswordUser(
  db: Database,
  input: PasswordUserInput,
): Promise<{ userId: string; created: boolean; passwordStored: boolean }> {
  const email = normalizeEmail(input.email);
  let userId = await findUserIdByEmail(db, email);
  const created = userId === null;
  if (!userId) {
    userId = newId();
    await db.insert(users).values({ id: userId, email, name: input.name });
  }
  const passwordStored = Boolean(input.passwordHash) && !(await hasPassword(db, userId));
  if (passwordStored) {
    await db.insert(accounts).values({
      id: newId(),
      userId,
      accountId: userId,
      providerId: CREDENTIAL_PROVIDER,
      password: input.passwordHash!,
      passwordChangeRequired: input.passwordChangeRequired ?? false,
    });
  }
  return { userId, created, passwordStored };
}

export async function hasPassword(db: Database, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: accounts.id })
    .from(accounts)
    .where(and(eq(accounts.userId, userId), eq(accounts.providerId, CREDENTIAL_PROVIDER)));
  return Boolean(row);
}

export async function isPasswordChangeRequired(db: Database, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ required: accounts.passwordChangeRequired })
    .from(accounts)
    .where(and(eq(accounts.userId, userId), eq(accounts.providerId, CREDENTIAL_PROVIDER)));
  return row?.required ?? false;
}

export async function clearPasswordChangeRequired(db: Database, userId: string): Promise<void> {
  await db
    .update(accounts)
    .set({ passwordChangeRequired: false })
    .where(and(eq(accounts.userId, userId), eq(accounts.providerId, CREDENTIAL_PROVIDER)));
}
