import { sql } from "drizzle-orm";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase, rowsOf } from "./client";
import { DataDirLockedError } from "./pglite-lock";
import { describeEachEngine } from "./testing/engines";

describeEachEngine("migrated schema", (t) => {
  it("has every canonical table", async () => {
    const rows = rowsOf<{ table_name: string }>(
      await t.db.execute(sql`select table_name from information_schema.tables
        where table_schema = 'public' order by table_name`),
    );
    expect(rows.map((r) => r.table_name)).toEqual([
      "accounts",
      "annotation_queue_assignments",
      "annotation_queues",
      "api_keys",
      "login_attempts",
      "memberships",
      "organizations",
      "projects",
      "queue_items",
      "score_configs",
      "score_revisions",
      "scores",
      "sessions",
      "subjects",
      "users",
      "verifications",
    ]);
  });

  it("has the list-order index on scores", async () => {
    const rows = rowsOf<{ indexdef: string }>(
      await t.db.execute(
        sql`select indexdef from pg_indexes where indexname = 'scores_project_timestamp_idx'`,
      ),
    );
    expect(rows[0]?.indexdef).toContain('(project_id, "timestamp" DESC NULLS LAST, id DESC NULLS LAST)');
  });
});

describe("embedded database folder", () => {
  it("creates missing parent folders and refuses a second opener of the same folder", async () => {
    const dataDir = path.join(os.tmpdir(), `scorelens-client-test-${process.pid}`, "nested", "data");
    const first = await openDatabase({ dataDir, migrate: false });
    try {
      await expect(openDatabase({ dataDir, migrate: false })).rejects.toThrow(DataDirLockedError);
    } finally {
      await first.close();
      fs.rmSync(path.dirname(path.dirname(dataDir)), { recursive: true, force: true });
    }
  }, 60_000);
});
