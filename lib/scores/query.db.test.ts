import { expect, it } from "vitest";
import { describeEachEngine } from "@/db/testing/engines";
import { scores } from "@/db/schema";
import { parseListParamsStrict } from "./filter-codec";
import { countScores, listScores } from "./query";
import { scoreQueryFromParams } from "./score-query";
import { BASE_DATE, P1, P2, seedFixtures } from "./test-fixtures";
import type { Database } from "@/db/client";

const NOW = BASE_DATE;

async function ids(db: Database, query: Record<string, string>, projectId = P1) {
  const params = parseListParamsStrict({ limit: "500", ...query });
  const page = await listScores(db, scoreQueryFromParams(projectId, params), NOW);
  return page.rows.map((row) => row.id);
}

describeEachEngine(
  "score filters",
  (t) => {
    const cases: [string, Record<string, string>, string[]][] = [
      [
        "no filter: newest first, ties by id desc",
        {},
        [
          "s01",
          "s03",
          "s02",
          "s04",
          "s05",
          "s06",
          "s07",
          "s08",
          "s09",
          "s10",
          "s11",
          "s13",
          "s12",
          "s14",
          "s15",
          "s16",
          "s17",
          "s20",
          "s19",
          "s18",
          "s21",
          "s22",
          "s23",
          "s24",
        ],
      ],
      ["id", { id: "s05,s24,nope" }, ["s05", "s24"]],
      ["name", { name: "tone" }, ["s06", "s07", "s16", "s22"]],
      ["name list", { name: "notes,correction" }, ["s08", "s09", "s17"]],
      ["configId", { configId: "cfg-helpfulness,cfg-none" }, ["s01", "s03", "s02"]],
      ["environment", { environment: "staging,canary" }, ["s03", "s04", "s14", "s22"]],
      ["authorUserId", { authorUserId: "u1" }, ["s03", "s07", "s09", "s16"]],
      ["queueId", { queueId: `${P1}-q1` }, ["s03", "s06", "s24"]],
      ["traceId", { traceId: "trace-s05" }, ["s05"]],
      ["observationId", { observationId: "obs-s02,obs-s09" }, ["s02", "s09"]],
      ["sessionId", { sessionId: "sess-s14" }, ["s14"]],
      ["experimentId", { experimentId: "exp-s18,exp-s10" }, ["s10", "s18"]],
      [
        "source (case-insensitive)",
        { source: "annotation" },
        ["s03", "s06", "s07", "s08", "s09", "s16", "s17", "s24"],
      ],
      ["dataType", { dataType: "BOOLEAN,json" }, ["s04", "s05", "s15", "s21"]],
      ["subjectKind", { subjectKind: "experiment" }, ["s10", "s19", "s18"]],
      ["NUMERIC value", { dataType: "NUMERIC", value: "0.7,5" }, ["s13", "s14", "s20", "s19", "s18"]],
      ["BOOLEAN value", { dataType: "BOOLEAN", value: "true" }, ["s05"]],
      ["CATEGORICAL value", { dataType: "CATEGORICAL", value: "friendly" }, ["s06", "s22"]],
      [
        "valueMin/valueMax inclusive",
        { valueMin: "0.7", valueMax: "3" },
        ["s01", "s03", "s05", "s06", "s07", "s12", "s20", "s19", "s18", "s22", "s24"],
      ],
      ["valueMax negative", { valueMax: "-1" }, ["s23"]],
      [
        "fromTimestamp inclusive, toTimestamp exclusive",
        { fromTimestamp: "2026-05-31T22:00:00Z", toTimestamp: "2026-05-31T23:00:00Z" },
        ["s03", "s02"],
      ],
      ["range 24h", { range: "24h" }, ["s01", "s03", "s02", "s04", "s05", "s06", "s07", "s08"]],
      ["q matches comment, case-insensitive", { q: "FORMAL" }, ["s16"]],
      ["q matches string value", { q: "canberra" }, ["s09"]],
      ["q treats % and _ literally", { q: "100%" }, ["s07"]],
      ["q underscore", { q: "50_50" }, ["s24"]],
      ["hasComment true", { hasComment: "true" }, ["s03", "s02", "s05", "s07", "s09", "s12", "s16", "s24"]],
      ["zero match", { name: "does-not-exist" }, []],
      [
        "AND across parameters",
        { name: "helpfulness", source: "EVAL", environment: "production" },
        ["s02", "s20"],
      ],
    ];
    for (const [title, query, expected] of cases) {
      it(title, async () => {
        expect(await ids(t.db, query)).toEqual(expected);
      });
    }

    it("hasComment false is the complement", async () => {
      const all = await ids(t.db, {});
      const withComment = await ids(t.db, { hasComment: "true" });
      expect(await ids(t.db, { hasComment: "false" })).toEqual(all.filter((id) => !withComment.includes(id)));
    });

    it("never shows another project's rows", async () => {
      expect(await ids(t.db, {}, P2)).toEqual(["s01", "x02"]);
      expect(await ids(t.db, { q: "other project" })).toEqual([]);
    });

    it("counts in every mode", async () => {
      const filters = scoreQueryFromParams(P1, parseListParamsStrict({ environment: "production" })).filters;
      expect(await countScores(t.db, P1, filters, "exact", NOW)).toEqual({
        total: 16,
        totalIsLowerBound: false,
        totalIsEstimate: false,
      });
      expect(await countScores(t.db, P1, filters, "capped", NOW)).toEqual({
        total: 16,
        totalIsLowerBound: false,
        totalIsEstimate: false,
      });
      expect(await countScores(t.db, P1, filters, "none", NOW)).toEqual({
        total: null,
        totalIsLowerBound: false,
        totalIsEstimate: false,
      });
      const estimate = await countScores(t.db, P1, filters, "estimate", NOW);
      expect(estimate.totalIsEstimate).toBe(true);
      expect(estimate.total).toBeGreaterThanOrEqual(0);
    });

    it("page mode returns the requested slice", async () => {
      const all = await ids(t.db, {});
      expect(await ids(t.db, { limit: "5", page: "3" })).toEqual(all.slice(10, 15));
      expect(await ids(t.db, { limit: "5", page: "6" })).toEqual([]);
    });
  },
  seedFixtures,
);

// The column list is used in tests elsewhere; keep the import honest.
void scores;
