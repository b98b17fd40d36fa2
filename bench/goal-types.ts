/** What every goal module receives and returns. */
import type { DatabaseHandle } from "@/db/client";
import type { BenchArgs } from "./args";
import type { HttpTarget } from "./http";
import type { GoalId, Target } from "./targets";
import type { Workload } from "./workload";

export type BenchContext = {
  args: BenchArgs;
  handle: DatabaseHandle;
  /** The server with the largest project's API key. */
  target: HttpTarget;
  /** The server with the bulk-ingest project's API key. */
  ingestTarget: HttpTarget;
  workload: Workload;
  /** The server's process group (for CPU accounting). */
  serverGroup: number;
  /** Goals selected for this run. */
  selected: ReadonlySet<GoalId>;
  log: (line: string) => void;
};

/** One line of the results table. `target` null: a figure shown for context, not judged. */
export type TableRow = {
  goal: GoalId;
  what: string;
  measured: number;
  unit: string;
  target: Target | null;
  detail: string;
};

export type GoalOutcome = {
  rows: TableRow[];
  /** Every raw figure, per run. */
  raw: Record<string, unknown>;
  /** EXPLAIN (ANALYZE, BUFFERS) of the statements behind the figures. */
  plans?: Record<string, string>;
};
