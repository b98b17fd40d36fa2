/**
 * Pure figures of a comparison, computed from the aggregates the database returns, so each can
 * be checked by hand. B is the reference: precision of a class is how often A is right when it
 * says that class, recall how often A finds the cases B puts there.
 */
export const SMALL_SAMPLE = 30;
const Z95 = 1.959963984540054;

export type Interval = { low: number; high: number };
export type ConfusionCell = { a: string; b: string; count: number };
export type ClassFigures = {
  value: string;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  /** Pairs where B says this class. */
  support: number;
};

const clamp = (x: number, low: number, high: number) => Math.min(high, Math.max(low, x));

/** Classes in code-point order (so False comes before True), the same on every engine. */
export function sortClasses(values: Iterable<string>): string[] {
  return [...new Set(values)].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
}

/**
 * Percent agreement, Cohen's kappa with its large-sample 95% interval
 * κ ± 1.96·√(po(1 − po) / (n(1 − pe)²)), and per-class precision, recall and F1.
 */
export function confusionFigures(cells: readonly ConfusionCell[]) {
  const n = cells.reduce((sum, cell) => sum + cell.count, 0);
  const classes = sortClasses(cells.flatMap((cell) => [cell.a, cell.b]));
  const rowTotal = new Map<string, number>(); // A says
  const columnTotal = new Map<string, number>(); // B says
  const diagonal = new Map<string, number>();
  for (const { a, b, count } of cells) {
    rowTotal.set(a, (rowTotal.get(a) ?? 0) + count);
    columnTotal.set(b, (columnTotal.get(b) ?? 0) + count);
    if (a === b) diagonal.set(a, (diagonal.get(a) ?? 0) + count);
  }
  const agreed = [...diagonal.values()].reduce((sum, count) => sum + count, 0);
  const po = n === 0 ? null : agreed / n;
  let pe = 0;
  for (const value of classes) pe += ((rowTotal.get(value) ?? 0) / n) * ((columnTotal.get(value) ?? 0) / n);
  const kappa = po === null || pe >= 1 ? null : (po - pe) / (1 - pe);
  const kappaSe = po === null || kappa === null ? null : Math.sqrt((po * (1 - po)) / (n * (1 - pe) ** 2));
  const kappaInterval: Interval | null =
    kappa === null || kappaSe === null || n < 2
      ? null
      : { low: clamp(kappa - Z95 * kappaSe, -1, 1), high: clamp(kappa + Z95 * kappaSe, -1, 1) };
  const perClass: ClassFigures[] = classes.map((value) => {
    const hit = diagonal.get(value) ?? 0;
    const said = rowTotal.get(value) ?? 0;
    const truth = columnTotal.get(value) ?? 0;
    const precision = said === 0 ? null : hit / said;
    const recall = truth === 0 ? null : hit / truth;
    const f1 =
      precision === null || recall === null
        ? null
        : precision + recall === 0
          ? 0
          : (2 * precision * recall) / (precision + recall);
    return { value, precision, recall, f1, support: truth };
  });
  return { n, classes, cells, percentAgreement: po, kappa, kappaInterval, perClass };
}

/**
 * 95% interval of a correlation by Fisher's z: tanh(atanh(r) ± 1.96·√(f/(n − 3))), with f = 1
 * for Pearson and 1.06 for Spearman (Fieller, Hartley and Pearson). Needs n > 3.
 */
export function correlationInterval(r: number | null, n: number, varianceFactor = 1): Interval | null {
  if (r === null || !Number.isFinite(r) || n <= 3) return null;
  if (Math.abs(r) >= 1) return { low: r, high: r };
  const z = Math.atanh(r);
  const se = Math.sqrt(varianceFactor / (n - 3));
  return { low: Math.tanh(z - Z95 * se), high: Math.tanh(z + Z95 * se) };
}

/** Round a float to 12 significant digits so edges like 0.1·3 read 0.3. */
const tidy = (x: number) => Number(x.toPrecision(12));

/** A step of 1, 2 or 5 times a power of ten, at least `raw`. */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  return tidy((fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power);
}

/**
 * Bin edges covering [min, max] in at most about `bins` equal steps; the last edge lies above
 * the maximum, so every value falls in a half-open bin edges[i] ≤ v < edges[i+1].
 */
export function binEdges(min: number, max: number, bins = 10): number[] {
  if (max <= min) return [min, tidy(min + 1)];
  const step = niceStep((max - min) / bins);
  const low = tidy(Math.floor(min / step) * step);
  const edges = [low];
  while (edges[edges.length - 1] <= max) edges.push(tidy(low + edges.length * step));
  return edges;
}

export type BucketUnit = "day" | "week";

/** Day buckets up to a month of data, weeks beyond, so a window shows a readable number of points. */
export function bucketUnitFor(spanMs: number): BucketUnit {
  return spanMs <= 31 * 86_400_000 ? "day" : "week";
}
