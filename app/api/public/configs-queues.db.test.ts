import { beforeAll, describe, expect, it } from "vitest";
import { describeEachEngine } from "@/db/testing/engines";
import { setDatabaseForTests } from "@/lib/database";
import {
  basicAuth,
  CONFIGS,
  KEYS,
  OTHER_QUEUE_ID,
  PROJECT_ID,
  QUEUE_ID,
  sendRequest,
  seedWriteFixtures,
  USERS,
} from "@/lib/scores/write-fixtures";
import { listQueueAssignees } from "@/lib/queues/assignments";
import { POST as assign, DELETE as unassign } from "./annotation-queues/[queueId]/assignments/route";
import {
  DELETE as deleteItem,
  GET as getItem,
  PATCH as patchItem,
} from "./annotation-queues/[queueId]/items/[itemId]/route";
import { GET as listItems, POST as createItem } from "./annotation-queues/[queueId]/items/route";
import { GET as getQueue } from "./annotation-queues/[queueId]/route";
import { GET as listQueues, POST as createQueue } from "./annotation-queues/route";
import { GET as getConfig, PATCH as patchConfig } from "./score-configs/[configId]/route";
import { GET as listConfigs, POST as createConfig } from "./score-configs/route";
import { POST as createScore } from "./scores/route";

/** Score configs and annotation queues (with items and assignments) in Langfuse's shapes. */
const headers = basicAuth(KEYS);
const call = (handler: Parameters<typeof sendRequest>[0], method: string, path: string, extra: object = {}) =>
  sendRequest(handler, path, { method, headers, ...extra });
const isoDate = expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

