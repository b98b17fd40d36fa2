import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, rowsOf, type Database, type DatabaseHandle } from "./client";
import { organizations, projects } from "./schema";
import { openTestDatabase, testEngines } from "./testing/engines";
import { databaseUrl, testServerUrl } from "./testing/server-url";

/** The texts of the statements prepared on the connection of `tx`, after it ran a select by id. */
async function preparedAfterSelect(tx: Database): Promise<string[]> {
  expect(await tx.select().from(projects).where(eq(projects.id, "none"))).toEqual([]);
  const prepared = rowsOf<{ statement: string }>(
    await tx.execute(sql`select statement from pg_prepared_statements`),
  );
  return prepared.map((row) => row.statement);
}

describe.runIf(testEngines().includes("postgres"))("prepared statements on the server", () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabase("postgres");
  });
  afterAll(async () => {
    await handle?.close();
  });

  it("runs drizzle's queries as named statements, planned for each call's values", async () => {
    await handle.db.transaction(async (tx) => {
      // A transaction keeps one connection, where the statement it prepared stays listed.
      const prepared = await preparedAfterSelect(tx);
      expect(prepared.some((text) => text.includes('from "projects" where "projects"."id" = $1'))).toBe(true);
      const [setting] = rowsOf<{ mode: string }>(
        await tx.execute(sql`select current_setting('plan_cache_mode') as mode`),
      );
      expect(setting.mode).toBe("force_custom_plan");
    });
  });

  it("prepares nothing when the URL says ?prepare=false (for PgBouncer in transaction mode)", async () => {
    const [{ name }] = rowsOf<{ name: string }>(
      await handle.db.execute(sql`select current_database() as name`),
    );
    const url = new URL(databaseUrl(testServerUrl()!, name));
    url.searchParams.set("prepare", "false");
    const unprepared = await openDatabase({ url: url.toString(), migrate: false, poolSize: 1 });
    try {
      await unprepared.db.transaction(async (tx) => {
        expect(await preparedAfterSelect(tx)).toEqual([]);
        // Connection settings still reach the server; "prepare" is postgres.js's own option, not sent.
        const [setting] = rowsOf<{ mode: string }>(
          await tx.execute(sql`select current_setting('plan_cache_mode') as mode`),
        );
        expect(setting.mode).toBe("force_custom_plan");
      });
    } finally {
      await unprepared.close();
    }
  });

  it("keeps transactions and savepoints working through the wrapped client", async () => {
    await handle.db.transaction(async (tx) => {
      await tx.insert(organizations).values({ id: "org-kept", name: "Kept" });
      const inner = await tx
        .transaction(async (savepoint) => {
          await savepoint.insert(organizations).values({ id: "org-dropped", name: "Dropped" });
          throw new Error("roll the savepoint back");
        })
        .catch((error: Error) => error.message);
      expect(inner).toBe("roll the savepoint back");
    });
    const stored = await handle.db.select({ id: organizations.id }).from(organizations);
    expect(stored.map((row) => row.id)).toEqual(["org-kept"]);
  });
});
