import { describe, expect, it } from "vitest";
import { hexId, uuidV7 } from "./ids";
import { hashSeed, Prng, WeightedPicker, zipfWeights } from "./prng";
import { Timeline } from "./timeline";

const draw = (rng: Prng, n: number) => Array.from({ length: n }, () => rng.next());

describe("Prng", () => {
  it("repeats the same sequence for the same seed and tag", () => {
    expect(draw(new Prng(42, "rows"), 1000)).toEqual(draw(new Prng(42, "rows"), 1000));
  });

  it("gives different sequences for different seeds or tags", () => {
    const base = draw(new Prng(42, "rows"), 20);
    expect(draw(new Prng(43, "rows"), 20)).not.toEqual(base);
    expect(draw(new Prng(42, "time"), 20)).not.toEqual(base);
    expect(draw(new Prng(-42, "rows"), 20)).not.toEqual(base);
  });

  it("pins its outputs, so a change that would alter every seeded database is a deliberate one", () => {
    expect(draw(new Prng(1, "x"), 3)).toEqual([963568597, 4212921416, 4077296545]);
    expect(hashSeed(1, "x")).toBe(778017131);
    expect(uuidV7(Date.UTC(2026, 5, 1), new Prng(1, "id"))).toBe("019e807a-ec00-74a0-82c8-3f6668f1f4d9");
  });

  it("forks without consuming the parent stream", () => {
    const a = new Prng(7);
    const b = new Prng(7);
    const forked = a.fork("child");
    expect(draw(a, 10)).toEqual(draw(b, 10));
    expect(draw(forked, 10)).toEqual(draw(new Prng(7).fork("child"), 10));
  });

  it("keeps floats in [0, 1) and ints in range", () => {
    const rng = new Prng(3);
    for (let i = 0; i < 10_000; i++) {
      const f = rng.float();
      expect(f >= 0 && f < 1).toBe(true);
      const r = rng.range(-2, 2);
      expect(r >= -2 && r <= 2 && Number.isInteger(r)).toBe(true);
    }
  });

  it("picks by weight", () => {
    const rng = new Prng(5);
    const picker = new WeightedPicker(["a", "b", "c"], [6, 3, 1]);
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 20_000; i++) counts[picker.pick(rng) as "a" | "b" | "c"]++;
    expect(counts.a / 20_000).toBeCloseTo(0.6, 1);
    expect(counts.c / 20_000).toBeCloseTo(0.1, 1);
    expect(zipfWeights(3, 1)).toEqual([1, 1 / 2, 1 / 3]);
  });
});

describe("ids", () => {
  it("makes time-ordered, UUID-v7-shaped ids", () => {
    const rng = new Prng(9);
    const ms = Date.UTC(2026, 5, 1);
    const ids = [uuidV7(ms, rng), uuidV7(ms + 1, rng), uuidV7(ms + 60_000, rng)];
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([...ids].sort()).toEqual(ids);
    expect(parseInt(ids[0].replace(/-/g, "").slice(0, 12), 16)).toBe(ms);
    expect(hexId(rng, 16)).toMatch(/^[0-9a-f]{32}$/);
    expect(hexId(rng, 8)).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe("Timeline", () => {
  it("is ascending, inside the window and denser at the recent end", () => {
    const base = Date.UTC(2026, 5, 1);
    const timeline = new Timeline(base, 10_000, new Prng(1));
    const stamps = Array.from({ length: 10_000 }, (_, i) => timeline.at(i));
    for (let i = 1; i < stamps.length; i++) expect(stamps[i]).toBeGreaterThanOrEqual(stamps[i - 1]);
    expect(stamps[0]).toBeGreaterThanOrEqual(timeline.startMs);
    expect(stamps[stamps.length - 1]).toBeLessThanOrEqual(base);
    const lastMonth = stamps.filter((t) => t > base - 30 * 86_400_000).length;
    const firstMonth = stamps.filter((t) => t < timeline.startMs + 30 * 86_400_000).length;
    expect(lastMonth).toBeGreaterThan(firstMonth * 3);
  });

  it("is deterministic", () => {
    const run = () => {
      const t = new Timeline(Date.UTC(2026, 0, 1), 100, new Prng(2, "time"));
      return Array.from({ length: 100 }, (_, i) => t.at(i));
    };
    expect(run()).toEqual(run());
  });
});
