/** Command-line arguments of `npm run seed`, parsed without a dependency. */

export type SeedArgs = { scores: number; seed: number; projectId?: string; baseDate?: Date; help: boolean };

export const USAGE = `Usage: npm run seed -- [--scores N] [--seed S] [--project ID] [--base-date ISO]

  --scores N       score rows to generate, a positive integer (default 50000; 1_000_000 and 1,000,000 work)
  --seed S         integer; the same seed and options give identical rows (default 1)
  --project ID     put every score into this project, created if missing (default: 4 seed-* projects)
  --base-date ISO  newest timestamp, e.g. 2026-06-01T00:00:00Z (default: now, to the minute)

Writes to the PostgreSQL server in DATABASE_URL when set, else to PGlite in SCORELENS_DATA_DIR (./.data).`;

export class ArgsError extends Error {}

const DEFAULTS = { scores: 50_000, seed: 1 };
const FLAGS = ["--scores", "--seed", "--project", "--base-date"];

function integer(flag: string, raw: string, positive: boolean): number {
  const text = raw.replace(/[_,]/g, "");
  const value = Number(text);
  if (!/^-?\d+$/.test(text) || !Number.isSafeInteger(value)) {
    throw new ArgsError(`${flag} must be an integer, got "${raw}"`);
  }
  if (positive && value < 1) throw new ArgsError(`${flag} must be a positive integer, got "${raw}"`);
  return value;
}

/** Accepts `--flag value` and `--flag=value`; anything unknown is an error rather than ignored. */
export function parseSeedArgs(argv: readonly string[]): SeedArgs {
  const args: SeedArgs = { ...DEFAULTS, help: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    if (flag === "--help" || flag === "-h") {
      args.help = true;
      continue;
    }
    if (!FLAGS.includes(flag)) throw new ArgsError(`unknown argument "${argv[i]}"`);
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith("--"))) {
      throw new ArgsError(`${flag} needs a value`);
    }
    switch (flag) {
      case "--scores":
        args.scores = integer(flag, value, true);
        break;
      case "--seed":
        args.seed = integer(flag, value, false);
        break;
      case "--project":
        if (!/^[\w.:-]{1,128}$/.test(value))
          throw new ArgsError(`--project must be a plain id, got "${value}"`);
        args.projectId = value;
        break;
      case "--base-date": {
        const date = new Date(value);
        if (Number.isNaN(date.getTime()))
          throw new ArgsError(`--base-date must be an ISO date, got "${value}"`);
        args.baseDate = date;
        break;
      }
    }
  }
  return args;
}
