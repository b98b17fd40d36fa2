import { openDatabase, type DatabaseHandle } from "@/db/client";
import { readConfig } from "./config";

/**
 * One database handle per process. It lives on globalThis so dev-server reloads reuse it
 * (a second PGlite on the same folder would be refused by the lock, and rightly so).
 */
const holder = globalThis as unknown as { __scorelensDb?: Promise<DatabaseHandle> };

export function getDatabase(): Promise<DatabaseHandle> {
  if (!holder.__scorelensDb) {
    const config = readConfig();
    holder.__scorelensDb = openDatabase({
      url: config.DATABASE_URL,
      dataDir: config.SCORELENS_DATA_DIR,
      statementTimeoutMs: config.SCORELENS_STATEMENT_TIMEOUT_MS,
      poolSize: config.SCORELENS_DB_POOL_SIZE,
    }).catch((error) => {
      holder.__scorelensDb = undefined; // let the next request try again
      throw error;
    });
  }
  return holder.__scorelensDb;
}

/** Tests hand the route handlers a database of their own. */
export function setDatabaseForTests(handle: DatabaseHandle | undefined): void {
  holder.__scorelensDb = handle ? Promise.resolve(handle) : undefined;
}
