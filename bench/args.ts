/** Command-line arguments of `npm run bench`, parsed without a dependency. */
import { goalIds, type GoalId } from "./targets";

export type BenchArgs = {
  scores: number;
  runs: number;
  /** Seconds measured per run of an HTTP figure (after its warm-up). */
  duration: number;
  skipSeed: boolean;
  skipBuild: boolean;
  /** Minutes to wait, before each goal, for the shared machine to be mostly idle (0: do not wait). */
  waitIdle: number;
  only: GoalId[];
  help: boolean;
};

export const USAGE = `Usage: npm run bench -- [--scores N] [--runs R] [--duration S] [--skip-seed] [--skip-build] [--only P1,P4]

  --scores N     rows in the benchmark database (default 1,000,000; 1_000_000 and 1,000,000 work)
  --runs R       runs per figure; every reported figure is the median of the runs (default 3, at least 3)
  --duration S   seconds measured per run of a latency figure, after a 1 s warm-up (default 5)
  --skip-seed    use the benchmark database as it is (refused when it does not hold N rows)
  --skip-build   reuse .next when .next/BUILD_ID exists instead of running next build
  --wait-idle M  before each goal, wait up to M minutes for the machine to be ≥ 80% idle
  --only LIST    measure only these goals (${goalIds.join(", ")}); results go to bench/results/tmp/

Needs DATABASE_URL=postgres://… (a PostgreSQL server; PGlite is not a benchmark target).
The rows live in their own database derived from it, e.g. scorelens_bench_1m.`;

export class ArgsError extends Error {}

function count(flag: string, raw: string | undefined, min: number): number {
  if (raw === undefined) throw new ArgsError(`${flag} needs a value`);
  const text = raw.replace(/[_,]/g, "");
  const value = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text) || !Number.isFinite(value) || value < min) {
    throw new ArgsError(`${flag} must be a number ≥ ${min}, got "${raw}"`);
  }
  return value;
}

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = {
    scores: 1_000_000,
    runs: 3,
    duration: 5,
    skipSeed: false,
    skipBuild: false,
    waitIdle: 0,
    only: [...goalIds],
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case "--help":
      case "-h":
        args.help = true;
        break;
      case "--scores":
        args.scores = count(flag, value(), 1);
        if (!Number.isSafeInteger(args.scores)) throw new ArgsError("--scores must be an integer");
        break;
      case "--runs":
        args.runs = Math.floor(count(flag, value(), 3));
        break;
      case "--duration":
        args.duration = count(flag, value(), 1);
        break;
      case "--skip-seed":
        args.skipSeed = true;
        break;
      case "--skip-build":
        args.skipBuild = true;
        break;
      case "--wait-idle":
        args.waitIdle = count(flag, value(), 0);
        break;
      case "--only": {
        const raw = value();
        if (!raw) throw new ArgsError("--only needs a list such as P1,P4");
        const wanted = raw.split(",").map((id) => id.trim().toUpperCase());
        const unknown = wanted.filter((id) => !goalIds.includes(id as GoalId));
        if (unknown.length > 0) throw new ArgsError(`--only: unknown goal ${unknown.join(", ")}`);
        args.only = goalIds.filter((id) => wanted.includes(id));
        break;
      }
      default:
        throw new ArgsError(`unknown argument "${argv[i]}"`);
    }
  }
  return args;
}

/** True when this run measures every goal (only then does it write the committed results file). */
export const isFullRun = (args: BenchArgs) => args.only.length === goalIds.length;