describeEachEngine(
  "Langfuse score configs and annotation queues",
  (t) => {
    beforeAll(() => setDatabaseForTests(t.handle));

    describe("score configs", () => {
      it("lists configs with page meta", async () => {
        const response = await call(listConfigs, "GET", "/api/public/score-configs?page=2&limit=3");
        expect(response.status).toBe(200);
        const body = response.body as { data: { projectId: string }[]; meta: unknown };
        expect(body.meta).toEqual({ page: 2, limit: 3, totalItems: 7, totalPages: 3 });
        expect(body.data).toHaveLength(3);
        expect(body.data.every((config) => config.projectId === PROJECT_ID)).toBe(true);
      });

      it("creates, reads and archives a config", async () => {
        const created = await call(createConfig, "POST", "/api/public/score-configs", {
          body: {
            name: "Speed (ms)",
            dataType: "NUMERIC",
            minValue: 0,
            maxValue: 100,
            description: "latency",
          },
        });
        expect(created).toMatchObject({ status: 200 });
        const config = created.body as Record<string, unknown> & { id: string };
        expect(config).toEqual({
          id: config.id,
          name: "Speed (ms)",
          createdAt: isoDate,
          updatedAt: isoDate,
          projectId: PROJECT_ID,
          dataType: "NUMERIC",
          isArchived: false,
          minValue: 0,
          maxValue: 100,
          categories: null,
          description: "latency",
        });
        const read = await call(getConfig, "GET", `/api/public/score-configs/${config.id}`, {
          params: { configId: config.id },
        });
        expect(read.body).toEqual(config);
        const archived = await call(patchConfig, "PATCH", `/api/public/score-configs/${config.id}`, {
          params: { configId: config.id },
          body: { isArchived: true },
        });
        expect(archived.body).toMatchObject({ isArchived: true, name: "Speed (ms)" });
        expect((archived.body as { updatedAt: string }).updatedAt > (config.updatedAt as string)).toBe(true);
        const score = await call(createScore, "POST", "/api/public/scores", {
          body: { name: "Speed (ms)", value: 5, configId: config.id, traceId: "t" },
        });
        expect(score.status).toBe(400);
      });

      it("generates the categories of a BOOLEAN config", async () => {
        const created = await call(createConfig, "POST", "/api/public/score-configs", {
          body: { name: "is_safe", dataType: "BOOLEAN" },
        });
        expect(created.body).toMatchObject({
          categories: [
            { label: "True", value: 1 },
            { label: "False", value: 0 },
          ],
        });
      });

      const refusals: [what: string, body: Record<string, unknown>, path: PropertyKey[], message?: string][] =
        [
          ["a name over 35 characters", { name: "n".repeat(36), dataType: "TEXT" }, ["name"]],
          ["a name with a slash", { name: "a/b", dataType: "TEXT" }, ["name"]],
          ["CORRECTION", { name: "fix", dataType: "CORRECTION" }, ["dataType"]],
          [
            "min not below max",
            { name: "r", dataType: "NUMERIC", minValue: 5, maxValue: 5 },
            ["maxValue"],
            "Maximum value must be greater than Minimum value",
          ],
          ["CATEGORICAL without categories", { name: "c", dataType: "CATEGORICAL" }, ["categories"]],
          [
            "duplicate labels",
            {
              name: "c",
              dataType: "CATEGORICAL",
              categories: [
                { label: "a", value: 1 },
                { label: "a", value: 2 },
              ],
            },
            ["categories"],
            "Category labels must be unique",
          ],
          [
            "duplicate values",
            {
              name: "c",
              dataType: "CATEGORICAL",
              categories: [
                { label: "a", value: 1 },
                { label: "b", value: 1 },
              ],
            },
            ["categories"],
            "Category values must be unique",
          ],
          [
            "categories on BOOLEAN",
            { name: "b", dataType: "BOOLEAN", categories: [{ label: "yes", value: 1 }] },
            ["categories"],
          ],
          ["a range on TEXT", { name: "t", dataType: "TEXT", minValue: 1 }, ["minValue"]],
        ];
      it.each(refusals)("refuses %s", async (_what, body, path, message) => {
        const response = await call(createConfig, "POST", "/api/public/score-configs", { body });
        expect(response.status).toBe(400);
        const issues = (
          response.body as { message: string; error: { path: PropertyKey[]; message: string }[] }
        ).error;
        expect((response.body as { message: string }).message).toBe("Invalid request data");
        expect(issues[0].path).toEqual(path);
        if (message) expect(issues[0].message).toBe(message);
      });

      it("refuses a taken name (409), an empty patch (400) and an unknown id (404)", async () => {
        const taken = await call(createConfig, "POST", "/api/public/score-configs", {
          body: { name: "quality", dataType: "NUMERIC" },
        });
        expect(taken).toMatchObject({ status: 409, body: { error: "LangfuseConflictError" } });
        const empty = await call(patchConfig, "PATCH", "/api/public/score-configs/x", {
          params: { configId: CONFIGS.quality },
          body: {},
        });
        expect(empty.status).toBe(400);
        const missing = await call(getConfig, "GET", "/api/public/score-configs/nope", {
          params: { configId: "nope" },
        });
        expect(missing).toEqual({
          status: 404,
          headers: expect.anything(),
          body: {
            message: "Score config not found within authorized project",
            error: "LangfuseNotFoundError",
          },
        });
      });
    });

    describe("annotation queues", () => {
      it("creates and reads a queue; its configs must exist in the project", async () => {
        const created = await call(createQueue, "POST", "/api/public/annotation-queues", {
          body: { name: "Weekly review", description: "sample", scoreConfigIds: [CONFIGS.quality] },
        });
        const queue = created.body as { id: string };
        expect(created.body).toEqual({
          id: queue.id,
          name: "Weekly review",
          description: "sample",
          scoreConfigIds: [CONFIGS.quality],
          createdAt: isoDate,
          updatedAt: isoDate,
        });
        const read = await call(getQueue, "GET", "/", { params: { queueId: queue.id } });
        expect(read.body).toEqual(created.body);
        const listed = await call(listQueues, "GET", "/api/public/annotation-queues");
        expect((listed.body as { meta: unknown }).meta).toEqual({
          page: 1,
          limit: 50,
          totalItems: 2,
          totalPages: 1,
        });
        const unknownConfig = await call(createQueue, "POST", "/api/public/annotation-queues", {
          body: { name: "Other", scoreConfigIds: [CONFIGS.otherProject] },
        });
        expect(unknownConfig).toMatchObject({
          status: 400,
          body: {
            message: "At least one of the score config IDs cannot be found for the given project.",
            error: "InvalidRequestError",
          },
        });
        const taken = await call(createQueue, "POST", "/api/public/annotation-queues", {
          body: { name: "Weekly review", scoreConfigIds: [CONFIGS.quality] },
        });
        expect(taken).toMatchObject({
          status: 400,
          body: { message: "A queue with this name already exists.", error: "InvalidRequestError" },
        });
      });

      it("adds, lists, completes and deletes items", async () => {
        const params = { queueId: QUEUE_ID };
        const added = await call(createItem, "POST", "/", {
          params,
          body: { objectId: "trace-1", objectType: "TRACE" },
        });
        const item = added.body as { id: string; createdAt: string };
        expect(added.body).toEqual({
          id: item.id,
          queueId: QUEUE_ID,
          objectId: "trace-1",
          objectType: "TRACE",
          status: "PENDING",
          completedAt: null,
          createdAt: isoDate,
          updatedAt: item.createdAt,
        });
        await call(createItem, "POST", "/", {
          params,
          body: { objectId: "s-9", objectType: "SESSION", status: "COMPLETED" },
        });
        const pending = await call(listItems, "GET", "/?status=PENDING", { params });
        expect((pending.body as { data: { id: string }[] }).data.map((row) => row.id)).toEqual([item.id]);
        const itemParams = { queueId: QUEUE_ID, itemId: item.id };
        const completed = await call(patchItem, "PATCH", "/", {
          params: itemParams,
          body: { status: "COMPLETED" },
        });
        expect(completed.body).toMatchObject({ status: "COMPLETED", completedAt: isoDate });
        const done = completed.body as { completedAt: string; updatedAt: string };
        expect(done.updatedAt).toBe(done.completedAt);
        const all = await call(listItems, "GET", "/?status=COMPLETED", { params });
        expect((all.body as { meta: { totalItems: number } }).meta.totalItems).toBe(2);
        expect((await call(deleteItem, "DELETE", "/", { params: itemParams })).body).toEqual({
          success: true,
          message: "Annotation queue item deleted successfully",
        });
        expect((await call(getItem, "GET", "/", { params: itemParams })).status).toBe(404);
      });

      it("does not reach another project's queue", async () => {
        const params = { queueId: OTHER_QUEUE_ID };
        expect((await call(listItems, "GET", "/", { params })).status).toBe(404);
        const added = await call(createItem, "POST", "/", {
          params,
          body: { objectId: "x", objectType: "TRACE" },
        });
        expect(added.status).toBe(404);
      });

      it("assigns a project member to a queue and removes the assignment", async () => {
        const body = { userId: USERS.annotator };
        const assigned = await call(assign, "POST", "/", { params: { queueId: QUEUE_ID }, body });
        expect(assigned.status).toBe(200);
        expect(assigned.body).toEqual({ userId: USERS.annotator, queueId: QUEUE_ID, projectId: PROJECT_ID });
        // assigning twice is a no-op, not a conflict
        expect((await call(assign, "POST", "/", { params: { queueId: QUEUE_ID }, body })).status).toBe(200);
        expect(await listQueueAssignees(t.db, PROJECT_ID, QUEUE_ID)).toEqual([USERS.annotator]);
        const removed = await call(unassign, "DELETE", "/", { params: { queueId: QUEUE_ID }, body });
        expect(removed.body).toEqual({ success: true });
        expect(await listQueueAssignees(t.db, PROJECT_ID, QUEUE_ID)).toEqual([]);
      });

      it("refuses assignments to unknown queues, non-members and bad bodies", async () => {
        const body = { userId: USERS.annotator };
        expect((await call(assign, "POST", "/", { params: { queueId: "nope" }, body })).status).toBe(404);
        expect(
          (await call(assign, "POST", "/", { params: { queueId: QUEUE_ID }, body: { userId: "stranger" } }))
            .status,
        ).toBe(400);
        expect((await call(assign, "POST", "/", { params: { queueId: QUEUE_ID }, body: {} })).status).toBe(
          400,
        );
        expect(await listQueueAssignees(t.db, PROJECT_ID, QUEUE_ID)).toEqual([]);
      });
    });
  },
  seedWriteFixtures,
);
