import { expect, it } from "vitest";
import { describeEachEngine } from "@/db/testing/engines";
import { BASE_DATE, P1, seedFixtures } from "@/lib/scores/test-fixtures";
import { getComparison } from "./compare";
import { compareRequestFromParams, compareSchema } from "./compare-params";
import {
  fisher,
  kappaOf,
  pearson,
  perClassOf,
  ranks,
  refPairs,
  spearman,
  type RawScore,
  type RefPair,
} from "./compare-test-reference";
import { buildCompareRows, seedCompareRows } from "./compare-test-rows";

const rows = buildCompareRows();
const DAY = 86_400_000;
const from = (params: Record<string, string>) => compareRequestFromParams(compareSchema.parse(params));
const evalOf = (name: string) => (r: RawScore) => r.name === name && r.source === "EVAL";
const u1Of = (name: string) => (r: RawScore) => r.name === name && r.author === "u1";
const inWindow = (low: Date) => (r: RawScore) => r.at >= low;
const both =
  (...tests: ((r: RawScore) => boolean)[]) =>
  (r: RawScore) =>
    tests.every((t) => t(r));
const labels = (pairs: RefPair[]) => pairs.map((p) => ({ a: String(p.a.value), b: String(p.b.value) }));
const nums = (pairs: RefPair[], side: "a" | "b") => pairs.map((p) => p[side].value as number);
const dayOf = (d: Date) => d.toISOString().slice(0, 10);
const weekOf = (d: Date) =>
  dayOf(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - ((d.getUTCDay() + 6) % 7))));

