import { sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf, type DatabaseHandle } from "../client";
import { queueItems, scoreRevisions, scores, subjects } from "../schema";
import { openTestDatabase } from "../testing/engines";
import { arrayLiteral, copyEncoder, escapeCopyText, type CopyEncoder } from "./copy-format";
import { scoreCopyEncoder } from "./score-copy";
import { generateRows } from "./test-plans";

describe("COPY text encoding", () => {
  it("escapes backslash, tab, newline and carriage return only", () => {
    expect(escapeCopyText("plain – ünïcode 👍")).toBe("plain – ünïcode 👍");
    expect(escapeCopyText("a\\b\tc\nd\re")).toBe("a\\\\b\\tc\\nd\\re");
    expect(escapeCopyText('"quoted"')).toBe('"quoted"');
  });

  it("writes text[] literals that survive quotes, commas, braces and backslashes", () => {
    expect(arrayLiteral([])).toBe("{}");
    expect(arrayLiteral(["a", 'b"c', "d,e", "{f}", "g\\h", "NULL"])).toBe(
      '{"a","b\\"c","d,e","{f}","g\\\\h","NULL"}',
    );
  });

  it("hand-written scores encoder matches the schema-driven one", () => {
    const generic = copyEncoder(scores);
    const rows = generateRows(11, 3000, Date.UTC(2026, 5, 1)).scores;
    expect(scoreCopyEncoder.statement).toBe(generic.statement);
    for (const row of rows) expect(scoreCopyEncoder.line(row)).toBe(generic.line(row));
  });
});

/**
 * The server path (COPY) and the PGlite path (drizzle INSERT) must store identical rows. PGlite
 * reads COPY text from a blob, so both paths are compared here without a server.
 */
describe("COPY text round trip", () => {
  let handle: DatabaseHandle;
  const rows = generateRows(23, 1500, Date.UTC(2026, 5, 1));

  beforeAll(async () => {
    handle = await openTestDatabase("pglite");
    // The generated rows reference configs, users and queues that do not exist here.
    await handle.db.execute(sql`set session_replication_role = replica`);
  });
  afterAll(() => handle?.close());

  const cases: [string, PgTable, object[], CopyEncoder<never>][] = [
    ["scores", scores, rows.scores, scoreCopyEncoder as CopyEncoder<never>],
    ["subjects", subjects, rows.subjects, copyEncoder(subjects)],
    ["queue_items", queueItems, rows.queueItems, copyEncoder(queueItems)],
    ["score_revisions", scoreRevisions, rows.revisions, copyEncoder(scoreRevisions)],
  ];

  it.each(cases)("%s: COPY stores what INSERT stores", async (name, table, data, encoder) => {
    expect(data.length).toBeGreaterThan(10);
    for (let i = 0; i < data.length; i += 500) await handle.db.insert(table).values(data.slice(i, i + 500));
    await handle.db.execute(sql.raw(`create table copy_${name} (like ${name} including defaults)`));
    const text = data.map((row) => `${encoder.line(row as never)}\n`).join("");
    // The encoder's own column list: a migrated table's column order need not be the schema's.
    const statement = encoder.statement
      .replace(`"${name}"`, `copy_${name}`)
      .replace(/from stdin$/, "from '/dev/blob'");
    await handle.pglite!.query(statement, [], { blob: new Blob([text]) });
    const differences = rowsOf<{ n: number }>(
      await handle.db.execute(
        sql.raw(`select count(*)::int as n from (
          (select * from ${name} except all select * from copy_${name})
          union all (select * from copy_${name} except all select * from ${name})) d`),
      ),
    );
    expect(differences[0].n).toBe(0);
  });
});
