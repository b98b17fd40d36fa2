import { beforeAll, expect, it } from "vitest";
import { describeEachEngine } from "@/db/testing/engines";
import { buildCompareRows, seedCompareRows } from "@/lib/analytics/compare-test-rows";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { callRoute } from "@/lib/api/test-client";
import { headerStyles, KEYS, seedKeys } from "@/lib/api/test-tenancy";
import { setDatabaseForTests } from "@/lib/database";
import { seedFixtures } from "@/lib/scores/test-fixtures";
import { GET } from "./route";

const auth = headerStyles.basic(KEYS.p1);
const base = "/api/v1/analytics/compare?a=kb&aSource=EVAL&b=kb&bSource=ANNOTATION";

describeEachEngine(
  "GET /api/v1/analytics/compare",
  (t) => {
    beforeAll(() => setDatabaseForTests(t.handle));

    it("answers figures and a first page of pairs", async () => {
      const res = await callRoute(GET, `${base}&limit=10`, { headers: auth });
      expect(res.status).toBe(200);
      const body = res.body as {
        figures: { n: number; confusion: { kappa: number } };
        pairs: { data: unknown[]; total: number; nextCursor: string };
      };
      expect(body.figures.n).toBe(50);
      expect(body.figures.confusion.kappa).toBeCloseTo(0.4, 12);
      expect(body.pairs).toMatchObject({ total: 50 });
      expect(body.pairs.data).toHaveLength(10);
      expect(body.pairs.data[0]).toMatchObject({
        subject: { kind: "trace" },
        a: { source: "EVAL", author: null },
        b: { source: "ANNOTATION", author: { id: "u1", name: "Ada" } },
      });
      const next = await callRoute(
        GET,
        `${base}&include=pairs&aValue=True&bValue=False&cursor=${body.pairs.nextCursor}`,
        { headers: auth },
      );
      expect(next.status).toBe(200);
      expect((next.body as { figures: unknown }).figures).toBeNull();
    });

    it("names the offending parameter on bad input", async () => {
      const cases: [string, string][] = [
        ["/api/v1/analytics/compare?b=kb", "a"],
        [`${base}&aMin=2&aMax=1`, "aMax"],
        [`${base}&agreement=maybe`, "agreement"],
        [`${base}&include=all`, "include"],
        [`${base}&limit=1000`, "limit"],
        [`${base}&range=7d&fromTimestamp=2026-01-01T00:00:00Z`, "range"],
        [`${base}&cursor=not-a-cursor`, "cursor"],
        [`${base}&aSource=HUMAN`, "aSource"],
        [`${base}&colour=red`, "(root)"],
      ];
      for (const [path, field] of cases) {
        const res = await callRoute(GET, path, { headers: auth });
        expect(res.status, JSON.stringify(res.body)).toBe(400);
        const issues = (res.body as { error: { issues?: { path: string }[] } }).error.issues ?? [];
        expect(
          issues.map((i) => i.path.split(".")[0]),
          path,
        ).toContain(field);
      }
    });

    it("is documented in OpenAPI with its parameters", () => {
      const doc = buildOpenApiDocument();
      const op = doc.paths["/api/v1/analytics/compare"].get as {
        parameters: { name: string; required: boolean }[];
      };
      const names = op.parameters.map((p) => p.name);
      for (const name of [
        "a",
        "b",
        "aSource",
        "bAuthorUserId",
        "range",
        "aValue",
        "bMax",
        "agreement",
        "cursor",
      ])
        expect(names).toContain(name);
      expect(op.parameters.find((p) => p.name === "a")?.required).toBe(true);
    });
  },
  async (db) => {
    await seedFixtures(db);
    await seedKeys(db);
    await seedCompareRows(db, buildCompareRows());
  },
);
