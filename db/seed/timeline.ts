import type { Prng } from "./prng";

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
export const SEED_WINDOW_DAYS = 180;

/** Traffic grows over the window: the newest day carries about six times the oldest one. */
const GROWTH = Math.log(6);

/** Office hours (UTC) are busier than nights; weekends are quieter. Shapes the explorer's charts. */
function hourWeight(startMs: number): number {
  const date = new Date(startMs);
  const hour = date.getUTCHours();
  const day = date.getUTCDay();
  const diurnal = 0.35 + 0.65 * Math.max(0, Math.sin(((hour - 6) / 16) * Math.PI));
  const weekly = day === 0 || day === 6 ? 0.55 : 1;
  return diurnal * weekly;
}

/**
 * Timestamps for rows 0..total-1 in ascending order, spread over the window before `baseMs`.
 *
 * Rows are generated in time order (not sampled and sorted) so that nothing has to be held in
 * memory, and so that time-ordered ids append to the indexes. Row i takes the (i + jitter)/total
 * quantile of an hourly density, which is monotone by construction.
 */
export class Timeline {
  readonly startMs: number;
  private readonly buckets: number;
  private readonly weights: Float64Array;
  private readonly cumulative: Float64Array;
  private bucket = 0;
  private lastIndex = -1;

  constructor(
    readonly baseMs: number,
    private readonly total: number,
    private readonly rng: Prng,
    days = SEED_WINDOW_DAYS,
  ) {
    this.buckets = days * 24;
    this.startMs = baseMs - days * DAY_MS;
    this.weights = new Float64Array(this.buckets);
    this.cumulative = new Float64Array(this.buckets + 1);
    for (let b = 0; b < this.buckets; b++) {
      const start = this.startMs + b * HOUR_MS;
      this.weights[b] = Math.exp((GROWTH * b) / this.buckets) * hourWeight(start);
      this.cumulative[b + 1] = this.cumulative[b] + this.weights[b];
    }
  }

  /** The timestamp (ms) of row `index`; indexes must be asked for in ascending order. */
  at(index: number): number {
    if (index <= this.lastIndex) throw new Error("Timeline.at must be called with ascending indexes");
    this.lastIndex = index;
    const target = ((index + this.rng.float()) / this.total) * this.cumulative[this.buckets];
    while (this.bucket < this.buckets - 1 && this.cumulative[this.bucket + 1] <= target) this.bucket++;
    const within = (target - this.cumulative[this.bucket]) / this.weights[this.bucket];
    const ms = this.startMs + this.bucket * HOUR_MS + Math.floor(Math.min(within, 1) * HOUR_MS);
    return Math.min(ms, this.baseMs);
  }
}
