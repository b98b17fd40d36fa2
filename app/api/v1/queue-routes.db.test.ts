import { beforeAll, expect, it } from "vitest";
import { describeEachEngine } from "@/db/testing/engines";
import { callRoute } from "@/lib/api/test-client";
import { authHeaders, KEYS, seedKeys } from "@/lib/api/test-tenancy";
import { createPerson, signIn } from "@/lib/auth/test-sessions";
import { setDatabaseForTests } from "@/lib/database";
import { P1, seedFixtures } from "@/lib/scores/test-fixtures";
import {
  GET as langfuseItems,
  POST as langfuseAddItem,
} from "../../api/public/annotation-queues/[queueId]/items/route";
import { PATCH as patchLabel } from "./configs/[id]/route";
import { GET as listLabels, POST as createLabel } from "./configs/route";
import { GET as myWork } from "./my-work/route";
import { POST as reset } from "./queues/[id]/items/[itemId]/reset/route";
import { POST as skip } from "./queues/[id]/items/[itemId]/skip/route";
import { POST as submit } from "./queues/[id]/items/[itemId]/submit/route";
import { GET as listItems, POST as addItems } from "./queues/[id]/items/route";
import { POST as next } from "./queues/[id]/next/route";
import { GET as listQueues, POST as createQueue } from "./queues/route";

/** The native label, queue and workspace endpoints end to end, and the Langfuse view of the same rows. */
const person = (name: string) => ({ email: `${name}@work.test`, password: `${name}-password-123`, name });
const key = authHeaders(KEYS.p1);
const at = (path: string) => `${path}${path.includes("?") ? "&" : "?"}projectId=${P1}`;

const userIds: Record<string, string> = {};

type Next = { left: number; total: number; next: { item: { id: string; objectId: string } } | null };

