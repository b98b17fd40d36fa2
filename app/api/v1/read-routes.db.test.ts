import { beforeAll, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { describeEachEngine } from "@/db/testing/engines";
import { apiKeys } from "@/db/schema";
import { KEYS, headerStyles, seedKeys } from "@/lib/api/test-tenancy";
import { callRoute } from "@/lib/api/test-client";
import { setDatabaseForTests } from "@/lib/database";
import { errorResponseSchema, facetsResponseSchema, scoreListResponseSchema } from "@/lib/scores/score-json";
import { P1, P2, seedFixtures } from "@/lib/scores/test-fixtures";
import { GET as listScores } from "./scores/route";
import { GET as facets } from "./scores/facets/route";
import { GET as configs } from "./configs/route";
import { GET as queues } from "./queues/route";
import { GET as members } from "./members/route";
import { GET as environments } from "./environments/route";
import { GET as subject } from "./subjects/[kind]/[id]/route";
import { GET as openapi } from "./openapi.json/route";

const p1 = headerStyles.basic(KEYS.p1);
const ids = (body: unknown) => scoreListResponseSchema.parse(body).data.map((score) => score.id);

describeEachEngine(
  "native read routes",
  (t) => {
    beforeAll(() => setDatabaseForTests(t.handle));

    it("lists scores with the response schema and no total by default for keys", async () => {
      const res = await callRoute(listScores, "/api/v1/scores?name=tone", { headers: p1 });
      expect(res.status).toBe(200);
      const body = scoreListResponseSchema.parse(res.body);
      expect(body.data.map((s) => s.id)).toEqual(["s06", "s07", "s16", "s22"]);
      expect(body.meta).toEqual({
        limit: 50,
        nextCursor: null,
        prevCursor: null,
        total: null,
        totalIsLowerBound: false,
        totalIsEstimate: false,
      });
      const s06 = body.data[0];
      expect(s06).toMatchObject({
        value: "friendly",
        author: { id: "u2", name: "Grace" },
        queue: { id: `${P1}-q1`, name: "Triage" },
        subject: { kind: "session", id: "sess-s06", traceId: "trace-s06" },
        timestamp: "2026-05-31T16:00:00.000Z",
      });
    });

    it("counts when asked and pages with cursors", async () => {
      const first = await callRoute(
        listScores,
        "/api/v1/scores?environment=production&limit=10&count=capped",
        { headers: p1 },
      );
      const body = scoreListResponseSchema.parse(first.body);
      expect(body.meta.total).toBe(16);
      const second = await callRoute(
        listScores,
        `/api/v1/scores?environment=production&limit=10&count=exact&cursor=${body.meta.nextCursor}`,
        { headers: p1 },
      );
      expect(ids(second.body)).toHaveLength(6);
    });

    it("answers bad parameters with 400 naming each one", async () => {
      const res = await callRoute(listScores, "/api/v1/scores?limit=0&sort=nope&colour=red", { headers: p1 });
      expect(res.status).toBe(400);
      const { error } = errorResponseSchema.parse(res.body);
      expect(error.code).toBe("bad_request");
      expect(error.issues?.map((issue) => issue.path).sort()).toEqual(["(root)", "limit", "sort"]);
    });

    for (const [style, headersFor] of Object.entries(headerStyles)) {
      it(`isolates projects with ${style} credentials`, async () => {
        expect(
          ids((await callRoute(listScores, "/api/v1/scores", { headers: headersFor(KEYS.p2) })).body),
        ).toEqual(["s01", "x02"]);
        expect(
          ids((await callRoute(listScores, "/api/v1/scores?limit=2", { headers: headersFor(KEYS.p1) })).body),
        ).toEqual(["s01", "s03"]);
        const foreign = await callRoute(listScores, `/api/v1/scores?projectId=${P1}`, {
          headers: headersFor(KEYS.p2),
        });
        expect(foreign.status).toBe(403);
        expect(errorResponseSchema.parse(foreign.body).error.code).toBe("forbidden");
        const own = await callRoute(listScores, `/api/v1/scores?projectId=${P2}`, {
          headers: headersFor(KEYS.p2),
        });
        expect(own.status).toBe(200);
        const wrong = headersFor({ ...KEYS.p1, secretKey: `${KEYS.p1.secretKey}x` });
        expect((await callRoute(listScores, "/api/v1/scores", { headers: wrong })).status).toBe(401);
      });
    }

    it("401 without credentials, for a bare public key, and for a revoked key", async () => {
      const attempts: Record<string, string>[] = [
        {},
        { authorization: `Bearer ${KEYS.p1.publicKey}` },
        { "x-api-key": KEYS.p1.publicKey },
      ];
      for (const headers of attempts) {
        const res = await callRoute(listScores, "/api/v1/scores", { headers });
        expect(res.status).toBe(401);
        expect(errorResponseSchema.parse(res.body).error.code).toBe("unauthorized");
      }
      await t.db
        .update(apiKeys)
        .set({ revokedAt: sql`now()` })
        .where(sql`${apiKeys.publicKey} = ${KEYS.p2.publicKey}`);
      expect(
        (await callRoute(listScores, "/api/v1/scores", { headers: headerStyles.bearer(KEYS.p2) })).status,
      ).toBe(401);
      await t.db
        .update(apiKeys)
        .set({ revokedAt: null })
        .where(sql`${apiKeys.publicKey} = ${KEYS.p2.publicKey}`);
    });

    it("facets ignore their own filter and carry display names", async () => {
      const res = await callRoute(facets, "/api/v1/scores/facets?source=ANNOTATION&environment=production", {
        headers: p1,
      });
      expect(res.status).toBe(200);
      const body = facetsResponseSchema.parse(res.body);
      expect(body.facets.source).toEqual([
        { value: "ANNOTATION", label: "ANNOTATION", count: 6 },
        { value: "API", label: "API", count: 5 },
        { value: "EVAL", label: "EVAL", count: 5 },
      ]);
      expect(body.facets.authorUserId).toEqual([
        { value: "u2", label: "Grace", count: 4 },
        { value: "u1", label: "Ada", count: 2 },
      ]);
      expect(body.numeric).toMatchObject({ min: 0, max: 2, count: 3 });
      expect(body.numeric.buckets).toHaveLength(20);
      expect(body.numeric.buckets.reduce((sum, b) => sum + b.count, 0)).toBe(3);
    });

    it("serves the option lists of the project", async () => {
      const queueDefaults = { configIds: [], annotationsPerItem: 1, showOtherScores: false };
      expect((await callRoute(configs, "/api/v1/configs", { headers: p1 })).body).toMatchObject({
        data: [{ id: "cfg-helpfulness", name: "helpfulness", dataType: "NUMERIC" }],
      });
      expect((await callRoute(queues, "/api/v1/queues", { headers: p1 })).body).toEqual({
        data: [
          { id: `${P1}-q2`, name: "Escalations", description: null, ...queueDefaults },
          { id: `${P1}-q1`, name: "Triage", description: null, ...queueDefaults },
        ],
      });
      expect((await callRoute(members, "/api/v1/members", { headers: p1 })).body).toEqual({
        data: [
          { id: "u1", name: "Ada", email: "ada@example.com", role: "annotator" },
          { id: "u2", name: "Grace", email: "grace@example.com", role: "member" },
        ],
      });
      expect((await callRoute(environments, "/api/v1/environments", { headers: p1 })).body).toEqual({
        data: ["canary", "development", "eval", "production", "staging"].map((name) => ({ name })),
      });
    });

    it("shows a subject with all its scores, and 404 for an unknown one", async () => {
      const res = await callRoute(subject, "/api/v1/subjects/trace/trace-s05", {
        headers: p1,
        params: { kind: "trace", id: "trace-s05" },
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ kind: "trace", id: "trace-s05", scores: [{ id: "s05" }] });
      const missing = await callRoute(subject, "/api/v1/subjects/trace/nope", {
        headers: p1,
        params: { kind: "trace", id: "nope" },
      });
      expect(missing.status).toBe(404);
      const badKind = await callRoute(subject, "/api/v1/subjects/span/x", {
        headers: p1,
        params: { kind: "span", id: "x" },
      });
      expect(badKind.status).toBe(400);
      expect(errorResponseSchema.parse(badKind.body).error.issues?.[0]?.path).toBe("kind");
    });

    it("publishes an OpenAPI 3.1 document generated from the schemas", async () => {
      const res = await callRoute(openapi, "/api/v1/openapi.json");
      const doc = res.body as {
        openapi: string;
        paths: Record<string, Record<string, { parameters?: { name: string }[] }>>;
      };
      expect(doc.openapi).toBe("3.1.0");
      expect(doc.paths["/api/v1/scores"].get.parameters?.map((p) => p.name)).toContain("valueMin");
      expect(Object.keys(doc.paths)).toContain("/api/v1/scores/{id}/revisions");
    });
  },
  async (db) => {
    await seedFixtures(db);
    await seedKeys(db);
  },
);
