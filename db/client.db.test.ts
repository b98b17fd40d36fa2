import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { rowsOf } from "./client";
import { describeEachEngine } from "./testing/engines";

describeEachEngine("migrated schema", (t) => {
  it("has every canonical table", async () => {
    const rows = rowsOf<{ table_name: string }>(
      await t.db.execute(sql`select table_name from information_schema.tables
        where table_schema = 'public' order by table_name`),
    );
    expect(rows.map((r) => r.table_name)).toEqual([
      "annotation_queues",
      "api_keys",
      "memberships",
      "organizations",
      "projects",
      "queue_items",
      "score_configs",
      "score_revisions",
      "scores",
      "subjects",
      "users",
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
