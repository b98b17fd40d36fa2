import { sql } from "drizzle-orm";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase, rowsOf } from "./client";
import { describeError } from "./describe-error";
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
      "instance_secrets",
      "login_attempts",
      "memberships",
      "organizations",
      "projects",
      "queue_item_people",
      "queue_items",
      "saved_views",
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

  it("refuses the same folder reached through a symlink, naming its real path", async () => {
    const root = fs.realpathSync(
      fs.mkdtempSync(path.join(os.tmpdir(), `scorelens-link-test-${process.pid}-`)),
    );
    const dataDir = path.join(root, "data");
    fs.mkdirSync(path.join(root, "links"));
    const first = await openDatabase({ dataDir, migrate: false });
    try {
      fs.symlinkSync(dataDir, path.join(root, "alias"));
      fs.symlinkSync(root, path.join(root, "links", "up"));
      for (const other of [path.join(root, "alias"), path.join(root, "links", "up", "data")]) {
        const refused = await openDatabase({ dataDir: other, migrate: false }).catch((error) => error);
        expect(refused).toBeInstanceOf(DataDirLockedError);
        expect(refused.message).toContain(`${dataDir} is in use by process ${process.pid}`);
      }
    } finally {
      await first.close();
      fs.rmSync(root, { recursive: true, force: true });
    }
  }, 60_000);
});

describe("describeError", () => {
  it("reads the plain objects PGlite throws, and every other kind of value", () => {
    expect(describeError({ name: "ErrnoError", errno: 44 })).toBe("ErrnoError, errno 44");
    expect(describeError(new Error("boom"))).toBe("boom");
    expect(describeError("text")).toBe("text");
    expect(describeError({ other: 1 })).toBe('{"other":1}');
    expect(describeError(undefined)).toBe("undefined");
    expect(String({})).toBe("[object Object]"); // what the start message used to print
  });
});
