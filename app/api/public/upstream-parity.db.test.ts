import { beforeAll, describe, expect, it } from "vitest";
import { describeEachEngine } from "@/db/testing/engines";
import { setDatabaseForTests } from "@/lib/database";
import {
  basicAuth,
  CONFIGS,
  KEYS,
  QUEUE_ID,
  sendRequest,
  seedWriteFixtures,
} from "@/lib/scores/write-fixtures";
import { PATCH as patchItem } from "./annotation-queues/[queueId]/items/[itemId]/route";
import { GET as listItems, POST as createItem } from "./annotation-queues/[queueId]/items/route";
import { GET as getQueue } from "./annotation-queues/[queueId]/route";
import {
  GET as listQueues,
  OPTIONS as queuesPreflight,
  POST as createQueue,
} from "./annotation-queues/route";
import { OPTIONS as ingestionPreflight } from "./ingestion/route";
import { GET as getConfig, PATCH as patchConfig } from "./score-configs/[configId]/route";
import { GET as listConfigs, POST as createConfig } from "./score-configs/route";

/**
 * Behaviour that Langfuse's own server code and tests fix, item by item; each test names the
 * upstream file (langfuse/langfuse) it follows.
 */
const headers = basicAuth(KEYS);
type Handler = Parameters<typeof sendRequest>[0];
const call = (handler: Handler, method: string, path: string, extra: object = {}) =>
  sendRequest(handler, path, { method, headers, ...extra });

describe("CORS preflight (web/src/features/public-api/server/cors.ts: the `cors` package reflects requested headers)", () => {
  const sdkHeaders =
    "authorization,content-type,x-langfuse-sdk-name,x-langfuse-sdk-version,x-langfuse-sdk-variant,x-langfuse-sdk-integration,x-langfuse-public-key";

  it.each([
    ["ingestion", ingestionPreflight],
    ["annotation queues", queuesPreflight],
  ])("allows every header the 3.x SDK sends (%s)", async (_what, preflight) => {
    const request = new Request("http://scorelens.test/api/public/ingestion", {
      method: "OPTIONS",
      headers: {
        origin: "http://127.0.0.1:9",
        "access-control-request-method": "POST",
        "access-control-request-headers": sdkHeaders,
      },
    });
    const response = await preflight(request);
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-headers")).toBe(sdkHeaders);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-methods")).toContain("POST");
  });

  it("lists the SDK's headers when none are requested", async () => {
    const allowed = (await ingestionPreflight()).headers.get("access-control-allow-headers") ?? "";
    for (const name of ["X-Langfuse-Sdk-Variant", "X-Langfuse-Sdk-Integration", "X-Langfuse-Public-Key"]) {
      expect(allowed).toContain(name);
    }
  });
});

