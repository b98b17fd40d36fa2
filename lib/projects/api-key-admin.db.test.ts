import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { DELETE as revokeKey } from "@/app/api/v1/api-keys/[id]/route";
import { GET as listKeys, POST as createKey } from "@/app/api/v1/api-keys/route";
import { GET as listScores } from "@/app/api/v1/scores/route";
import { apiKeys, organizations, projects } from "@/db/schema";
import { describeEachEngine } from "@/db/testing/engines";
import { callRoute } from "@/lib/api/test-client";
import { headerStyles } from "@/lib/api/test-tenancy";
import { generateKeyPair, storeApiKey } from "@/lib/auth/api-keys";
import { createPerson, signIn } from "@/lib/auth/test-sessions";
import { setDatabaseForTests } from "@/lib/database";
import { errorResponseSchema } from "@/lib/scores/score-json";
import { apiKeyJsonSchema, createdApiKeyJsonSchema } from "./api-key-admin";

const ADMIN = { email: "keymaster@team.test", password: "keymaster-secret-1", name: "Keymaster" };

describeEachEngine("API key management", (t) => {
  let session: Record<string, string>;
  const call = (handler: Parameters<typeof callRoute>[0], method: string, path: string, extra = {}) =>
    callRoute(handler, `${path}?projectId=alpha`, { method, headers: session, ...extra });

  beforeAll(async () => {
    setDatabaseForTests(t.handle);
    await t.db.insert(organizations).values({ id: "org", name: "Org" });
    await t.db.insert(projects).values([
      { id: "alpha", organizationId: "org", name: "Alpha" },
      { id: "beta", organizationId: "org", name: "Beta" },
    ]);
    await createPerson(t.db, ADMIN, { alpha: "admin" });
    session = { cookie: await signIn(ADMIN) };
  });

  it("shows the secret once, then only its last characters; the key works in every header style", async () => {
    const created = await call(createKey, "POST", "/api/v1/api-keys", { body: { note: "CI evaluator" } });
    expect(created.status).toBe(201);
    expect(created.headers.get("cache-control")).toBe("no-store");
    const key = createdApiKeyJsonSchema.parse(created.body);
    expect(key).toMatchObject({ note: "CI evaluator", createdBy: { name: "Keymaster" }, lastUsedAt: null });
    expect(key.secretKey).toMatch(/^sk-sl-/);
    expect(key.secretHint).toBe(key.secretKey.slice(-4));

    const listed = await call(listKeys, "GET", "/api/v1/api-keys");
    expect(JSON.stringify(listed.body)).not.toContain(key.secretKey);
    const [row] = (listed.body as { data: unknown[] }).data.map((item) =>
      apiKeyJsonSchema.strict().parse(item),
    );
    expect(row.id).toBe(key.id);

    // Refused (another project): not a use worth recording.
    const refused = await callRoute(listScores, "/api/v1/scores?projectId=beta", {
      headers: headerStyles.basic(key),
    });
    expect(refused.status).toBe(403);
    const lastUsed = async () =>
      (await t.db.select().from(apiKeys).where(eq(apiKeys.id, key.id)))[0].lastUsedAt;
    expect(await lastUsed()).toBeNull();
    for (const style of Object.values(headerStyles)) {
      const res = await callRoute(listScores, "/api/v1/scores", { headers: style(key) });
      expect(res.status).toBe(200);
    }
    const [stored] = await t.db.select().from(apiKeys).where(eq(apiKeys.id, key.id));
    expect(stored.lastUsedAt).toBeInstanceOf(Date);
    const relisted = await call(listKeys, "GET", "/api/v1/api-keys");
    expect((relisted.body as { data: { lastUsedAt: string | null }[] }).data[0].lastUsedAt).not.toBeNull();
  });

  it("revokes at once and idempotently; another project's key is not found here", async () => {
    const key = createdApiKeyJsonSchema.parse(
      (await call(createKey, "POST", "/api/v1/api-keys", { body: {} })).body,
    );
    expect(
      (await callRoute(listScores, "/api/v1/scores", { headers: headerStyles.bearer(key) })).status,
    ).toBe(200);
    const revoked = await call(revokeKey, "DELETE", `/api/v1/api-keys/${key.id}`, { params: { id: key.id } });
    expect(revoked.status).toBe(204);
    for (const style of Object.values(headerStyles)) {
      expect((await callRoute(listScores, "/api/v1/scores", { headers: style(key) })).status).toBe(401);
    }
    expect(
      (await call(revokeKey, "DELETE", `/api/v1/api-keys/${key.id}`, { params: { id: key.id } })).status,
    ).toBe(204);
    const listed = (await call(listKeys, "GET", "/api/v1/api-keys")).body as {
      data: { id: string; revokedAt: string }[];
    };
    expect(listed.data.find((item) => item.id === key.id)?.revokedAt).toEqual(expect.any(String));

    const betaKey = await storeApiKey(t.db, { projectId: "beta", keys: generateKeyPair() });
    const foreign = await call(revokeKey, "DELETE", `/api/v1/api-keys/${betaKey}`, {
      params: { id: betaKey },
    });
    expect(foreign.status).toBe(404);
    const [untouched] = await t.db.select().from(apiKeys).where(eq(apiKeys.id, betaKey));
    expect(untouched.revokedAt).toBeNull();
  });

  it("refuses a session-authenticated change sent from another site, creating nothing", async () => {
    const before = await t.db.select().from(apiKeys);
    const res = await call(createKey, "POST", "/api/v1/api-keys", {
      headers: { ...session, "sec-fetch-site": "same-site" },
      body: { note: "planted" },
    });
    expect(res.status).toBe(403);
    expect(await t.db.select().from(apiKeys)).toEqual(before);
    const read = await call(listKeys, "GET", "/api/v1/api-keys", {
      headers: { ...session, "sec-fetch-site": "cross-site" },
    });
    expect(read.status).toBe(200);
  });

  it("refuses a note that is too long or a field it does not know, naming it", async () => {
    for (const [body, field] of [
      [{ note: "x".repeat(201) }, "note"],
      [{ scopes: ["all"] }, "(root)"],
    ] as const) {
      const res = await call(createKey, "POST", "/api/v1/api-keys", { body });
      expect(res.status).toBe(400);
      expect(errorResponseSchema.parse(res.body).error.issues?.map((issue) => issue.path)).toContain(field);
    }
  });
});