async function allPairs(db: Parameters<typeof getComparison>[0], params: Record<string, string>) {
  const seen: { subject: string; a: string; b: string; at: string }[] = [];
  let cursor: string | undefined;
  let total: number | null = null;
  do {
    const page = (
      await getComparison(
        db,
        P1,
        from({ ...params, include: "pairs", limit: "7", ...(cursor ? { cursor } : {}) }),
        BASE_DATE,
      )
    ).pairs!;
    if (!cursor) total = page.total;
    for (const p of page.data)
      seen.push({
        subject: `${p.subject.kind}:${p.subject.id}`,
        a: p.a.scoreId,
        b: p.b.scoreId,
        at: p.a.timestamp,
      });
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return { seen, total };
}

const expectedList = (pairs: RefPair[]) =>
  [...pairs]
    .sort((x, y) => y.a.at.getTime() - x.a.at.getTime() || (y.key < x.key ? -1 : y.key > x.key ? 1 : 0))
    .map((p) => ({ subject: p.key, a: p.a.id, b: p.b.id, at: p.a.at.toISOString() }));

describeEachEngine(
  "compare two score series",
  (t) => {
    const verdict = {
      a: "cmp-verdict",
      aSource: "EVAL",
      b: "cmp-verdict",
      bSource: "ANNOTATION",
      bAuthorUserId: "u1",
    };

    it("categorical: n, only-A/B, confusion, agreement, kappa with CI, per-class F1, daily timeline", async () => {
      const low = new Date(BASE_DATE.getTime() - 25 * DAY); // a window under a month: day buckets
      const ref = refPairs(
        rows,
        both(evalOf("cmp-verdict"), inWindow(low)),
        both(u1Of("cmp-verdict"), inWindow(low)),
      );
      const window = { ...verdict, fromTimestamp: low.toISOString() };
      const { figures } = await getComparison(t.db, P1, from(window), BASE_DATE);
      const f = figures!;
      expect(f.mode).toBe("categorical");
      expect([f.n, f.onlyA, f.onlyB, f.small]).toEqual([ref.pairs.length, ref.onlyA, ref.onlyB, false]);
      const pairs = labels(ref.pairs);
      const cells = new Map<string, number>();
      for (const p of pairs) cells.set(`${p.a}|${p.b}`, (cells.get(`${p.a}|${p.b}`) ?? 0) + 1);
      expect(Object.fromEntries(f.confusion!.cells.map((c) => [`${c.a}|${c.b}`, c.count]))).toEqual(
        Object.fromEntries(cells),
      );
      const k = kappaOf(pairs);
      expect(f.confusion!.percentAgreement).toBeCloseTo(k.po, 12);
      expect(f.confusion!.kappa).toBeCloseTo(k.kappa, 12);
      expect(f.confusion!.kappaInterval!.low).toBeCloseTo(k.low, 12);
      expect(f.confusion!.kappaInterval!.high).toBeCloseTo(k.high, 12);
      expect(f.confusion!.classes).toEqual(["fail", "pass", "unsure"]);
      for (const c of f.confusion!.perClass) {
        const own = perClassOf(pairs, c.value);
        expect(c.support).toBe(own.support);
        for (const key of ["precision", "recall", "f1"] as const) expect(c[key]).toBeCloseTo(own[key]!, 12);
      }
      expect(f.timeline.unit).toBe("day");
      const days = new Map<string, RefPair[]>();
      for (const p of ref.pairs) days.set(dayOf(p.a.at), [...(days.get(dayOf(p.a.at)) ?? []), p]);
      expect(f.timeline.buckets.map((b) => [b.start, b.n])).toEqual(
        [...days.keys()].sort().map((d) => [d, days.get(d)!.length]),
      );
      for (const b of f.timeline.buckets) {
        const own = labels(days.get(b.start)!);
        expect(b.percentAgreement).toBeCloseTo(kappaOf(own).po, 12);
      }
    });

    it("a window applies to both series; a wide one buckets by week", async () => {
      const low = new Date(BASE_DATE.getTime() - 10 * DAY);
      const ref = refPairs(
        rows,
        both(evalOf("cmp-verdict"), inWindow(low)),
        both(u1Of("cmp-verdict"), inWindow(low)),
      );
      const { figures } = await getComparison(
        t.db,
        P1,
        from({ ...verdict, fromTimestamp: low.toISOString() }),
        BASE_DATE,
      );
      expect([figures!.n, figures!.onlyA, figures!.onlyB]).toEqual([ref.pairs.length, ref.onlyA, ref.onlyB]);

      const wide = refPairs(rows, evalOf("cmp-verdict"), u1Of("cmp-verdict"));
      expect(wide.pairs.some((p) => p.key === "trace:cv-200")).toBe(true);
      const w = (
        await getComparison(
          t.db,
          P1,
          from({ ...verdict, fromTimestamp: new Date(BASE_DATE.getTime() - 200 * DAY).toISOString() }),
          BASE_DATE,
        )
      ).figures!;
      expect(w.n).toBe(wide.pairs.length);
      expect(w.timeline.unit).toBe("week");
      const weeks = new Map<string, number>();
      for (const p of wide.pairs) weeks.set(weekOf(p.a.at), (weeks.get(weekOf(p.a.at)) ?? 0) + 1);
      expect(w.timeline.buckets.map((b) => [b.start, b.n])).toEqual([...weeks.entries()].sort());
    });

    it("numeric: Pearson and Spearman with Fisher intervals, MAE, RMSE, bias, binned scatter", async () => {
      const ref = refPairs(rows, evalOf("cmp-score"), u1Of("cmp-score"));
      const params = { a: "cmp-score", aSource: "EVAL", b: "cmp-score", bAuthorUserId: "u1" };
      const f = (await getComparison(t.db, P1, from(params), BASE_DATE)).figures!;
      const [xs, ys] = [nums(ref.pairs, "a"), nums(ref.pairs, "b")];
      const n = xs.length;
      expect(f.mode).toBe("numeric");
      expect([f.n, f.onlyA, f.onlyB]).toEqual([n, ref.onlyA, ref.onlyB]);
      expect(new Set(ys).size).toBeLessThan(n); // ties, so average ranks matter
      const r = pearson(xs, ys);
      const rho = spearman(xs, ys);
      expect(f.numeric!.pearson.value).toBeCloseTo(r, 10);
      expect(f.numeric!.spearman.value).toBeCloseTo(rho, 10);
      expect(f.numeric!.pearson.interval!.low).toBeCloseTo(fisher(r, n).low, 10);
      expect(f.numeric!.pearson.interval!.high).toBeCloseTo(fisher(r, n).high, 10);
      expect(f.numeric!.spearman.interval!.low).toBeCloseTo(fisher(rho, n, 1.06).low, 10);
      const diffs = xs.map((x, i) => x - ys[i]);
      expect(f.numeric!.meanAbsoluteError).toBeCloseTo(diffs.reduce((s, d) => s + Math.abs(d), 0) / n, 12);
      expect(f.numeric!.rootMeanSquaredError).toBeCloseTo(
        Math.sqrt(diffs.reduce((s, d) => s + d * d, 0) / n),
        12,
      );
      expect(f.numeric!.meanDifference).toBeCloseTo(diffs.reduce((s, d) => s + d, 0) / n, 12);
      const { aEdges, bEdges, cells } = f.scatter!;
      expect(aEdges[0]).toBeLessThanOrEqual(Math.min(...xs));
      expect(aEdges.at(-1)!).toBeGreaterThan(Math.max(...xs));
      const bin = (edges: number[], v: number) => edges.findIndex((e, i) => v >= e && v < edges[i + 1]);
      const own = new Map<string, number>();
      xs.forEach((x, i) =>
        own.set(
          `${bin(aEdges, x)},${bin(bEdges, ys[i])}`,
          (own.get(`${bin(aEdges, x)},${bin(bEdges, ys[i])}`) ?? 0) + 1,
        ),
      );
      expect(Object.fromEntries(cells.map((c) => [`${c.aBin},${c.bBin}`, c.count]))).toEqual(
        Object.fromEntries(own),
      );
      // A scatter region's pairs are exactly the pairs counted in that cell.
      const cell = cells.reduce((x, y) => (y.count > x.count ? y : x));
      const region = await allPairs(t.db, {
        ...params,
        aMin: String(aEdges[cell.aBin]),
        aMax: String(aEdges[cell.aBin + 1]),
        bMin: String(bEdges[cell.bBin]),
        bMax: String(bEdges[cell.bBin + 1]),
      });
      expect(region.seen).toHaveLength(cell.count);
      expect(region.total).toBe(cell.count);
    });

    it("numeric against categorical: distribution of A per class of B", async () => {
      const ref = refPairs(rows, evalOf("cmp-score"), u1Of("cmp-grade"));
      const f = (
        await getComparison(t.db, P1, from({ a: "cmp-score", aSource: "EVAL", b: "cmp-grade" }), BASE_DATE)
      ).figures!;
      expect(f.mode).toBe("mixed");
      expect(f.n).toBe(ref.pairs.length);
      const d = f.distribution!;
      expect(d.numericSide).toBe("a");
      expect(d.classes.map((c) => c.value)).toEqual(["bad", "good"]);
      for (const c of d.classes) {
        const mine = ref.pairs.filter((p) => p.b.value === c.value).map((p) => p.a.value as number);
        expect(c.count).toBe(mine.length);
        expect(c.mean).toBeCloseTo(mine.reduce((s, x) => s + x, 0) / mine.length, 12);
        expect(c.bins).toEqual(
          d.edges.slice(0, -1).map((e, i) => mine.filter((x) => x >= e && x < d.edges[i + 1]).length),
        );
      }
    });

    it("matches the textbook examples: kappa 0.4 and Spearman −29/165", async () => {
      const kb = (
        await getComparison(
          t.db,
          P1,
          from({ a: "kb", aSource: "EVAL", b: "kb", bSource: "ANNOTATION" }),
          BASE_DATE,
        )
      ).figures!;
      expect(kb.n).toBe(50);
      expect(kb.confusion!.percentAgreement).toBeCloseTo(0.7, 12);
      expect(kb.confusion!.kappa).toBeCloseTo(0.4, 12);
      expect(kappaOf(labels(refPairs(rows, evalOf("kb"), u1Of("kb")).pairs)).kappa).toBeCloseTo(0.4, 12);
      const sb = (
        await getComparison(
          t.db,
          P1,
          from({ a: "sb", aSource: "EVAL", b: "sb", bSource: "ANNOTATION" }),
          BASE_DATE,
        )
      ).figures!;
      expect(sb.n).toBe(10);
      expect(sb.small).toBe(true);
      expect(sb.numeric!.spearman.value).toBeCloseTo(-29 / 165, 12);
      expect(
        spearman([106, 100, 86, 101, 99, 103, 97, 113, 112, 110], [7, 27, 2, 50, 28, 29, 20, 12, 6, 17]),
      ).toBeCloseTo(-29 / 165, 12);
      expect(ranks([3, 1, 3, 2])).toEqual([3.5, 1, 3.5, 2]);
    });

    it("pages the pairs with a cursor and drills into a confusion cell and into disagreements", async () => {
      const ref = refPairs(rows, evalOf("cmp-verdict"), u1Of("cmp-verdict"));
      const all = await allPairs(t.db, verdict);
      expect(all.total).toBe(ref.pairs.length);
      expect(all.seen).toEqual(expectedList(ref.pairs));
      const cell = ref.pairs.filter((p) => p.a.value === "pass" && p.b.value === "fail");
      expect(cell.length).toBeGreaterThan(0);
      expect((await allPairs(t.db, { ...verdict, aValue: "pass", bValue: "fail" })).seen).toEqual(
        expectedList(cell),
      );
      const disagree = ref.pairs.filter((p) => p.a.value !== p.b.value);
      expect((await allPairs(t.db, { ...verdict, agreement: "disagree" })).seen).toEqual(
        expectedList(disagree),
      );
    });

    it("answers with empty figures when nothing matches", async () => {
      const f = (await getComparison(t.db, P1, from({ a: "cmp-verdict", b: "no-such-label" }), BASE_DATE))
        .figures!;
      expect(f).toMatchObject({ n: 0, mode: "empty", small: true, confusion: null, numeric: null });
      expect(f.onlyA).toBeGreaterThan(0);
    });
  },
  async (db) => {
    await seedFixtures(db);
    await seedCompareRows(db, rows);
  },
);
