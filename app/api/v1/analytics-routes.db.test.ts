import { beforeAll, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { queueItems, scores } from "@/db/schema";
import { describeEachEngine } from "@/db/testing/engines";
import { KEYS, headerStyles, seedKeys } from "@/lib/api/test-tenancy";
import { callRoute } from "@/lib/api/test-client";
import { setDatabaseForTests } from "@/lib/database";
import { BASE_DATE, fixtureRows, P1, seedFixtures } from "@/lib/scores/test-fixtures";
import { GET as activity } from "./annotators/[userId]/activity/route";
import { GET as agreement } from "./annotators/[userId]/agreement/route";
import { GET as labelStats } from "./labels/[name]/stats/route";
import { GET as queueProgress } from "./queues/[id]/progress/route";

const auth = headerStyles.basic(KEYS.p1);
const template = fixtureRows(P1)[0];

/** Two annotators rating the same four traces: tone (categorical) on all four, helpfulness on two. */
async function seedSharedRatings(db: Database) {
  const rating = (
    id: string,
    author: string,
    name: string,
    trace: string,
    value: string | number,
    hoursAgo = 1,
  ) => ({
    ...template,
    id,
    name,
    authorUserId: author,
    source: "ANNOTATION" as const,
    dataType: typeof value === "number" ? ("NUMERIC" as const) : ("CATEGORICAL" as const),
    numericValue: typeof value === "number" ? value : null,
    stringValue: typeof value === "string" ? value : null,
    traceId: trace,
    subjectKind: "trace" as const,
    timestamp: new Date(BASE_DATE.getTime() - hoursAgo * 3_600_000),
  });
  await db.insert(scores).values([
    rating("r-u1-a1-old", "u1", "tone", "trace-a1", "formal", 50), // superseded by the newer rating below
    rating("r-u1-a1", "u1", "tone", "trace-a1", "friendly"),
    rating("r-u1-a2", "u1", "tone", "trace-a2", "formal"),
    rating("r-u1-a3", "u1", "tone", "trace-a3", "neutral"),
    rating("r-u1-a4", "u1", "tone", "trace-a4", "friendly"),
    rating("r-u2-a1", "u2", "tone", "trace-a1", "friendly"),
    rating("r-u2-a2", "u2", "tone", "trace-a2", "neutral"),
    rating("r-u2-a3", "u2", "tone", "trace-a3", "neutral"),
    rating("r-u2-a4", "u2", "tone", "trace-a4", "formal"),
    rating("h-u1-a1", "u1", "clarity", "trace-a1", 0.8),
    rating("h-u1-a2", "u1", "clarity", "trace-a2", 0.2),
    rating("h-u2-a1", "u2", "clarity", "trace-a1", 0.6),
    rating("h-u2-a2", "u2", "clarity", "trace-a2", 0.5),
  ]);
  await db.insert(queueItems).values([
    {
      id: "qi-1",
      queueId: `${P1}-q1`,
      objectType: "trace",
      objectId: "trace-a1",
      status: "completed",
      assignedUserId: "u1",
    },
    {
      id: "qi-2",
      queueId: `${P1}-q1`,
      objectType: "trace",
      objectId: "trace-a2",
      status: "pending",
      assignedUserId: "u1",
    },
    { id: "qi-3", queueId: `${P1}-q1`, objectType: "trace", objectId: "trace-a3", status: "pending" },
  ]);
}

describeEachEngine(
  "analytics routes",
  (t) => {
    beforeAll(() => setDatabaseForTests(t.handle));

    it("computes agreement per label and other annotator from the latest ratings", async () => {
      const res = await callRoute(agreement, "/api/v1/annotators/u1/agreement", {
        headers: auth,
        params: { userId: "u1" },
      });
      expect(res.status).toBe(200);
      const { data } = res.body as { data: Record<string, unknown>[] };
      expect(data).toHaveLength(2);
      expect(data[0]).toEqual({
        label: "clarity",
        dataType: "NUMERIC",
        otherAnnotator: { id: "u2", name: "Grace" },
        sharedSubjects: 2,
        percentAgreement: null,
        cohensKappa: null,
        meanAbsoluteDifference: expect.closeTo(0.25, 10),
      });
      // po = 2/4; pe = (2/4)(1/4) + (1/4)(1/4) + (1/4)(2/4) = 5/16; kappa = (8/16 − 5/16) / (11/16) = 3/11
      expect(data[1]).toEqual({
        label: "tone",
        dataType: "CATEGORICAL",
        otherAnnotator: { id: "u2", name: "Grace" },
        sharedSubjects: 4,
        percentAgreement: 0.5,
        cohensKappa: expect.closeTo(3 / 11, 10),
        meanAbsoluteDifference: null,
      });
    });

    it("describes a label: distribution, daily trend, annotators", async () => {
      const res = await callRoute(labelStats, "/api/v1/labels/faithfulness/stats", {
        headers: auth,
        params: { name: "faithfulness" },
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        name: "faithfulness",
        config: null,
        total: 4,
        values: [],
        numeric: { min: 1, max: 5, count: 4 },
        annotators: [{ id: "u2", name: "Grace", count: 1, mean: 1 }],
      });
      const { trend } = res.body as { trend: { day: string; count: number; mean: number }[] };
      expect(trend.filter((d) => d.count > 0)).toEqual([
        { day: "2025-12-16", count: 1, mean: 1 },
        { day: "2026-05-22", count: 1, mean: 5 },
        { day: "2026-05-26", count: 2, mean: 4 },
      ]);
      const filtered = await callRoute(labelStats, "/api/v1/labels/tone/stats?environment=staging", {
        headers: auth,
        params: { name: "tone" },
      });
      expect(filtered.body).toMatchObject({ total: 1, values: [{ value: "friendly", count: 1 }] });
    });

    it("gives a label's standard deviation and percentiles, and a trend over the chosen window", async () => {
      const values = fixtureRows(P1)
        .filter((r) => r.name === "faithfulness" && r.dataType === "NUMERIC" && r.numericValue !== null)
        .map((r) => r.numericValue as number)
        .sort((x, y) => x - y);
      const mean = values.reduce((s, v) => s + v, 0) / values.length;
      const stddev = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1));
      const percentile = (p: number) => {
        const at = p * (values.length - 1);
        const low = Math.floor(at);
        return values[low] + (at - low) * ((values[low + 1] ?? values[low]) - values[low]);
      };
      const res = await callRoute(labelStats, "/api/v1/labels/faithfulness/stats", {
        headers: auth,
        params: { name: "faithfulness" },
      });
      const body = res.body as {
        spread: { mean: number; stddev: number; percentiles: { p: number; value: number }[] };
        trendWindow: string;
      };
      expect(body.trendWindow).toBe("latest-180-days");
      expect(body.spread.mean).toBeCloseTo(mean, 12);
      expect(body.spread.stddev).toBeCloseTo(stddev, 12);
      expect(body.spread.percentiles.map((x) => x.p)).toEqual([0.05, 0.25, 0.5, 0.75, 0.95]);
      for (const { p, value } of body.spread.percentiles) expect(value).toBeCloseTo(percentile(p), 12);
      const windowed = await callRoute(
        labelStats,
        "/api/v1/labels/faithfulness/stats?fromTimestamp=2025-01-01T00:00:00Z",
        { headers: auth, params: { name: "faithfulness" } },
      );
      expect((windowed.body as { trendWindow: string }).trendWindow).toBe("filters");
    });

    it("counts an annotator's scores per label and per day", async () => {
      const res = await callRoute(activity, "/api/v1/annotators/u2/activity", {
        headers: auth,
        params: { userId: "u2" },
      });
      expect(res.status).toBe(200);
      const own = (await t.db.select().from(scores)).filter(
        (r) => r.projectId === P1 && r.authorUserId === "u2",
      );
      const byLabel = new Map<string, number>();
      for (const r of own) byLabel.set(r.name, (byLabel.get(r.name) ?? 0) + 1);
      const body = res.body as {
        labels: { name: string; count: number }[];
        days: { day: string; count: number }[];
      };
      expect(Object.fromEntries(body.labels.map((l) => [l.name, l.count]))).toEqual(
        Object.fromEntries(byLabel),
      );
      const newest = Math.max(...own.map((r) => r.timestamp.getTime()));
      const byDay = new Map<string, number>();
      for (const r of own.filter((r) => r.timestamp.getTime() >= newest - 30 * 86_400_000)) {
        const day = r.timestamp.toISOString().slice(0, 10);
        byDay.set(day, (byDay.get(day) ?? 0) + 1);
      }
      expect(body.days).toEqual([...byDay.entries()].sort().map(([day, count]) => ({ day, count })));
    });

    it("shows queue progress per annotator", async () => {
      const res = await callRoute(queueProgress, `/api/v1/queues/${P1}-q1/progress`, {
        headers: auth,
        params: { id: `${P1}-q1` },
      });
      expect(res.body).toEqual({
        queue: { id: `${P1}-q1`, name: "Triage", description: null },
        items: { total: 3, pending: 2, completed: 1, unassigned: 1 },
        annotators: [
          { id: "u1", name: "Ada", assigned: 2, completed: 1, scores: 1 },
          { id: "u2", name: "Grace", assigned: 0, completed: 0, scores: 2 },
        ],
      });
      const missing = await callRoute(queueProgress, "/api/v1/queues/nope/progress", {
        headers: auth,
        params: { id: "nope" },
      });
      expect(missing.status).toBe(404);
    });
  },
  async (db) => {
    await seedFixtures(db);
    await seedKeys(db);
    await seedSharedRatings(db);
  },
);
