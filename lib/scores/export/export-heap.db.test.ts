import v8 from "node:v8";
import vm from "node:vm";
import { sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { openDatabase, rowsOf } from "@/db/client";
import { databaseUrl, testServerUrl } from "@/db/testing/server-url";
import { organizations, projects } from "@/db/schema";
import { describeEachEngine } from "@/db/testing/engines";
import { headerStyles } from "@/lib/api/test-tenancy";
import { storeApiKey } from "@/lib/auth/api-keys";
import { setDatabaseForTests } from "@/lib/database";
import { GET as exportScores } from "@/app/api/v1/scores/export/route";

/**
 * 200,000 rows through the export route: the file holds every row, while the process's heap
 * grows by a small fraction of the bytes written (a buffered export would grow by all of them).
 * And a client that goes away stops the query.
 */
const ROWS = 200_000;
const PROJECT = "export-heap";
const KEYS = { publicKey: "pk-sl-export-heap", secretKey: "sk-sl-export-heap-secret-00000000000000000000" };
const HEAP_BUDGET = 32 * 1024 * 1024;
// A full collection before each heap reading, so the figure is what the export retains, not garbage.
v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;
const retainedHeap = () => {
  gc();
  return process.memoryUsage().heapUsed;
};

/** 200,000 varied rows in one statement on either engine: texts that need CSV quoting, JSON metadata. */
const bulkInsert = sql`insert into scores (project_id, id, name, data_type, numeric_value, string_value,
  source, trace_id, subject_kind, environment, comment, metadata, timestamp, created_at, updated_at)
  select ${PROJECT}, 'row-' || lpad(n::text, 7, '0'), (array['helpfulness', 'tone', 'faithfulness'])[n % 3 + 1],
    'NUMERIC', (n % 1000) / 100.0, null, (array['API', 'EVAL', 'ANNOTATION'])[n % 3 + 1]::score_source,
    'trace-' || (n / 3), 'trace', (array['production', 'staging'])[n % 2 + 1],
    case when n % 5 = 0 then 'Said "hello, world"' || chr(10) || 'then left, ' || repeat('ok ', n % 40) end,
    jsonb_build_object('model', 'gpt-4o', 'run', n, 'tags', jsonb_build_array('a', 'b, c')),
    timestamptz '2026-06-01' - n * interval '1 second', timestamptz '2026-06-01', timestamptz '2026-06-01'
  from generate_series(1, ${ROWS}) as n`;

const request = (query: string, signal?: AbortSignal) =>
  new Request(`http://scorelens.test/api/v1/scores/export?${query}`, {
    headers: headerStyles.basic(KEYS),
    signal,
  });

describeEachEngine("export of 200,000 rows", (t) => {
  beforeAll(async () => {
    setDatabaseForTests(t.handle);
    await t.db.insert(organizations).values({ id: "org-heap", name: "Heap" });
    await t.db.insert(projects).values({ id: PROJECT, organizationId: "org-heap", name: "Heap" });
    await t.db.execute(bulkInsert);
    await t.db.execute(sql`analyze scores`);
    await storeApiKey(t.db, { projectId: PROJECT, keys: KEYS });
  }, 300_000);

  for (const format of ["jsonl", "csv"] as const) {
    it(`streams ${format} with a bounded heap`, { timeout: 240_000 }, async () => {
      gc?.();
      // A first small export loads what a first request loads (auth, names), outside the measure.
      await (await exportScores(request(`format=${format}&id=none`))).text();
      const baseline = retainedHeap();
      let peak = baseline;
      const response = await exportScores(request(`format=${format}`));
      expect(response.status).toBe(200);
      const reader = response.body!.getReader();
      let bytes = 0;
      let records = 0;
      const separator = format === "csv" ? 13 : 10; // CSV records end in CRLF; values may hold LF
      let chunks = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        bytes += value.byteLength;
        for (let i = value.indexOf(separator); i !== -1; i = value.indexOf(separator, i + 1)) records++;
        if (++chunks % 25 === 0) peak = Math.max(peak, retainedHeap());
      }
      const growth = peak - baseline;
      // JSON escapes line breaks, and CSV records end in CRLF while values hold LF only.
      expect(records).toBe(format === "csv" ? ROWS + 1 : ROWS);
      expect(bytes).toBeGreaterThan(40 * 1024 * 1024);
      expect(growth).toBeLessThan(HEAP_BUDGET);
      expect(growth).toBeLessThan(bytes / 4); // a buffered export would hold every byte
    });
  }

  it.runIf(t.kind === "postgres")(
    "outlasts the server's statement timeout",
    { timeout: 120_000 },
    async () => {
      const [{ name }] = rowsOf<{ name: string }>(await t.db.execute(sql`select current_database() as name`));
      const strict = await openDatabase({
        url: databaseUrl(testServerUrl()!, name),
        migrate: false,
        poolSize: 1, // the export's connection is the one checked afterwards
        statementTimeoutMs: 300,
      });
      try {
        setDatabaseForTests(strict);
        const response = await exportScores(request("format=csv&columns=id&environment=production"));
        const reader = response.body!.getReader();
        let records = 0;
        const started = performance.now();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          for (let i = value.indexOf(13); i !== -1; i = value.indexOf(13, i + 1)) records++;
          await new Promise((resolve) => setTimeout(resolve, 10)); // a slow client
        }
        expect(performance.now() - started).toBeGreaterThan(600);
        expect(records).toBe(ROWS / 2 + 1);
        // The pooled connection is back with the pool's own timeout.
        const [{ timeout }] = rowsOf<{ timeout: string }>(
          await strict.db.execute(sql`select current_setting('statement_timeout') as timeout`),
        );
        expect(timeout).toBe("300ms");
      } finally {
        setDatabaseForTests(t.handle);
        await strict.close();
      }
    },
  );

  it("stops the query when the client disconnects", { timeout: 60_000 }, async () => {
    const abort = new AbortController();
    const response = await exportScores(request("format=jsonl", abort.signal));
    const reader = response.body!.getReader();
    for (let i = 0; i < 3; i++) await reader.read();
    if (t.kind === "postgres") expect(await busyExports()).toBe(1);
    abort.abort();
    await reader.cancel();
    await new Promise((resolve) => setTimeout(resolve, 200));
    if (t.kind === "postgres") expect(await busyExports()).toBe(0);
    // The database is free for the next request either way.
    const after = await exportScores(request("format=jsonl&id=none"));
    expect(await after.text()).toBe("");
  });

  /** Server connections still inside the export's statement (a cursor mid-way is not idle). */
  async function busyExports(): Promise<number> {
    const rows = rowsOf<{ n: number }>(
      await t.db.execute(
        sql`select count(*)::int as n from pg_stat_activity
              where datname = current_database() and pid <> pg_backend_pid() and state <> 'idle'
              and query like 'select "project_id", "id"%from "scores"%order by%'`,
      ),
    );
    return rows[0].n;
  }
});
