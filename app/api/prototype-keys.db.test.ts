import { beforeAll, expect, it } from "vitest";
import { describeEachEngine } from "@/db/testing/engines";
import { callRoute } from "@/lib/api/test-client";
import { setDatabaseForTests } from "@/lib/database";
import { CONFIGS, KEYS, TRACE_ID, basicAuth, seedWriteFixtures } from "@/lib/scores/write-fixtures";
import { GET as nativeList, POST as nativeCreate } from "./v1/scores/route";
import { GET as nativeDetail } from "./v1/scores/[id]/route";
import { GET as langfuseV3 } from "./public/v3/scores/route";
import { GET as langfuseV2 } from "./public/v2/scores/route";
import { POST as langfuseCreate } from "./public/scores/route";
import { GET as respanList } from "./scores/route";
import { POST as respanLogScore } from "./logs/[log_id]/scores/route";
import { GET as futureAgiList, POST as futureAgiCreate } from "../model-hub/scores/route";

/**
 * Keys that name Object.prototype members are ordinary keys: on every surface a query parameter
 * or body field called `constructor` (…) is answered exactly as any other unknown name is, and a
 * metadata key called so is stored and read back. `__proto__` anywhere in a JSON body is refused
 * with 400 naming it (lib/api/body.ts), on every surface, in the surface's shape.
 */
const SPECIAL = ["constructor", "toString", "hasOwnProperty", "valueOf", "__proto__"];
const CONTROL = "zzUnknownName";
const headers = { ...basicAuth(KEYS), "content-type": "application/json" };
type Probe = (key: string) => Promise<{ status: number; body: unknown }>;

const query =
  (handler: Parameters<typeof callRoute>[0], path: string): Probe =>
  (key) =>
    callRoute(handler, `${path}?${encodeURIComponent(key)}=1`, { headers });

/** A body with the key as its own property: JSON text, so `__proto__` is sent as data. */
const withKey = (body: Record<string, unknown>, key: string) =>
  JSON.stringify(body).replace(/^\{/, `{${JSON.stringify(key)}: 1,`);

const body =
  (
    handler: Parameters<typeof callRoute>[0],
    path: string,
    fields: Record<string, unknown>,
    params = {},
  ): Probe =>
  (key) =>
    callRoute(handler, path, { method: "POST", headers, body: withKey(fields, key), params });

const score = { name: "quality", value: 3, traceId: TRACE_ID };
const probes: Record<string, Probe> = {
  "native list query": query(nativeList, "/api/v1/scores"),
  "Langfuse v3 query": query(langfuseV3, "/api/public/v3/scores"),
  "Langfuse v2 query": query(langfuseV2, "/api/public/v2/scores"),
  "Respan list query": query(respanList, "/api/scores"),
  "FutureAGI list query": query(futureAgiList, "/model-hub/scores/"),
  "native create body": body(nativeCreate, "/api/v1/scores", score),
  "Langfuse create body": body(langfuseCreate, "/api/public/scores", score),
  "Respan create body": body(
    respanLogScore,
    "/api/logs/log-proto/scores/",
    { evaluator_slug: "quality", numerical_value: 3 },
    { log_id: "log-proto" },
  ),
  "FutureAGI create body": body(futureAgiCreate, "/model-hub/scores/", {
    source_type: "trace",
    source_id: TRACE_ID,
    label_id: CONFIGS.quality,
    value: 3,
  }),
};

describeEachEngine(
  "Object.prototype names as keys",
  (t) => {
    beforeAll(() => setDatabaseForTests(t.handle));

    it.each(Object.keys(probes))("%s: answered as any unknown name", async (what) => {
      const control = await probes[what](CONTROL);
      expect(control.status, JSON.stringify(control.body)).toBeLessThan(500);
      const refused = control.status >= 400;
      for (const key of SPECIAL) {
        const answer = await probes[what](key);
        const text = `${key}: ${JSON.stringify(answer.body)}`;
        // `__proto__` in a body is refused as the body itself (400), before any field is read.
        const expected = key === "__proto__" && what.endsWith("body") ? 400 : control.status;
        expect(answer.status, text).toBe(expected);
        if (answer.status < 400) continue;
        expect(JSON.stringify(answer.body), text).toContain(key);
        if (refused && expected === control.status) {
          expect(Object.keys(answer.body as object).sort()).toEqual(
            Object.keys(control.body as object).sort(),
          );
        }
      }
    });

    it("stores metadata keys named like Object.prototype members and reads them back", async () => {
      const metadata = { constructor: "c", toString: 1, hasOwnProperty: true, valueOf: [1] };
      const created = await callRoute(nativeCreate, "/api/v1/scores", {
        method: "POST",
        headers,
        body: { ...score, metadata },
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const id = (created.body as { id: string }).id;
      const read = await callRoute(nativeDetail, `/api/v1/scores/${id}`, { headers, params: { id } });
      expect((read.body as { metadata: unknown }).metadata).toEqual(metadata);
    });

    it("refuses __proto__ inside metadata with 400 naming it", async () => {
      const created = await callRoute(nativeCreate, "/api/v1/scores", {
        method: "POST",
        headers,
        body: `{"name":"quality","value":3,"traceId":"${TRACE_ID}","metadata":{"a":{"__proto__":{"x":1}}}}`,
      });
      expect(created.status).toBe(400);
      expect(JSON.stringify(created.body)).toContain("metadata.a.__proto__");
    });
  },
  seedWriteFixtures,
);
