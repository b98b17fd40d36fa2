import { sql } from "drizzle-orm";
import { afterEach, beforeAll, beforeEach, expect, it, vi } from "vitest";
import { POST as authPost } from "@/app/api/auth/[...all]/route";
import { loginAttempts } from "@/db/schema";
import { describeEachEngine } from "@/db/testing/engines";
import { setDatabaseForTests } from "@/lib/database";
import { beginLoginAttempt, LOGIN_LIMITS, settleSuccessfulLogin } from "./login-limits";
import { peerHeaders } from "./peer-address";
import { createPerson, signIn } from "./test-sessions";

// Each test checks up to fifty passwords: over 30 s on a loaded two-core machine.
vi.setConfig({ testTimeout: 120_000 });

const GRACE = { email: "grace@example.com", password: "compiler-pioneer-1952", name: "Grace" };
/** A request whose socket address is `address` (as the Node server stamps it), maybe forwarding more. */
const from = (address: string, forwardedFor?: string) =>
  peerHeaders(address, forwardedFor ? { "x-forwarded-for": forwardedFor } : {});
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
  afterEach(() => {
    vi.unstubAllEnvs();
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
    const post = (password: string, address: string) => postSignIn(GRACE.email, password, from(address));
    for (let i = 0; i < LOGIN_LIMITS.account.maxFailures; i++) {
      expect((await post("nope-nope-nope", `10.2.0.${i}`)).status).toBe(401);
    }
    const refused = await post(GRACE.password, "10.2.1.1");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(800);
    expect(refused.headers.get("set-cookie")).toBeNull();
  });

  it("counts a client by its socket address: rotating X-Forwarded-For does not escape the limit", async () => {
    for (let i = 0; i < LOGIN_LIMITS.address.maxFailures; i++) {
      await statusOf(
        signIn(
          { email: `user${i}@example.com`, password: "wrong-password-x" },
          from("198.51.100.4", `6.6.${i}.6`),
        ),
      );
    }
    const refused = await signIn(wrong, from("198.51.100.4", "7.7.7.7")).catch((error) => error);
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers?.get?.("retry-after") ?? refused.headers?.["retry-after"])).toBeGreaterThan(
      800,
    );
    // Another socket address is another client.
    expect(await statusOf(signIn(wrong, from("198.51.100.5", "7.7.7.7")))).toBe(401);
  });

  it("behind a trusted proxy counts each client apart, by the address the proxy appended", async () => {
    vi.stubEnv("SCORELENS_TRUSTED_PROXIES", "10.0.0.0/8");
    for (let i = 0; i < LOGIN_LIMITS.address.maxFailures; i++)
      await beginLoginAttempt(t.db, { email: `user${i}@example.com`, address: "198.51.100.7" });
    const viaProxy = (forwardedFor: string) => signIn(wrong, from("10.0.0.2", forwardedFor));
    expect(await statusOf(viaProxy("198.51.100.7"))).toBe(429);
    // What the client writes to the left of the proxy's entry changes nothing.
    expect(await statusOf(viaProxy("1.1.1.1, 198.51.100.7"))).toBe(429);
    // A multi-entry header does not pool unrelated clients into one bucket.
    expect(await statusOf(viaProxy("198.51.100.7, 198.51.100.8"))).toBe(401);
    expect(await statusOf(viaProxy("198.51.100.9"))).toBe(401);
    // Without the setting, the proxy's X-Forwarded-For is not believed: the proxy is the client.
    vi.unstubAllEnvs();
    const [row] = await t.db
      .select()
      .from(loginAttempts)
      .where(sql`${loginAttempts.key} = 'address:10.0.0.2'`);
    expect(row).toBeUndefined();
    expect(await statusOf(viaProxy("198.51.100.7"))).toBe(401);
  });

  it("Better Auth's own limiter sees the socket address too, and its 429 carries Retry-After", async () => {
    // Its sign-in rule allows 3 requests in 10 s per address; a rotating X-Forwarded-For used to reset it.
    const statuses = [];
    for (let i = 0; i < 5; i++) {
      const response = await postSignIn(
        `nobody${i}@example.com`,
        "wrong-password-x",
        from("198.51.100.6", `6.6.6.${i}`),
      );
      statuses.push(response.status);
      if (response.status === 429) {
        expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
        expect(await response.json()).toMatchObject({ message: expect.any(String) });
      }
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
  });
});

function postSignIn(email: string, password: string, headers: Record<string, string>) {
  return authPost(
    new Request("http://scorelens.test/api/auth/sign-in/email", {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ email, password }),
    }),
  );
}
