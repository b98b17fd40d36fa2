/**
 * Deterministic randomness for the seed generator. Math.random cannot be seeded, and the
 * benchmark needs the same rows for the same seed, so everything draws from sfc32 here.
 */

/** 32-bit string/number hash (cyrb53-style mixing): turns `seed` + a purpose tag into a stream key. */
export function hashSeed(seed: number, tag: string): number {
  let h1 = 0xdeadbeef ^ (seed | 0);
  let h2 = 0x41c6ce57 ^ Math.floor(seed / 0x100000000);
  for (let i = 0; i < tag.length; i++) {
    const c = tag.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h1 ^ h2) >>> 0;
}

/** sfc32: small, fast, passes PractRand far beyond what a seed needs, and is trivially portable. */
export class Prng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(
    readonly seed: number,
    readonly tag = "",
  ) {
    this.a = hashSeed(seed, `a:${tag}`);
    this.b = hashSeed(seed, `b:${tag}`);
    this.c = hashSeed(seed, `c:${tag}`);
    this.d = 1;
    // The first outputs of sfc32 are weakly mixed; discarding a few is the usual remedy.
    for (let i = 0; i < 12; i++) this.next();
  }

  /** Uniform unsigned 32-bit integer. */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.next() / 4294967296;
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.float() * n);
  }

  /** Uniform integer in [min, max], both inclusive. */
  range(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  /**
   * An independent stream for one purpose, keyed by seed and tag only (it draws nothing from this
   * stream), so adding draws in one place never shifts the rows generated in another.
   */
  fork(tag: string): Prng {
    return new Prng(this.seed, `${this.tag}/${tag}`);
  }

  /** Fisher–Yates on a copy. */
  shuffle<T>(items: readonly T[]): T[] {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }
}

/** Weighted choice by binary search over cumulative weights: O(log n), no allocation per draw. */
export class WeightedPicker<T> {
  private readonly cumulative: Float64Array;
  private readonly total: number;

  constructor(
    readonly items: readonly T[],
    weights: readonly number[],
  ) {
    if (items.length === 0 || items.length !== weights.length) {
      throw new Error("WeightedPicker needs one positive weight per item");
    }
    this.cumulative = new Float64Array(items.length);
    let sum = 0;
    for (let i = 0; i < items.length; i++) this.cumulative[i] = sum += weights[i];
    this.total = sum;
  }

  pick(rng: Prng): T {
    const target = rng.float() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid] > target) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo];
  }
}

/** Zipf-like weights 1/(rank+1)^s: a few labels, annotators or queues carry most of the traffic. */
export function zipfWeights(n: number, exponent = 1.1): number[] {
  return Array.from({ length: n }, (_, rank) => 1 / Math.pow(rank + 1, exponent));
}
