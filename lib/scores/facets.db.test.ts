import { expect, it } from "vitest";
import { describeEachEngine } from "@/db/testing/engines";
import { parseListParamsStrict } from "./filter-codec";
import { facetCounts, facetKeys, getFacets } from "./facets";
import { scoreQueryFromParams } from "./score-query";
import { BASE_DATE, P1, seedFixtures } from "./test-fixtures";

describeEachEngine(
  "facets",
  (t) => {
    const cases: Record<string, string>[] = [
      {},
      { environment: "production" },
      { source: "ANNOTATION", name: "tone,notes" },
      { range: "90d", hasComment: "true" },
      { dataType: "NUMERIC", valueMin: "0.5" },
    ];
    for (const raw of cases) {
      it(`one shared scan counts what separate scans count: ${JSON.stringify(raw)}`, async () => {
        const filters = scoreQueryFromParams(P1, parseListParamsStrict(raw)).filters;
        const { facets } = await getFacets(t.db, P1, filters, BASE_DATE);
        for (const key of facetKeys) {
          const alone = await facetCounts(t.db, P1, filters, key, BASE_DATE);
          expect(
            facets[key].map(({ value, count }) => ({ value, count })),
            key,
          ).toEqual(alone);
        }
      });
    }

    it("counts every value of the project without filters", async () => {
      const { facets } = await getFacets(t.db, P1, {}, BASE_DATE);
      expect(facets.dataType).toEqual([
        { value: "NUMERIC", label: "NUMERIC", count: 13 },
        { value: "CATEGORICAL", label: "CATEGORICAL", count: 4 },
        { value: "BOOLEAN", label: "BOOLEAN", count: 3 },
        { value: "TEXT", label: "TEXT", count: 2 },
        { value: "CORRECTION", label: "CORRECTION", count: 1 },
        { value: "JSON", label: "JSON", count: 1 },
      ]);
      expect(facets.queueId).toEqual([
        { value: `${P1}-q1`, label: "Triage", count: 3 },
        { value: `${P1}-q2`, label: "Escalations", count: 2 },
      ]);
    });
  },
  seedFixtures,
);
