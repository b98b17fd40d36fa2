import { beforeAll, expect, it } from "vitest";
import { describeEachEngine } from "@/db/testing/engines";
import { organizations, projects, scores, type NewScoreRow } from "@/db/schema";
import { storeApiKey } from "@/lib/auth/api-keys";
import { headerStyles } from "@/lib/api/test-tenancy";
import { callRoute } from "@/lib/api/test-client";
import { setDatabaseForTests } from "@/lib/database";
import { GET as listV3 } from "./v3/scores/route";

/**
 * A full v3 cursor walk over 10,000 scores returns each exactly once in (timestamp desc, id desc)
 * order. Three rows share each timestamp and ids are scattered, so the id tie-break is exercised
 * on every page boundary that falls inside a tie.
 */
const PROJECT = "proj-walk";
const KEYS = { publicKey: "pk-sl-walk", secretKey: "sk-sl-walk-secret-0123456789abcdef0123456789" };
const TOTAL = 10_000;
const BASE = Date.parse("2026-06-01T00:00:00.000Z");

const rowAt = (index: number): NewScoreRow => ({
  projectId: PROJECT,
  // A permutation of 0..99990 as fixed-width hex: id order is unrelated to insertion order.
  id: ((index * 7919) % 100_003).toString(16).padStart(8, "0"),
  name: index % 2 ? "quality" : "relevance",
  dataType: "NUMERIC",
  numericValue: index % 7,
  source: "API",
  traceId: `trace-${index % 500}`,
  subjectKind: "trace",
  timestamp: new Date(BASE - Math.floor(index / 3) * 1000),
});

const rows = Array.from({ length: TOTAL }, (_, index) => rowAt(index));
const expectedOrder = [...rows]
  .sort((a, b) => b.timestamp!.getTime() - a.timestamp!.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
  .map((row) => row.id);

describeEachEngine(
  "Langfuse v3 cursor walk over 10,000 scores",
  (t) => {
    beforeAll(() => setDatabaseForTests(t.handle));

    it("returns every score exactly once, newest first, ties by id descending", async () => {
      const headers = headerStyles.basic(KEYS);
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const query = `?limit=100&fields=core${cursor ? `&cursor=${cursor}` : ""}`;
        const response = await callRoute(listV3, `/api/public/v3/scores${query}`, { headers });
        expect(response.status).toBe(200);
        const body = response.body as { data: { id: string }[]; meta: { cursor?: string } };
        seen.push(...body.data.map((score) => score.id));
        cursor = body.meta.cursor;
      } while (cursor);
      expect(seen).toHaveLength(TOTAL);
      expect(new Set(seen).size).toBe(TOTAL);
      expect(seen).toEqual(expectedOrder);
    }, 120_000);
  },
  async (db) => {
    await db.insert(organizations).values({ id: "org-walk", name: "Walk" });
    await db.insert(projects).values({ id: PROJECT, organizationId: "org-walk", name: "Walk" });
    await storeApiKey(db, { projectId: PROJECT, keys: KEYS });
    for (let start = 0; start < TOTAL; start += 2000) {
      await db.insert(scores).values(rows.slice(start, start + 2000));
    }
  },
);
