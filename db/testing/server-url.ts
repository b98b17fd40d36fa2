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

export const PGLITE_DUMP_PATH = "/tmp/scorelens-test-pglite-migrated.tar.gz";
export const TEMPLATE_DATABASE_ENV = "SCORELENS_TEST_TEMPLATE_DB";