describeEachEngine(
  "Langfuse upstream parity",
  (t) => {
    beforeAll(() => setDatabaseForTests(t.handle));

    it("lists True/False for every BOOLEAN config, also one stored without categories (packages/shared/src/domain/score-configs.ts)", async () => {
      // The fixture inserts "helpful" (BOOLEAN) directly, without categories, as the seed once did.
      const read = await call(getConfig, "GET", "/", { params: { configId: CONFIGS.helpful } });
      expect(read.body).toMatchObject({
        dataType: "BOOLEAN",
        categories: [
          { label: "True", value: 1 },
          { label: "False", value: 0 },
        ],
      });
    });

    it("lists score configs newest first (packages/shared/src/server/repositories/score-configs.ts)", async () => {
      const created = await call(createConfig, "POST", "/api/public/score-configs", {
        body: { name: "newest-config", dataType: "TEXT" },
      });
      expect(created.status).toBe(200);
      const listed = await call(listConfigs, "GET", "/api/public/score-configs?limit=2");
      const data = (listed.body as { data: { id: string; createdAt: string }[] }).data;
      expect(data[0].id).toBe((created.body as { id: string }).id);
      expect(data[0].createdAt >= data[1].createdAt).toBe(true);
    });

    it("words config refusals as upstream's tests assert (web/src/__tests__/server/score-configs.servertest.ts)", async () => {
      const missing = await call(getConfig, "GET", "/", { params: { configId: "nope" } });
      expect(missing).toMatchObject({
        status: 404,
        body: { message: "Score config not found within authorized project" },
      });
      const missingPatch = await call(patchConfig, "PATCH", "/", {
        params: { configId: "nope" },
        body: { isArchived: true },
      });
      expect(missingPatch.body).toMatchObject({
        message: "Score config not found within authorized project",
      });
      const badRange = await call(createConfig, "POST", "/api/public/score-configs", {
        body: { name: "bad-range", dataType: "NUMERIC", minValue: 1, maxValue: 0 },
      });
      expect(badRange).toMatchObject({
        status: 400,
        body: {
          message: "Invalid request data",
          error: [
            expect.objectContaining({
              code: "custom",
              message: "Maximum value must be greater than Minimum value",
            }),
          ],
        },
      });
      const badPatch = await call(patchConfig, "PATCH", "/", {
        params: { configId: CONFIGS.quality },
        body: { minValue: 100, maxValue: 50 },
      });
      expect(badPatch.status).toBe(400);
      expect((badPatch.body as { message: string }).message).toContain(
        "Maximum value must be greater than Minimum value",
      );
    });

    describe("annotation queues (web/src/features/annotation-queues/server/publicAnnotationQueueService.ts)", () => {
      it("lists queues newest first", async () => {
        const created = await call(createQueue, "POST", "/api/public/annotation-queues", {
          body: { name: "Newest queue", scoreConfigIds: [CONFIGS.quality] },
        });
        expect(created.status).toBe(200);
        const listed = await call(listQueues, "GET", "/api/public/annotation-queues");
        const names = (listed.body as { data: { name: string }[] }).data.map((queue) => queue.name);
        expect(names[0]).toBe("Newest queue");
        expect(names.at(-1)).toBe("Review");
      });

      it("refuses a taken name with upstream's 400 and message", async () => {
        const taken = await call(createQueue, "POST", "/api/public/annotation-queues", {
          body: { name: "Review", scoreConfigIds: [CONFIGS.quality] },
        });
        expect(taken).toMatchObject({
          status: 400,
          body: { message: "A queue with this name already exists.", error: "InvalidRequestError" },
        });
      });

      it("refuses unknown configs and an empty config list (web/src/features/public-api/types/annotation-queues.ts)", async () => {
        const unknown = await call(createQueue, "POST", "/api/public/annotation-queues", {
          body: { name: "Unknown configs", scoreConfigIds: [CONFIGS.quality, "cfg-nope"] },
        });
        expect(unknown.body).toMatchObject({
          message: "At least one of the score config IDs cannot be found for the given project.",
        });
        const empty = await call(createQueue, "POST", "/api/public/annotation-queues", {
          body: { name: "No configs", scoreConfigIds: [] },
        });
        expect(empty.status).toBe(400);
        expect((empty.body as { error: { path: PropertyKey[] }[] }).error[0].path).toEqual([
          "scoreConfigIds",
        ]);
      });

      it("refuses unknown keys in list queries and bodies (strict schemas)", async () => {
        const listed = await call(listQueues, "GET", "/api/public/annotation-queues?page=1&sort=name");
        expect(listed.status).toBe(400);
        expect((listed.body as { error: { code: string; keys?: string[] }[] }).error[0]).toMatchObject({
          code: "unrecognized_keys",
          keys: ["sort"],
        });
        const items = await call(listItems, "GET", "/?foo=1", { params: { queueId: QUEUE_ID } });
        expect(items.status).toBe(400);
        const extra = await call(createItem, "POST", "/", {
          params: { queueId: QUEUE_ID },
          body: { objectId: "t", objectType: "TRACE", priority: 1 },
        });
        expect(extra.status).toBe(400);
      });

      it("answers an unknown queue with 'Annotation queue not found'", async () => {
        for (const [handler, method] of [
          [getQueue, "GET"],
          [listItems, "GET"],
        ] as const) {
          const response = await call(handler, method, "/", { params: { queueId: "nope" } });
          expect(response).toMatchObject({ status: 404, body: { message: "Annotation queue not found" } });
        }
        const item = await call(patchItem, "PATCH", "/", {
          params: { queueId: QUEUE_ID, itemId: "nope" },
          body: { status: "COMPLETED" },
        });
        expect(item).toMatchObject({ status: 404, body: { message: "Annotation queue item not found" } });
      });

      it("keeps completedAt when an item moves back to PENDING", async () => {
        const added = await call(createItem, "POST", "/", {
          params: { queueId: QUEUE_ID },
          body: { objectId: "trace-reopen", objectType: "TRACE", status: "COMPLETED" },
        });
        const item = added.body as { id: string; completedAt: string };
        expect(item.completedAt).not.toBeNull();
        const reopened = await call(patchItem, "PATCH", "/", {
          params: { queueId: QUEUE_ID, itemId: item.id },
          body: { status: "PENDING" },
        });
        expect(reopened.body).toMatchObject({ status: "PENDING", completedAt: item.completedAt });
      });
    });
  },
  seedWriteFixtures,
);
