import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { accounts, organizations, projects, sessions } from "@/db/schema";
import { describeEachEngine } from "@/db/testing/engines";
import { setDatabaseForTests } from "@/lib/database";
import { isPasswordChangeRequired } from "./accounts";
import { getAuth, getAuthFor } from "./better-auth";
import { changeOwnPassword } from "./dashboard-auth";
import { getSessionUser } from "./session";
import { cookieHeaderFrom, createPerson, signIn } from "./test-sessions";

const ADA = { email: "ada@example.com", password: "analytical-engine-1843", name: "Ada" };
const requestWith = (cookie: string) => new Request("http://scorelens.test/x", { headers: { cookie } });

describeEachEngine("Better Auth sessions", (t) => {
  let adaId: string;
  beforeAll(async () => {
    setDatabaseForTests(t.handle);
    await t.db.insert(organizations).values({ id: "o", name: "Org" });
    await t.db.insert(projects).values({ id: "p", organizationId: "o", name: "P" });
    adaId = await createPerson(t.db, ADA, { p: "viewer" });
  });

  it("stores a scrypt hash, never the password", async () => {
    const [row] = await t.db.select().from(accounts).where(eq(accounts.userId, adaId));
    expect(row).toMatchObject({ providerId: "credential", accountId: adaId });
    expect(row.password).not.toContain(ADA.password);
    expect(row.password).toMatch(/^[0-9a-f]+:[0-9a-f]+$/);
  });

  it("signs in with the password, resolves the cookie, and forgets it after sign-out", async () => {
    const cookie = await signIn({ email: "ADA@example.com", password: ADA.password });
    expect(cookie).toMatch(/^scorelens\.session_token=/);
    expect(await getSessionUser(requestWith(cookie))).toEqual({
      userId: adaId,
      email: ADA.email,
      name: "Ada",
    });

    const auth = await getAuth();
    await auth.api.signOut({ headers: new Headers({ cookie }) });
    expect(await getSessionUser(requestWith(cookie))).toBeNull();
  });

  it("refuses a wrong password and a forged or unknown cookie", async () => {
    await expect(signIn({ email: ADA.email, password: "not-the-password" })).rejects.toMatchObject({
      statusCode: 401,
    });
    const cookie = await signIn(ADA);
    const [name, value] = cookie.split("=");
    const [token] = decodeURIComponent(value).split(".");
    expect(await getSessionUser(requestWith(`${name}=${token}.forgedsignature`))).toBeNull();
    expect(await getSessionUser(requestWith("scorelens.session_token=nope"))).toBeNull();
    expect(await getSessionUser(requestWith(""))).toBeNull();
  });

  it("expires a session whose row has expired", async () => {
    const cookie = await signIn(ADA);
    await t.db.update(sessions).set({ expiresAt: new Date(Date.now() - 1000) });
    expect(await getSessionUser(requestWith(cookie))).toBeNull();
  });

  it("changes a password under the policy, ending the other sessions and the change requirement", async () => {
    const person = { email: "ben@example.com", password: "one-time-AbCdE-fGhJk", name: "Ben" };
    const benId = await createPerson(t.db, person);
    await t.db.update(accounts).set({ passwordChangeRequired: true }).where(eq(accounts.userId, benId));
    const other = await signIn(person);
    const headers = new Headers({ cookie: await signIn(person) });
    const auth = await getAuth();
    await expect(
      auth.api.changePassword({
        body: { currentPassword: person.password, newPassword: "aaaaaaaaaaaa" },
        headers,
      }),
    ).rejects.toMatchObject({ statusCode: 400, body: { code: "PASSWORD_POLICY" } });

    const wrong = await changeOwnPassword(headers, benId, {
      current: "not-it-at-all",
      password: "ben-new-password",
    });
    expect(wrong).toMatchObject({ ok: false, field: "current" });
    expect(
      await changeOwnPassword(headers, benId, { current: person.password, password: "ben-new-password" }),
    ).toEqual({
      ok: true,
    });
    expect(await isPasswordChangeRequired(t.db, benId)).toBe(false);
    expect(await getSessionUser(requestWith(other))).toBeNull();
    expect(await signIn({ email: person.email, password: "ben-new-password" })).toMatch(/session_token/);
    await expect(signIn(person)).rejects.toMatchObject({ statusCode: 401 });
  });

  describe("cookies", () => {
    async function setCookieLine(headers: Record<string, string>) {
      const auth = await getAuthFor(new Headers(headers));
      const result = await auth.api.signInEmail({
        body: { email: ADA.email, password: ADA.password },
        headers: new Headers(headers),
        returnHeaders: true,
      });
      return { line: result.headers.getSetCookie()[0], cookie: cookieHeaderFrom(result.headers) };
    }

    it("are HttpOnly and SameSite=Lax, and not Secure over plain HTTP", async () => {
      const { line } = await setCookieLine({});
      expect(line).toMatch(/HttpOnly/i);
      expect(line).toMatch(/SameSite=Lax/i);
      expect(line).not.toMatch(/Secure/i);
    });

    it("are Secure (with the __Secure- prefix) behind HTTPS, and resolve there", async () => {
      const https = { "x-forwarded-proto": "https" };
      const { line, cookie } = await setCookieLine(https);
      expect(line).toMatch(/^__Secure-scorelens\.session_token=/);
      expect(line).toMatch(/; Secure/i);
      const request = new Request("https://scorelens.test/x", { headers: { cookie } });
      expect(await getSessionUser(request)).toMatchObject({ userId: adaId });
    });
  });
});
