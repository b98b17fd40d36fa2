import fs from "node:fs";
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { afterAll, beforeAll, describe } from "vitest";
import { openDatabase, type Database, type DatabaseHandle, type DatabaseKind } from "../client";
import { databaseUrl, PGLITE_DUMP_ENV, TEMPLATE_DATABASE_ENV, testServerUrl } from "./server-url";

export type EngineContext = { db: Database; handle: DatabaseHandle; kind: DatabaseKind };

/** A migrated, empty database of the given kind, private to the calling test file. */
export async function openTestDatabase(kind: DatabaseKind): Promise<DatabaseHandle> {
  if (kind === "pglite") {
    const dumpPath = process.env[PGLITE_DUMP_ENV];
    if (!dumpPath)
      throw new Error("No migrated PGlite dump: run database tests through vitest's global setup");
    const dump = new Blob([fs.readFileSync(dumpPath)]);
    return openDatabase({ dataDir: "memory://", loadDataDir: dump, migrate: false });
  }
  const serverUrl = testServerUrl();
  const template = process.env[TEMPLATE_DATABASE_ENV];
  if (!serverUrl || !template) throw new Error("No PostgreSQL server configured for tests");
  const name = `scorelens_t_${template.split("_").pop()}_${randomBytes(4).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name} template ${template}`);
  await admin.end();
  const handle = await openDatabase({ url: databaseUrl(serverUrl, name), migrate: false, poolSize: 4 });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const dropper = postgres(serverUrl, { max: 1, onnotice: () => {} });
      await dropper.unsafe(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

export const testEngines = (): DatabaseKind[] =>
  process.env[TEMPLATE_DATABASE_ENV] ? ["pglite", "postgres"] : ["pglite"];

/**
 * Runs the same suite on embedded PGlite and, when TEST_DATABASE_URL is set, on the server.
 * Each engine gets its own fresh database for the whole block; `seed` fills it once.
 */
export function describeEachEngine(
  title: string,
  body: (context: EngineContext) => void,
  seed?: (db: Database) => Promise<void>,
) {
  for (const kind of testEngines()) {
    describe(`${title} [${kind}]`, () => {
      const context = { kind } as EngineContext;
      beforeAll(async () => {
        context.handle = await openTestDatabase(kind);
        context.db = context.handle.db;
        if (seed) await seed(context.db);
      });
      afterAll(async () => {
        await context.handle?.close();
      });
      body(context);
    });
  }
}
