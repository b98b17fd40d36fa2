import { beforeAll, expect, it } from "vitest";
import { GET as listRevisions } from "@/app/api/v1/scores/[id]/revisions/route";
import { POST as createScore } from "@/app/api/v1/scores/route";
import { describeEachEngine } from "@/db/testing/engines";
import { storeApiKey } from "@/lib/auth/api-keys";
import { setDatabaseForTests } from "@/lib/database";
import { patchScore } from "./write";
import {
  PRINCIPALS,
  PROJECT_ID,
  USERS,
  basicAuth,
  sendRequest,
  seedWriteFixtures,
  traceScore,
} from "./write-fixtures";

/** The history route names who made each change, so the drawer can say it without more requests. */
const NOTED_KEYS = { publicKey: "pk-sl-noted", secretKey: "sk-sl-noted-secret-0123456789abcdef" };

describeEachEngine(
  "score revisions: actors",
  (t) => {
    beforeAll(() => setDatabaseForTests(t.handle));

    it("names the API key (its note) and the person (name and email) behind each revision", async () => {
      await storeApiKey(t.db, { projectId: PROJECT_ID, keys: NOTED_KEYS, note: "CI evaluator" });
      const auth = basicAuth(NOTED_KEYS);
      const created = await sendRequest(createScore, "/api/v1/scores", {
        method: "POST",
        headers: auth,
        body: traceScore({ id: "actor-1" }),
      });
      expect(created.status).toBe(201);
      await patchScore(t.db, PRINCIPALS.owner, "actor-1", { value: 3 });

      const history = await sendRequest(listRevisions, "/api/v1/scores/actor-1/revisions", {
        headers: auth,
        params: { id: "actor-1" },
      });
      expect(history.status).toBe(200);
      const [first, second] = (history.body as { data: Record<string, unknown>[] }).data;
      expect(first).toMatchObject({
        action: "create",
        actor: { kind: "apiKey", id: first.actorApiKeyId, name: "CI evaluator" },
      });
      expect(second).toMatchObject({
        action: "update",
        actorUserId: USERS.owner,
        actor: {
          kind: "user",
          id: USERS.owner,
          name: `Name of ${USERS.owner}`,
          email: `${USERS.owner}@example.com`,
        },
      });
    });

    it("keeps the ids of actors that no longer exist, with no name", async () => {
      await patchScore(t.db, { ...PRINCIPALS.apiKey, apiKeyId: "key-gone" }, "actor-1", { value: 4 });
      const history = await sendRequest(listRevisions, "/x", {
        headers: basicAuth(NOTED_KEYS),
        params: { id: "actor-1" },
      });
      const last = (history.body as { data: Record<string, unknown>[] }).data.at(-1);
      expect(last?.actor).toEqual({ kind: "apiKey", id: "key-gone", name: null });
    });
  },
  seedWriteFixtures,
);
