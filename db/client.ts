import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import postgres from "postgres";
import { describeError } from "./describe-error";
import { migratePgliteDatabase, migratePostgresDatabase } from "./migrate";
import { acquireDataDirLock } from "./pglite-lock";
import { StatementBudget, wrapSql } from "./prepared-statements";
import * as schema from "./schema";

export type Schema = typeof schema;
/** Both drivers behind one type: query code never knows which engine it talks to. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type DatabaseKind = "pglite" | "postgres";

export type DatabaseHandle = {
  db: Database;
  kind: DatabaseKind;
  /** The raw postgres.js client (server only), for COPY and pool-level work. */
  sqlClient?: postgres.Sql;
  /** The raw PGlite instance (embedded only), for dumps in tests. */
  pglite?: PGlite;
  close: () => Promise<void>;
};

export type OpenDatabaseOptions = {
  /** A postgres:// URL selects the server; without it PGlite runs in `dataDir`. */
  url?: string;
  /** PGlite data folder; `memory://` for a throwaway in-memory database. */
  dataDir?: string;
  /** A PGlite dump (from `dumpDataDir`) to start from, instead of an empty folder. */
  loadDataDir?: Blob;
  /** Bounds every statement on the server; PGlite runs one statement at a time and ignores it. */
  statementTimeoutMs?: number;
  poolSize?: number;
  migrate?: boolean;
};

export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<DatabaseHandle> {
  const { url, migrate = true } = options;
  if (url) return openPostgres(url, options, migrate);
  return openPglite(options.dataDir ?? "./.data", options, migrate);
}

async function openPostgres(url: string, options: OpenDatabaseOptions, migrate: boolean) {
  if (migrate) await migratePostgresDatabase(url);
  const client = postgres(url, {
    max: options.poolSize ?? 10,
    onnotice: () => {},
    connection: {
      // JIT compilation added 10-26 ms to facet and count plans in the benchmark and never paid off
      // for queries of this size.
      jit: "off",
      // Statements are prepared (prepared-statements.ts) but planned for each call's values, as
      // unnamed ones are: a generic plan cannot tell a popular filter value from a rare one.
      plan_cache_mode: "force_custom_plan",
      ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
    },
  });
  const db = drizzlePostgres(wrapSql(client, new StatementBudget()), { schema }) as unknown as Database;
  return { db, kind: "postgres" as const, sqlClient: client, close: () => client.end({ timeout: 5 }) };
}

async function openPglite(dataDir: string, options: OpenDatabaseOptions, migrate: boolean) {
  const inMemory = dataDir.startsWith("memory://");
  const folder = inMemory ? dataDir : realFolder(dataDir);
  const releaseLock = inMemory ? () => {} : acquireDataDirLock(folder);
  try {
    const pglite = await PGlite.create(folder, { loadDataDir: options.loadDataDir }).catch((error) => {
      throw new Error(`The embedded database in ${folder} could not be opened: ${describeError(error)}`, {
        cause: error,
      });
    });
    const db = drizzlePglite(pglite, { schema });
    if (migrate) await migratePgliteDatabase(db);
    const close = async () => {
      await pglite.close();
      releaseLock();
    };
    return { db: db as unknown as Database, kind: "pglite" as const, pglite, close };
  } catch (error) {
    releaseLock();
    throw error;
  }
}

/**
 * The folder's real path, so that two names for one folder (a symlink, `..`) take one lock:
 * the folder itself when it exists, else its (created) parent's real path plus its name.
 */
function realFolder(dataDir: string): string {
  const absolute = path.resolve(/*turbopackIgnore: true*/ dataDir);
  try {
    return fs.realpathSync(absolute);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  fs.mkdirSync(path.dirname(absolute), { recursive: true });
  return path.join(fs.realpathSync(path.dirname(absolute)), path.basename(absolute));
}

/** Plain rows from `db.execute`, whichever driver ran it (PGlite wraps them in `.rows`). */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
