import { sql } from "drizzle-orm";
import { rowsOf, type Database } from "@/db/client";

/**
 * A digest of every row of every table, per table: equal fingerprints before and after a request
 * mean it changed nothing. Tables are listed from the catalog, so tables added later are covered.
 * Sign-in counters are left out (counting attempts is their job), and so is a key's "last used":
 * it records that a key authenticated, which a request can do and still be refused later (404).
 */
const IGNORED = new Set(["login_attempts", "__drizzle_migrations"]);

async function listTables(db: Database): Promise<string[]> {
  const rows = rowsOf<{ name: string }>(
    await db.execute(sql`
      select table_name as name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`),
  );
  return rows.map((row) => row.name).filter((name) => !IGNORED.has(name));
}

export async function fingerprintTables(db: Database): Promise<Record<string, string>> {
  const tables = await listTables(db);
  const digests = tables.map(
    (table) =>
      sql`select ${table} as name,
        md5(coalesce(string_agg((to_jsonb(t) - 'last_used_at')::text, '|' order by t::text), '')) as digest
        from ${sql.identifier(table)} t`,
  );
  const rows = rowsOf<{ name: string; digest: string }>(
    await db.execute(sql.join(digests, sql` union all `)),
  );
  return Object.fromEntries(rows.map((row) => [row.name, row.digest]));
}
