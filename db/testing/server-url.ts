import os from "node:os";

/** The PostgreSQL server tests run against, when one is configured. */
export function testServerUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || undefined;
}

/** The same server, another database on it. */
export function databaseUrl(baseUrl: string, database: string): string {
  const url = new URL(baseUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * Where the run's migrated PGlite dump lives: one file per test run (named by the run's process),
 * so two checkouts testing at once on one machine never read each other's migrations.
 */
export const PGLITE_DUMP_ENV = "SCORELENS_TEST_PGLITE_DUMP";
export const pgliteDumpPathFor = (pid: number) => `${os.tmpdir()}/scorelens-test-pglite-${pid}.tar.gz`;
export const TEMPLATE_DATABASE_ENV = "SCORELENS_TEST_TEMPLATE_DB";
