/**
 * The comparison recomputed the plain way, for tests: from the raw rows in memory, with its own
 * code (no import from the engine), so a test compares two independent computations.
 */
export type RawScore = {
  id: string;
  name: string;
  source: "API" | "EVAL" | "ANNOTATION";
  author: string | null;
  kind: "trace" | "observation";
  subject: string;
  value: number | string;
  at: Date;
};
export type RefPair = { key: string; a: RawScore; b: RawScore };

export function latestPerSubject(rows: RawScore[], keep: (row: RawScore) => boolean) {
  const latest = new Map<string, RawScore>();
  for (const row of rows.filter(keep)) {
    const key = `${row.kind}:${row.subject}`;
    const held = latest.get(key);
    if (!held || row.at > held.at || (row.at.getTime() === held.at.getTime() && row.id > held.id))
      latest.set(key, row);
  }
  return latest;
}

export function refPairs(rows: RawScore[], a: (r: RawScore) => boolean, b: (r: RawScore) => boolean) {
  const sa = latestPerSubject(rows, a);
  const sb = latestPerSubject(rows, b);
  const pairs: RefPair[] = [];
  for (const [key, row] of sa) if (sb.has(key)) pairs.push({ key, a: row, b: sb.get(key)! });
  return { pairs, onlyA: sa.size - pairs.length, onlyB: sb.size - pairs.length };
}

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

export function pearson(xs: number[], ys: number[]) {
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < xs.length; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
    syy += (ys[i] - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

/** Average ranks (1-based), ties sharing the mean of the ranks they span. */
export function ranks(xs: number[]) {
  const order = xs.map((x, i) => ({ x, i })).sort((p, q) => p.x - q.x);
  const out = new Array<number>(xs.length);
  for (let start = 0; start < order.length;) {
    let end = start;
    while (end + 1 < order.length && order[end + 1].x === order[start].x) end++;
    const rank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) out[order[k].i] = rank;
    start = end + 1;
  }
  return out;
}

export const spearman = (xs: number[], ys: number[]) => pearson(ranks(xs), ranks(ys));

export function fisher(r: number, n: number, factor = 1) {
  const se = Math.sqrt(factor / (n - 3));
  return {
    low: Math.tanh(Math.atanh(r) - 1.959963984540054 * se),
    high: Math.tanh(Math.atanh(r) + 1.959963984540054 * se),
  };
}

/** Kappa from raw label pairs: observed minus chance agreement over one minus chance. */
export function kappaOf(labels: { a: string; b: string }[]) {
  const n = labels.length;
  const po = labels.filter((p) => p.a === p.b).length / n;
  const classes = new Set(labels.flatMap((p) => [p.a, p.b]));
  let pe = 0;
  for (const c of classes)
    pe += (labels.filter((p) => p.a === c).length / n) * (labels.filter((p) => p.b === c).length / n);
  const kappa = (po - pe) / (1 - pe);
  const se = Math.sqrt((po * (1 - po)) / (n * (1 - pe) ** 2));
  return {
    po,
    kappa,
    low: Math.max(-1, kappa - 1.959963984540054 * se),
    high: Math.min(1, kappa + 1.959963984540054 * se),
  };
}

export function perClassOf(labels: { a: string; b: string }[], c: string) {
  const tp = labels.filter((p) => p.a === c && p.b === c).length;
  const saidA = labels.filter((p) => p.a === c).length;
  const saidB = labels.filter((p) => p.b === c).length;
  const precision = saidA ? tp / saidA : null;
  const recall = saidB ? tp / saidB : null;
  const f1 =
    precision !== null && recall !== null
      ? precision + recall
        ? (2 * precision * recall) / (precision + recall)
        : 0
      : null;
  return { value: c, precision, recall, f1, support: saidB };
}

/** A small deterministic generator (LCG), so the seeded rows are the same on every run. */
export function makeRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
