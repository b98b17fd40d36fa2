import { beforeAll, expect, it } from "vitest";
import { describeEachEngine } from "@/db/testing/engines";
import { setDatabaseForTests } from "@/lib/database";
import { errorResponseSchema, scoreJsonSchema } from "@/lib/scores/score-json";
import {
  KEYS,
  OTHER_KEYS,
  OTHER_PROJECT_ID,
  basicAuth,
  countRevisions,
  countScores,
  sendRequest,
  seedWriteFixtures,
  traceScore,
} from "@/lib/scores/write-fixtures";
import { POST as createScore } from "./scores/route";
import { DELETE as deleteScore, GET as getScore, PATCH as patchScore } from "./scores/[id]/route";
import { GET as listRevisions } from "./scores/[id]/revisions/route";

const auth = basicAuth(KEYS);
const errorOf = (body: unknown) => errorResponseSchema.parse(body).error;

describeEachEngine(
  "native write routes",
  (t) => {
    beforeAll(() => setDatabaseForTests(t.handle));

    /** Runs a request that must be refused, and checks it changed no row. */
    async function expectRefusedWithoutWriting(send: () => ReturnType<typeof sendRequest>, status: number) {
      const before = [await countScores(t.db), await countRevisions(t.db)];
      const response = await send();
      expect(response.status).toBe(status);
      expect([await countScores(t.db), await countRevisions(t.db)]).toEqual(before);
      return errorOf(response.body);
    }

    it("creates one score (201), then upserts it by id (200), with an ETag", async () => {
      const body = traceScore({ id: "route-1", comment: "first" });
      const first = await sendRequest(createScore, "/api/v1/scores", { method: "POST", headers: auth, body });
      expect(first.status).toBe(201);
      expect(scoreJsonSchema.parse(first.body)).toMatchObject({
        id: "route-1",
        value: 7,
        config: { name: "quality" },
      });
      expect(first.headers.get("etag")).toMatch(/^"\d+"$/);
      const again = await sendRequest(createScore, "/api/v1/scores", {
        method: "POST",
        headers: auth,
        body: { ...body, value: 8 },
      });
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ id: "route-1", value: 8 });
    });

    it("creates a batch in one go: 201 {data}", async () => {
      const scores = [traceScore({ value: 1 }), traceScore({ name: "tone", value: "neutral" })];
      const response = await sendRequest(createScore, "/api/v1/scores", {
        method: "POST",
        headers: auth,
        body: { scores },
      });
      expect(response.status).toBe(201);
      const data = (response.body as { data: unknown[] }).data.map((score) => scoreJsonSchema.parse(score));
      expect(data.map((score) => score.value)).toEqual([1, "neutral"]);
    });

    it("refuses bad bodies with 400 naming each field, writing nothing", async () => {
      const send = (body: unknown) => () =>
        sendRequest(createScore, "/api/v1/scores", { method: "POST", headers: auth, body });
      const batch = { scores: [traceScore(), traceScore({ value: 99 }), traceScore({ colour: "red" })] };
      expect((await expectRefusedWithoutWriting(send(batch), 400)).issues).toEqual([
        { path: "scores.2.colour", message: 'Unknown field "colour"' },
      ]);
      const outOfRange = { scores: [traceScore(), traceScore({ value: 99 })] };
      expect((await expectRefusedWithoutWriting(send(outOfRange), 400)).issues).toEqual([
        { path: "scores.1.value", message: 'Value 99 is above the maximum 10 of config "quality"' },
      ]);
      const single = await expectRefusedWithoutWriting(send({ value: 1 }), 400);
      expect(single.issues?.map((issue) => issue.path)).toEqual(["name", "traceId"]);
      const tooMany = await expectRefusedWithoutWriting(
        send({ scores: Array.from({ length: 1001 }, () => traceScore()) }),
        400,
      );
      expect(tooMany.message).toContain("at most 1000");
      expect((await expectRefusedWithoutWriting(send("{not json"), 400)).issues?.[0].path).toBe("(body)");
    });

    it("answers 413 past 5 MB, 401 without a key, 403 for another project", async () => {
      const huge = JSON.stringify(traceScore({ comment: "x".repeat(5 * 1024 * 1024) }));
      const send =
        (headers: Record<string, string>, body: unknown, path = "/api/v1/scores") =>
        () =>
          sendRequest(createScore, path, { method: "POST", headers, body });
      expect((await expectRefusedWithoutWriting(send(auth, huge), 413)).code).toBe("payload_too_large");
      expect((await expectRefusedWithoutWriting(send({}, traceScore()), 401)).code).toBe("unauthorized");
      const foreign = send(auth, traceScore(), `/api/v1/scores?projectId=${OTHER_PROJECT_ID}`);
      expect((await expectRefusedWithoutWriting(foreign, 403)).code).toBe("forbidden");
    });

    it("shows, patches with If-Match, lists revisions of and deletes a score", async () => {
      await sendRequest(createScore, "/api/v1/scores", {
        method: "POST",
        headers: auth,
        body: traceScore({ id: "route-2" }),
      });
      const params = { id: "route-2" };
      const shown = await sendRequest(getScore, "/api/v1/scores/route-2", { headers: auth, params });
      expect(shown.status).toBe(200);
      expect(shown.body).toMatchObject({
        id: "route-2",
        revisionCount: 1,
        subjectContext: { name: "chat-completion" },
      });
      const etag = shown.headers.get("etag")!;

      const patch = (body: unknown, ifMatch: string) =>
        sendRequest(patchScore, "/api/v1/scores/route-2", {
          method: "PATCH",
          headers: { ...auth, "if-match": ifMatch },
          body,
          params,
        });
      const patched = await patch({ value: 3, comment: "revised" }, etag);
      expect(patched.status).toBe(200);
      expect(patched.body).toMatchObject({ value: 3, comment: "revised" });
      expect(patched.headers.get("etag")).not.toBe(etag);
      expect(errorOf((await patch({ value: 4 }, etag)).body).code).toBe("precondition_failed");
      expect((await expectRefusedWithoutWriting(() => patch({ value: 4 }, etag), 412)).code).toBe(
        "precondition_failed",
      );
      const readOnly = await expectRefusedWithoutWriting(
        () => patch({ value: 4, name: "renamed" }, "*"),
        400,
      );
      expect(readOnly.issues).toEqual([{ path: "name", message: 'Unknown field "name"' }]);

      const deleted = await sendRequest(deleteScore, "/api/v1/scores/route-2", {
        method: "DELETE",
        headers: auth,
        params,
      });
      expect([deleted.status, deleted.body]).toEqual([204, null]);
      expect((await sendRequest(getScore, "/api/v1/scores/route-2", { headers: auth, params })).status).toBe(
        404,
      );
      const history = await sendRequest(listRevisions, "/api/v1/scores/route-2/revisions", {
        headers: auth,
        params,
      });
      expect(history.status).toBe(200);
      expect(
        (history.body as { data: { action: string }[] }).data.map((revision) => revision.action),
      ).toEqual(["create", "update", "delete"]);
    });

    it("keeps projects apart and answers 404 for unknown ids", async () => {
      await sendRequest(createScore, "/api/v1/scores", {
        method: "POST",
        headers: auth,
        body: traceScore({ id: "route-3" }),
      });
      const params = { id: "route-3" };
      const other = basicAuth(OTHER_KEYS);
      expect((await sendRequest(getScore, "/api/v1/scores/route-3", { headers: other, params })).status).toBe(
        404,
      );
      const foreignDelete = () =>
        sendRequest(deleteScore, "/api/v1/scores/route-3", { method: "DELETE", headers: other, params });
      expect((await expectRefusedWithoutWriting(foreignDelete, 404)).code).toBe("not_found");
      const unknown = { id: "never-seen" };
      expect((await sendRequest(listRevisions, "/x", { headers: auth, params: unknown })).status).toBe(404);
      expect(
        (await sendRequest(getScore, "/x", { headers: auth, params: { id: "x".repeat(300) } })).status,
      ).toBe(400);
    });
  },
  seedWriteFixtures,
);
