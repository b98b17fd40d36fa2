import { eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { loginAttempts } from "@/db/schema";

/**
 * Failed sign-ins are counted per account (email) and per client address over a window that opens
 * at the first failure. An attempt is counted before the password is checked, so parallel guesses
 * cannot slip past the limit, and a successful sign-in takes its attempt back (and clears the
 * account's count), so only failures accumulate. Counts live in the database and are shared by
 * every process; times come from the database clock.
 */
export const LOGIN_LIMITS = {
  account: { maxFailures: 10, windowSeconds: 15 * 60 },
  address: { maxFailures: 50, windowSeconds: 15 * 60 },
} as const;

export type LoginAttempt = { email: string; address: string };

export type LoginVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const keysOf = ({ email, address }: LoginAttempt) => ({
  account: `account:${email.trim().toLowerCase()}`,
  address: `address:${address}`,
});

async function countAttempt(db: Database, key: string, windowSeconds: number) {
  const expired = sql`${loginAttempts.windowStartedAt} < now() - make_interval(secs => ${windowSeconds})`;
  const [row] = await db
    .insert(loginAttempts)
    .values({ key, failures: 1, windowStartedAt: sql`now()` })
    .onConflictDoUpdate({
      target: loginAttempts.key,
      set: {
        failures: sql`case when ${expired} then 1 else ${loginAttempts.failures} + 1 end`,
        windowStartedAt: sql`case when ${expired} then now() else ${loginAttempts.windowStartedAt} end`,
      },
    })
    .returning({
      failures: loginAttempts.failures,
      secondsLeft: sql<number>`ceil(extract(epoch from ${loginAttempts.windowStartedAt} + make_interval(secs => ${windowSeconds}) - now()))::int`,
    });
  return row;
}

/** Counts one attempt against both keys; refused when either is past its limit. */
export async function beginLoginAttempt(db: Database, attempt: LoginAttempt): Promise<LoginVerdict> {
  const keys = keysOf(attempt);
  const account = await countAttempt(db, keys.account, LOGIN_LIMITS.account.windowSeconds);
  const address = await countAttempt(db, keys.address, LOGIN_LIMITS.address.windowSeconds);
  const waits = [
    account.failures > LOGIN_LIMITS.account.maxFailures ? account.secondsLeft : 0,
    address.failures > LOGIN_LIMITS.address.maxFailures ? address.secondsLeft : 0,
  ];
  const retryAfterSeconds = Math.max(...waits);
  return retryAfterSeconds > 0 ? { allowed: false, retryAfterSeconds } : { allowed: true };
}

/** A successful sign-in: the account starts afresh and the address gets its attempt back. */
export async function settleSuccessfulLogin(db: Database, attempt: LoginAttempt): Promise<void> {
  const keys = keysOf(attempt);
  await db.delete(loginAttempts).where(eq(loginAttempts.key, keys.account));
  await db
    .update(loginAttempts)
    .set({ failures: sql`greatest(${loginAttempts.failures} - 1, 0)` })
    .where(eq(loginAttempts.key, keys.address));
}
