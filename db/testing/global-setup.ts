import fs from "node:fs";
import postgres from "postgres";
import { openDatabase } from "../client";
import {
  databaseUrl,
  PGLITE_DUMP_ENV,
  pgliteDumpPathFor,
  TEMPLATE_DATABASE_ENV,
  testServerUrl,
} from "./server-url";

/**
 * Migrating a fresh PGlite takes seconds on two cores, so it happens once: every test file then
 * starts from this dump. On the server, one migrated template database is cloned per test file.
 */
export async function setup({ provide: _provide }: { provide?: unknown } = {}) {
  const pglite = await openDatabase({ dataDir: "memory://", migrate: true });
  const dump = await pglite.pglite!.dumpDataDir("gzip");
  const dumpPath = pgliteDumpPathFor(process.pid);
  fs.writeFileSync(dumpPath, Buffer.from(await dump.arrayBuffer()));
  process.env[PGLITE_DUMP_ENV] = dumpPath;
  await pglite.close();
  const removeDump = () => fs.rmSync(dumpPath, { force: true });

  const serverUrl = testServerUrl();
  if (!serverUrl) {
    console.log("[db tests] engines: pglite (set TEST_DATABASE_URL to add the PostgreSQL server)");
    return removeDump;
  }
  const template = `scorelens_tpl_${process.pid}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${template}`);
  await admin.unsafe(`create database ${template}`);
  const handle = await openDatabase({ url: databaseUrl(serverUrl, template), migrate: true });
  await handle.close();
  process.env[TEMPLATE_DATABASE_ENV] = template;
  console.log(`[db tests] engines: pglite and postgres (${new URL(serverUrl).host})`);

  return async () => {
    const leftovers = await admin<{ datname: string }[]>`
      select datname from pg_database where datname like ${`scorelens_t_${process.pid}_%`}`;
    for (const { datname } of leftovers)
      await admin.unsafe(`drop database if exists ${datname} with (force)`);
    await admin.unsafe(`drop database if exists ${template} with (force)`);
    await admin.end();
    removeDump();
  };
}
