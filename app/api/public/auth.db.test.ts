import { beforeAll, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { describeEachEngine } from "@/db/testing/engines";
import { apiKeys } from "@/db/schema";
import { storeApiKey } from "@/lib/auth/api-keys";
import { setDatabaseForTests } from "@/lib/database";
import {
  KEYS,
  OTHER_PROJECT_ID,
  PROJECT_ID,
  sendRequest,
  seedWriteFixtures,
} from "@/lib/scores/write-fixtures";
import { GET as listConfigs } from "./score-configs/route";
import { OPTIONS as preflightScores } from "./scores/route";
import { GET as listV3 } from "./v3/scores/route";

/**
 * Authentication on the Langfuse surface: the 401 reason depends on what the Authorization
 * header held (upstream's exact words, body `{message}` only); a bare public key is 401 outside
 * score creation (the full table is app/api/public-key-rule.db.test.ts); the three header styles
 * of security.md all work.
 */
const REVOKED = { publicKey: "pk-sl-revoked", secretKey: "sk-sl-revoked-secret-0123456789abcdef0000" };
const basic = (text: string) => ({ authorization: `Basic ${Buffer.from(text).toString("base64")}` });
const hint = "Confirm that you've configured the correct host.";

describeEachEngine(
  "Langfuse authentication",
  (t) => {
    beforeAll(() => setDatabaseForTests(t.handle));

    const cases: [what: string, headers: Record<string, string>, status: number, message: string][] = [
      ["no header", {}, 401, "No authorization header"],
      [
        "Basic with a wrong secret",
        basic(`${KEYS.publicKey}:sk-sl-wrong`),
        401,
        `Invalid credentials. ${hint}`,
      ],
      [
        "Basic with an unknown public key",
        basic(`pk-sl-nobody:${KEYS.secretKey}`),
        401,
        `Invalid credentials. ${hint}`,
      ],
      ["Basic without a colon", basic(KEYS.publicKey), 401, `Invalid authorization header. ${hint}`],
      [
        "Basic with an unknown public key and an empty secret",
        basic("pk-sl-nobody:"),
        401,
        `Invalid public key. ${hint}`,
      ],
      [
        "Bearer with an unknown public key",
        { authorization: "Bearer pk-sl-nobody" },
        401,
        `Invalid public key. ${hint}`,
      ],
      ["an unknown scheme", { authorization: "Token abc" }, 401, "Invalid authorization header"],
      [
        "a revoked key",
        basic(`${REVOKED.publicKey}:${REVOKED.secretKey}`),
        401,
        `Invalid credentials. ${hint}`,
      ],
      [
        "Bearer with a valid public key alone",
        { authorization: `Bearer ${KEYS.publicKey}` },
        401,
        "Access denied - need to use basic auth with secret key",
      ],
      [
        "Basic with a valid public key and an empty secret",
        basic(`${KEYS.publicKey}:`),
        401,
        "Access denied - need to use basic auth with secret key",
      ],
      [
        "X-Api-Key with a valid public key alone",
        { "x-api-key": KEYS.publicKey },
        401,
        `Invalid credentials. ${hint}`,
      ],
    ];
    it.each(cases)("%s", async (_what, headers, status, message) => {
      for (const handler of [listV3, listConfigs]) {
        const response = await sendRequest(handler, "/api/public/v3/scores", { headers });
        expect(response).toMatchObject({ status, body: { message } });
        expect(Object.keys(response.body as object)).toEqual(["message"]);
      }
    });

    it("accepts Basic, Bearer secret and X-Api-Key + X-Secret-Key for the same key", async () => {
      const styles = [
        basic(`${KEYS.publicKey}:${KEYS.secretKey}`),
        { authorization: `Bearer ${KEYS.secretKey}` },
        { "x-api-key": KEYS.publicKey, "x-secret-key": KEYS.secretKey },
      ];
      for (const headers of styles) {
        expect((await sendRequest(listV3, "/api/public/v3/scores?limit=1", { headers })).status).toBe(200);
      }
    });

    it("serves browsers: CORS headers on every answer, and a preflight", async () => {
      const denied = await sendRequest(listV3, "/api/public/v3/scores", {});
      expect(denied.headers.get("access-control-allow-origin")).toBe("*");
      const preflight = await preflightScores();
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get("access-control-allow-headers")).toContain("Authorization");
      expect(preflight.headers.get("access-control-allow-credentials")).toBeNull();
    });

    it("refuses a projectId naming another project", async () => {
      const headers = basic(`${KEYS.publicKey}:${KEYS.secretKey}`);
      const response = await sendRequest(
        listConfigs,
        `/api/public/score-configs?projectId=${OTHER_PROJECT_ID}`,
        {
          headers,
        },
      );
      expect(response.status).toBe(403);
    });
  },
  async (db) => {
    await seedWriteFixtures(db);
    await storeApiKey(db, { projectId: PROJECT_ID, keys: REVOKED });
    await db.update(apiKeys).set({ revokedAt: new Date() }).where(eq(apiKeys.publicKey, REVOKED.publicKey));
  },
);
