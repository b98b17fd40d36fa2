import { expect, it } from "vitest";
import type { Database } from "@/db/client";
import { scores, type ScoreRow } from "@/db/schema";
import { describeEachEngine } from "@/db/testing/engines";
import { AppError } from "@/lib/errors";
import { parseListParamsStrict } from "./filter-codec";
import { sortFields, sortOrders, type SortField, type SortOrder } from "./filters";
import { listScores } from "./query";
import { scoreQueryFromParams } from "./score-query";
import { BASE_DATE, fixtureRows, P1, seedFixtures } from "./test-fixtures";

const NOW = BASE_DATE;
const keyOf = {
  timestamp: "timestamp",
  value: "numericValue",
  name: "name",
  createdAt: "createdAt",
  updatedAt: "updatedAt",
} as const;

/** The order the engine promises, computed independently: nulls smallest, ties by id. */
function expectedOrder(sort: SortField, order: SortOrder): string[] {
  const key = keyOf[sort];
  const rows = fixtureRows(P1) as ScoreRow[];
  const num = (v: unknown) => (v instanceof Date ? v.getTime() : v);
  return rows
    .slice()
    .sort((a, b) => {
      const [x, y] = [num(a[key]), num(b[key])] as (number | string | null)[];
      let c = 0;
      if (x === null && y !== null) c = -1;
      else if (y === null && x !== null) c = 1;
      else if (x !== null && y !== null) c = x < y ? -1 : x > y ? 1 : 0;
      if (c === 0) c = a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
      return order === "asc" ? c : -c;
    })
    .map((r) => r.id);
}

async function page(db: Database, query: Record<string, string>) {
  return listScores(db, scoreQueryFromParams(P1, parseListParamsStrict(query)), NOW);
}

async function walk(db: Database, query: Record<string, string>, between?: () => Promise<void>) {
  const seen: string[] = [];
  let cursor: string | null = null;
  for (let guard = 0; guard < 50; guard++) {
    const result = await page(db, { ...query, ...(cursor ? { cursor } : {}) });
    seen.push(...result.rows.map((r) => r.id));
    if (guard === 0 && between) await between();
    cursor = result.nextCursor;
    if (!cursor) break;
  }
  return seen;
}

describeEachEngine(
  "cursor pagination",
  (t) => {
    for (const sort of sortFields) {
      for (const order of sortOrders) {
        it(`walks sort=${sort} order=${order} without skipping or repeating`, async () => {
          const expected = expectedOrder(sort, order);
          expect(await walk(t.db, { sort, order, limit: "4" })).toEqual(expected);
          expect(await walk(t.db, { sort, order, limit: "7" })).toEqual(expected);
        });

        it(`walks back with prevCursor for sort=${sort} order=${order}`, async () => {
          const first = await page(t.db, { sort, order, limit: "5" });
          const second = await page(t.db, { sort, order, limit: "5", cursor: first.nextCursor! });
          const back = await page(t.db, { sort, order, limit: "5", cursor: second.prevCursor! });
          expect(back.rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
          expect(back.prevCursor).toBeNull();
          expect(first.prevCursor).toBeNull();
        });
      }
    }

    it("rows inserted between pages neither shift nor repeat the walk", async () => {
      const before = expectedOrder("timestamp", "desc");
      const seen = await walk(t.db, { limit: "5" }, async () => {
        const newest = {
          ...fixtureRows(P1)[0],
          id: "s00-new",
          timestamp: new Date(BASE_DATE.getTime() + 1000),
        };
        const middle = {
          ...fixtureRows(P1)[0],
          id: "s99-mid",
          timestamp: new Date(BASE_DATE.getTime() - 500 * 3_600_000),
        };
        await t.db.insert(scores).values([newest, middle]);
      });
      expect(seen.filter((id) => !id.startsWith("s99"))).toEqual(before);
      expect(seen).toContain("s99-mid"); // ahead of the cursor: seen once, in order
      expect(seen).not.toContain("s00-new"); // behind the cursor: not replayed into the walk
      expect(new Set(seen).size).toBe(seen.length);
    });

    const rejects = async (query: Record<string, string>, message: RegExp) => {
      const error = await page(t.db, query).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).status).toBe(400);
      expect((error as AppError).message).toMatch(message);
      expect((error as AppError).issues?.[0]?.path).toBe("cursor");
    };

    it("rejects a cursor replayed with other filters or sort", async () => {
      const first = await page(t.db, { name: "helpfulness", limit: "2" });
      await rejects({ name: "tone", limit: "2", cursor: first.nextCursor! }, /other filters/);
      await rejects(
        { name: "helpfulness", sort: "value", limit: "2", cursor: first.nextCursor! },
        /sort=timestamp/,
      );
      // limit is not a filter: a cursor may continue with another page size
      const next = await page(t.db, { name: "helpfulness", limit: "3", cursor: first.nextCursor! });
      expect(next.rows).toHaveLength(3);
    });

    it("rejects a tampered or foreign cursor", async () => {
      const first = await page(t.db, { limit: "2" });
      const decoded = JSON.parse(Buffer.from(first.nextCursor!, "base64url").toString());
      const forged = Buffer.from(JSON.stringify({ ...decoded, i: "s99" })).toString("base64url");
      await rejects({ limit: "2", cursor: forged }, /altered/);
      await rejects({ limit: "2", cursor: "not-a-cursor" }, /not a cursor/);
    });
  },
  seedFixtures,
);
