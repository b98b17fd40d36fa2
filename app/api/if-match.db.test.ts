import { beforeAll, expect, it } from "vitest";
import { describeEachEngine } from "@/db/testing/engines";
import { callRoute } from "@/lib/api/test-client";
import { setDatabaseForTests } from "@/lib/database";
import { KEYS, TRACE_ID, basicAuth, seedWriteFixtures } from "@/lib/scores/write-fixtures";
import { POST as nativeCreate } from "./v1/scores/route";
import { GET as nativeDetail, PATCH as nativePatch, DELETE as nativeDelete } from "./v1/scores/[id]/route";
import { DELETE as respanDelete } from "./scores/[id]/route";
import {
  DELETE as futureAgiDelete,
  PATCH as futureAgiPatch,
  PUT as futureAgiPut,
} from "../model-hub/scores/[id]/route";

/**
 * `If-Match` is honoured wherever a score changes: a stale version is 412 and nothing changes,
 * also when many writers send the same stale version at once (the check runs under the row lock).
 */
const headers = { ...basicAuth(KEYS), "content-type": "application/json" };

describeEachEngine(
  "If-Match on every write",
  (t) => {
    beforeAll(() => setDatabaseForTests(t.handle));

    async function createAndStale() {
      const created = await callRoute(nativeCreate, "/api/v1/scores", {
        method: "POST",
        headers,
        body: { name: "quality", value: 1, traceId: TRACE_ID },
      });
      const id = (created.body as { id: string }).id;
      const read = async () => {
        const answer = await callRoute(nativeDetail, `/api/v1/scores/${id}`, { headers, params: { id } });
        return {
          etag: answer.headers.get("etag")!,
          body: answer.body as { value: number; comment: string | null },
        };
      };
      const stale = (await read()).etag;
      const edited = await callRoute(nativePatch, `/api/v1/scores/${id}`, {
        method: "PATCH",
        headers: { ...headers, "if-match": stale },
        body: { value: 2 },
        params: { id },
      });
      expect(edited.status).toBe(200);
      return { id, stale, read };
    }

    it("FutureAGI PATCH and PUT: twenty concurrent writes with one stale version all get 412", async () => {
      const { id, stale, read } = await createAndStale();
      const before = await read();
      const writes = Array.from({ length: 20 }, (_, index) =>
        callRoute(index % 2 ? futureAgiPatch : futureAgiPut, `/model-hub/scores/${id}/`, {
          method: index % 2 ? "PATCH" : "PUT",
          headers: { ...headers, "if-match": stale },
          body: { value: 3 + (index % 5), notes: `writer ${index}` },
          params: { id },
        }),
      );
      const statuses = (await Promise.all(writes)).map((answer) => answer.status);
      expect(statuses).toEqual(Array(20).fill(412));
      expect(await read()).toEqual(before);

      const fresh = await callRoute(futureAgiPatch, `/model-hub/scores/${id}/`, {
        method: "PATCH",
        headers: { ...headers, "if-match": before.etag },
        body: { notes: "with the current version" },
        params: { id },
      });
      expect(fresh.status).toBe(200);
    });

    it.each([
      ["native", nativeDelete, (id: string) => `/api/v1/scores/${id}`],
      ["Respan", respanDelete, (id: string) => `/api/scores/${id}/`],
      ["FutureAGI", futureAgiDelete, (id: string) => `/model-hub/scores/${id}/`],
    ] as const)("%s DELETE with a stale version is 412 and keeps the score", async (_face, handler, path) => {
      const { id, stale, read } = await createAndStale();
      const refused = await callRoute(handler, path(id), {
        method: "DELETE",
        headers: { ...headers, "if-match": stale },
        params: { id },
      });
      expect(refused.status).toBe(412);
      const current = await read();
      expect(current.body.value).toBe(2);
      const deleted = await callRoute(handler, path(id), {
        method: "DELETE",
        headers: { ...headers, "if-match": current.etag },
        params: { id },
      });
      expect(deleted.status).toBeLessThan(300);
    });
  },
  seedWriteFixtures,
);
