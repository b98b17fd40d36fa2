import { sql } from "drizzle-orm";
import { beforeAll, beforeEach, expect, it } from "vitest";
import { POST as authPost } from "@/app/api/auth/[...all]/route";
import { loginAttempts } from "@/db/schema";
import { describeEachEngine } from "@/db/testing/engines";
import { setDatabaseForTests } from "@/lib/database";
import { beginLoginAttempt, LOGIN_LIMITS, settleSuccessfulLogin } from "./login-limits";
import { createPerson, signIn } from "./test-sessions";

const GRACE = { email: "grace@example.com", password: "compiler-pioneer-1952", name: "Grace" };
const from = (address: string) => ({ "x-forwarded-for": address });
const wrong = { email: GRACE.email, password: "wrong-password-x" };
const statusOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 200,
    (error: { statusCode?: number }) => error.statusCode,
  );

describeEachEngine("login limits", (t) => {
  beforeAll(async () => {
    setDatabaseForTests(t.handle);
    await createPerson(t.db, GRACE);
  });
  beforeEach(async () => {
    await t.db.delete(loginAttempts);
  });

  it("locks an account after its failures, even for the right password, from any address", async () => {
    for (let i = 0; i < LOGIN_LIMITS.account.maxFailures; i++) {
      expect(await statusOf(signIn(wrong, from(`10.0.0.${i}`)))).toBe(401);
    }
    const locked = await signIn(GRACE, from("10.0.1.1")).catch((error) => error);
    expect(locked.statusCode).toBe(429);
    expect(locked.body.message).toMatch(/try again in 15 minutes/);
    // The window passes: the account opens again.
    await t.db.update(loginAttempts).set({ windowStartedAt: sql`now() - interval '16 minutes'` });
    expect(await signIn(GRACE, from("10.0.1.1"))).toMatch(/session_token/);
  });

  it("counts only failures: a successful sign-in clears the account's count", async () => {
    for (let i = 0; i < LOGIN_LIMITS.account.maxFailures - 1; i++)
      await statusOf(signIn(wrong, from("10.1.0.1")));
    await signIn(GRACE, from("10.1.0.1"));
    for (let i = 0; i < LOGIN_LIMITS.account.maxFailures; i++) {
      expect(await statusOf(signIn(wrong, from("10.1.0.1")))).toBe(401);
    }
    expect(await statusOf(signIn(wrong, from("10.1.0.1")))).toBe(429);
  });

  it("limits an address trying many accounts, and no other address", async () => {
    const attempt = (email: string, address: string) => beginLoginAttempt(t.db, { email, address });
    for (let i = 0; i < LOGIN_LIMITS.address.maxFailures; i++) {
      expect(await attempt(`user${i}@example.com`, "192.0.2.7")).toEqual({ allowed: true });
    }
    const refused = await attempt("someone@example.com", "192.0.2.7");
    expect(refused).toMatchObject({ allowed: false });
    expect(refused.allowed === false && refused.retryAfterSeconds).toBeGreaterThan(800);
    expect(await attempt("someone@example.com", "192.0.2.8")).toEqual({ allowed: true });
    // A success from the address gives back its own attempt only.
    await settleSuccessfulLogin(t.db, { email: "someone@example.com", address: "192.0.2.7" });
    const [row] = await t.db
      .select()
      .from(loginAttempts)
      .where(sql`${loginAttempts.key} = 'address:192.0.2.7'`);
    expect(row.failures).toBe(LOGIN_LIMITS.address.maxFailures);
  });

  it("holds on Better Auth's HTTP endpoint too, answering 429 with Retry-After", async () => {
    // A new address per request: Better Auth's own per-address limit (3 in 10 s) stays out of the way.
    const post = (password: string, address: string) =>
      authPost(
        new Request("http://scorelens.test/api/auth/sign-in/email", {
          method: "POST",
          headers: { "content-type": "application/json", ...from(address) },
          body: JSON.stringify({ email: GRACE.email, password }),
        }),
      );
    for (let i = 0; i < LOGIN_LIMITS.account.maxFailures; i++) {
      expect((await post("nope-nope-nope", `10.2.0.${i}`)).status).toBe(401);
    }
    const refused = await post(GRACE.password, "10.2.1.1");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(800);
    expect(refused.headers.get("set-cookie")).toBeNull();
  });
});
