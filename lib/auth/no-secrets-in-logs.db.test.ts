import { afterAll, beforeAll, expect, it } from "vitest";
import { POST as authPost } from "@/app/api/auth/[...all]/route";
import { POST as createKey } from "@/app/api/v1/api-keys/route";
import { POST as addMember } from "@/app/api/v1/members/route";
import { GET as listScores } from "@/app/api/v1/scores/route";
import { organizations, projects } from "@/db/schema";
import { describeEachEngine } from "@/db/testing/engines";
import { callRoute } from "@/lib/api/test-client";
import { headerStyles } from "@/lib/api/test-tenancy";
import { storeApiKey } from "@/lib/auth/api-keys";
import { readConfig } from "@/lib/config";
import { setDatabaseForTests } from "@/lib/database";
import { log, redirectLogs } from "@/lib/log";
import { resolveAuthSecret } from "./secret";
import { createPerson, signIn } from "./test-sessions";

/**
 * Every log line written while people sign in (rightly and wrongly), use sessions and keys, and
 * create keys and accounts is captured; none may contain a password, a session token or a secret.
 */
const OWNER = { email: "owner@logs.test", password: "owner-password-logs", name: "Owner" };
const KEY = { publicKey: "pk-sl-logs", secretKey: "sk-sl-logs-secret-0123456789abcdef0123456789" };

describeEachEngine("no secrets in logs", (t) => {
  const lines: string[] = [];
  const secrets: string[] = [OWNER.password, KEY.secretKey, "wrong-password-logs"];
  let restore: () => void;
  let level: string;

  beforeAll(async () => {
    setDatabaseForTests(t.handle);
    await t.db.insert(organizations).values({ id: "org", name: "Org" });
    await t.db.insert(projects).values({ id: "logs", organizationId: "org", name: "Logs" });
    await createPerson(t.db, OWNER, { logs: "owner" });
    await storeApiKey(t.db, { projectId: "logs", keys: KEY });
    secrets.push(await resolveAuthSecret(readConfig(), t.db));
    level = log.level;
    log.level = "trace";
    restore = redirectLogs({ write: (line) => lines.push(line) });
  });
  afterAll(() => {
    restore();
    log.level = level;
  });

  it("runs the flows that handle credentials", async () => {
    await expect(signIn({ email: OWNER.email, password: "wrong-password-logs" })).rejects.toBeTruthy();
    await expect(signIn({ email: "nobody@logs.test", password: "wrong-password-logs" })).rejects.toBeTruthy();
    const cookie = await signIn(OWNER);
    const value = decodeURIComponent(cookie.split("=")[1]);
    secrets.push(value, value.split(".")[0]);
    const session = { cookie };

    expect((await callRoute(listScores, "/api/v1/scores?projectId=logs", { headers: session })).status).toBe(
      200,
    );
    for (const style of Object.values(headerStyles)) {
      expect((await callRoute(listScores, "/api/v1/scores", { headers: style(KEY) })).status).toBe(200);
      const wrong = style({ ...KEY, secretKey: `${KEY.secretKey}-wrong` });
      expect((await callRoute(listScores, "/api/v1/scores", { headers: wrong })).status).toBe(401);
    }
    const created = await callRoute(createKey, "/api/v1/api-keys?projectId=logs", {
      method: "POST",
      headers: session,
      body: { note: "logged?" },
    });
    secrets.push((created.body as { secretKey: string }).secretKey);
    const added = await callRoute(addMember, "/api/v1/members?projectId=logs", {
      method: "POST",
      headers: session,
      body: { email: "new@logs.test", role: "viewer" },
    });
    secrets.push((added.body as { oneTimePassword: string }).oneTimePassword);
    const http = await authPost(
      new Request("http://scorelens.test/api/auth/sign-in/email", {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": "10.9.9.9" },
        body: JSON.stringify({ email: OWNER.email, password: "wrong-password-logs" }),
      }),
    );
    expect(http.status).toBe(401);
    // A careless caller passing credentials to the logger gets them redacted.
    log.warn(
      { headers: { authorization: `Bearer ${KEY.secretKey}`, cookie }, password: OWNER.password },
      "x",
    );
    log.warn({ body: { secretKey: KEY.secretKey, token: value, password: OWNER.password } }, "y");
  });

  it("wrote log lines, Better Auth's among them, with none of the secrets", () => {
    expect(lines.length).toBeGreaterThan(10);
    expect(lines.some((line) => line.includes('"component":"better-auth"'))).toBe(true);
    expect(secrets.filter(Boolean).length).toBeGreaterThanOrEqual(8);
    const leaks = lines.filter((line) => secrets.some((secret) => secret && line.includes(secret)));
    expect(leaks).toEqual([]);
  });
});
