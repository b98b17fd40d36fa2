import type { SeedPhase } from "./copy-sessions";

const INTERVAL_MS = 250;

export const formatCount = (n: number) => Math.round(n).toLocaleString("en-US");

const STARTED: Record<SeedPhase, string> = {
  loading: "",
  indexing: "rebuilding indexes…",
  analyzing: "analyzing…",
};
const FINISHED: Record<SeedPhase, string> = {
  loading: "rows loaded",
  indexing: "indexes rebuilt",
  analyzing: "analyzed",
};

/**
 * Progress on stderr. On a terminal one line is redrawn at most four times a second; in a log
 * (CI, pipes) a line is printed every 10% so the output stays short.
 */
export class ProgressReporter {
  private readonly started = performance.now();
  private lastDraw = 0;
  private lastDecile = -1;
  private drawn = false;
  private phaseStarted = this.started;
  private current: SeedPhase | null = null;

  constructor(private readonly out: NodeJS.WriteStream) {}

  update = (done: number, total: number): void => {
    const now = performance.now();
    const rate = done / Math.max((now - this.started) / 1000, 1e-3);
    const percent = (100 * done) / total;
    const text = `${percent.toFixed(1).padStart(5)}%  ${formatCount(done)} / ${formatCount(total)} scores  ${formatCount(rate)} rows/s`;
    if (this.out.isTTY) {
      if (now - this.lastDraw < INTERVAL_MS && done < total) return;
      this.lastDraw = now;
      this.out.write(`\r${text}\x1b[K`);
      this.drawn = true;
      return;
    }
    const decile = Math.floor(percent / 10);
    if (decile === this.lastDecile) return;
    this.lastDecile = decile;
    this.out.write(`${text}\n`);
  };

  /** Says how long the previous phase took: the numbers to look at when tuning the load. */
  phase = (phase: SeedPhase): void => {
    const now = performance.now();
    const previous = this.current;
    const took = ((now - this.phaseStarted) / 1000).toFixed(1);
    this.current = phase;
    this.phaseStarted = now;
    if (!previous) return;
    this.finishLine();
    this.out.write(`${FINISHED[previous]} in ${took} s; ${STARTED[phase]}\n`);
  };

  /** Ends a redrawn line so the next output starts on its own line. */
  finishLine(): void {
    if (this.drawn) this.out.write("\n");
    this.drawn = false;
  }
}