describeEachEngine(
  "annotation workspace routes",
  (t) => {
    const cookies: Record<string, { cookie: string }> = {};
    const ids: Record<string, string> = {};
    beforeAll(async () => {
      setDatabaseForTests(t.handle);
      for (const name of ["ann-a", "ann-b", "watcher"])
        cookies[name] = { cookie: await signIn(person(name)) };
    });

    it("creates labels and refuses a type change, naming the field", async () => {
      const created = await callRoute(createLabel, at("/api/v1/configs"), {
        method: "POST",
        headers: key,
        body: { name: "correct", dataType: "BOOLEAN", description: "Is the answer right?" },
      });
      expect(created.status).toBe(201);
      ids.correct = (created.body as { id: string }).id;
      const stars = await callRoute(createLabel, at("/api/v1/configs"), {
        method: "POST",
        headers: key,
        body: { name: "stars", dataType: "NUMERIC", minValue: 1, maxValue: 5, step: 1 },
      });
      ids.stars = (stars.body as { id: string }).id;
      const typeChange = await callRoute(patchLabel, at(`/api/v1/configs/${ids.stars}`), {
        method: "PATCH",
        headers: key,
        params: { id: ids.stars },
        body: { dataType: "TEXT" },
      });
      expect(typeChange.status).toBe(400);
      expect(JSON.stringify(typeChange.body)).toContain("dataType");
      const bad = await callRoute(createLabel, at("/api/v1/configs"), {
        method: "POST",
        headers: key,
        body: { name: "", dataType: "NUMERIC" },
      });
      expect(bad.status).toBe(400);
    });

    it("creates a queue with overlap and annotators, and adds each subject once", async () => {
      const created = await callRoute(createQueue, at("/api/v1/queues"), {
        method: "POST",
        headers: key,
        body: {
          name: "Overlap",
          configIds: [ids.correct, ids.stars],
          annotationsPerItem: 2,
          annotatorIds: [userIds["ann-a"], userIds["ann-b"]],
        },
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ annotationsPerItem: 2, showOtherScores: false });
      ids.queue = (created.body as { id: string }).id;
      const add = (objectIds: string[]) =>
        callRoute(addItems, at(`/api/v1/queues/${ids.queue}/items`), {
          method: "POST",
          headers: key,
          params: { id: ids.queue },
          body: { items: objectIds.map((objectId) => ({ objectType: "trace", objectId })) },
        });
      expect((await add(["w1", "w2", "w1"])).body).toEqual({ added: 2, alreadyInQueue: 1 });
      const again = await add(["w2"]);
      expect(again).toMatchObject({ status: 200, body: { added: 0, alreadyInQueue: 1 } });
      const detail = await callRoute(listQueues, at("/api/v1/queues"), { headers: key });
      expect(detail.status).toBe(200);
    });

    it("lets two annotators work at once without sharing an item, and completes with two submissions", async () => {
      const claim = async (who: string, exclude: string[] = []) =>
        (
          await callRoute(next, at(`/api/v1/queues/${ids.queue}/next`), {
            method: "POST",
            headers: cookies[who],
            params: { id: ids.queue },
            body: { exclude },
          })
        ).body as Next;
      const send = (who: string, itemId: string, stars: number) =>
        callRoute(submit, at(`/api/v1/queues/${ids.queue}/items/${itemId}/submit`), {
          method: "POST",
          headers: cookies[who],
          params: { id: ids.queue, itemId },
          body: {
            scores: [
              { configId: ids.correct, value: true },
              { configId: ids.stars, value: stars },
            ],
          },
        });
      const a = await claim("ann-a");
      const b = await claim("ann-b");
      expect(a.next?.item.id).toBeTruthy();
      expect(b.next?.item.id).not.toBe(a.next?.item.id);
      // B may not submit A's item while A holds it.
      expect((await send("ann-b", a.next!.item.id, 3)).status).toBe(409);
      expect((await send("ann-a", a.next!.item.id, 4)).status).toBe(200);
      expect((await send("ann-b", b.next!.item.id, 2)).status).toBe(200);
      const a2 = await claim("ann-a");
      expect(a2.next?.item.id).toBe(b.next!.item.id);
      const done = await send("ann-a", a2.next!.item.id, 2);
      expect(done.body).toMatchObject({ item: { status: "completed" }, left: 0, total: 2 });

      const lf = await callRoute(langfuseItems, `/api/public/annotation-queues/${ids.queue}/items`, {
        headers: key,
        params: { queueId: ids.queue },
      });
      const statuses = Object.fromEntries(
        (lf.body as { data: { id: string; status: string }[] }).data.map((item) => [item.id, item.status]),
      );
      expect(statuses[b.next!.item.id]).toBe("COMPLETED");
      expect(statuses[a.next!.item.id]).toBe("PENDING");

      const native = await callRoute(listItems, at(`/api/v1/queues/${ids.queue}/items?status=completed`), {
        headers: key,
        params: { id: ids.queue },
      });
      const rows = (native.body as { data: { id: string; completedBy: { name: string }[] }[] }).data;
      expect(rows.map((row) => row.id)).toEqual([b.next!.item.id]);
      expect(rows[0].completedBy.map((entry) => entry.name).sort()).toEqual(["ann-a", "ann-b"]);
    });

    it("works items added through the Langfuse API, and lets a lead reset them", async () => {
      const added = await callRoute(langfuseAddItem, `/api/public/annotation-queues/${ids.queue}/items`, {
        method: "POST",
        headers: key,
        params: { queueId: ids.queue },
        body: { objectId: "from-langfuse", objectType: "TRACE" },
      });
      expect(added.status).toBe(200);
      const itemId = (added.body as { id: string }).id;
      const a = (
        await callRoute(next, at(`/api/v1/queues/${ids.queue}/next`), {
          method: "POST",
          headers: cookies["ann-a"],
          params: { id: ids.queue },
          body: {},
        })
      ).body as Next;
      expect(a.next?.item.objectId).toBe("from-langfuse");
      const skipped = await callRoute(skip, at(`/api/v1/queues/${ids.queue}/items/${itemId}/skip`), {
        method: "POST",
        headers: cookies["ann-a"],
        params: { id: ids.queue, itemId },
      });
      expect(skipped.status).toBe(200);
      const lead = await callRoute(reset, at(`/api/v1/queues/${ids.queue}/items/${itemId}/reset`), {
        method: "POST",
        headers: key,
        params: { id: ids.queue, itemId },
      });
      expect(lead.body).toEqual({ id: itemId, status: "pending" });
      const mine = await callRoute(myWork, at("/api/v1/my-work"), { headers: cookies["ann-a"] });
      expect((mine.body as { data: { id: string; left: number }[] }).data).toEqual([
        expect.objectContaining({ id: ids.queue, left: 1, total: 3 }),
      ]);
    });

    it("refuses viewers", async () => {
      const claimed = await callRoute(next, at(`/api/v1/queues/${ids.queue}/next`), {
        method: "POST",
        headers: cookies.watcher,
        params: { id: ids.queue },
        body: {},
      });
      expect(claimed.status).toBe(403);
      const labels = await callRoute(listLabels, at("/api/v1/configs?counts=true"), {
        headers: cookies.watcher,
      });
      const correct = (labels.body as { data: { id: string; scoreCount: number }[] }).data.find(
        (label) => label.id === ids.correct,
      );
      expect(correct?.scoreCount).toBe(3);
      const mine = await callRoute(myWork, at("/api/v1/my-work"), { headers: cookies.watcher });
      expect(mine.body).toEqual({ data: [] });
    });
  },
  async (db) => {
    await seedFixtures(db);
    await seedKeys(db);
    userIds["ann-a"] = await createPerson(db, person("ann-a"), { [P1]: "annotator" });
    userIds["ann-b"] = await createPerson(db, person("ann-b"), { [P1]: "annotator" });
    await createPerson(db, person("watcher"), { [P1]: "viewer" });
  },
);
