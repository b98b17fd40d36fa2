import { sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { rowsOf, type Database, type DatabaseHandle } from "../client";
import { describeEachEngine, openTestDatabase } from "../testing/engines";
import { seedDatabase, type SeedResult } from "./index";

const BASE = new Date("2026-06-01T00:00:00Z");
const SCORES = 500;
const options = { scores: SCORES, seed: 20260601, baseDate: BASE };

async function one<T>(db: Database, query: ReturnType<typeof sql>): Promise<T> {
  return rowsOf<T>(await db.execute(query))[0];
}

/** A digest of every generated row, independent of driver and time zone: equal digests, equal data. */
async function digest(db: Database): Promise<string> {
  const row = await one<{ digest: string }>(
    db,
    sql`select md5(string_agg(t, E'\n' order by t)) as digest from (
      select (to_jsonb(s) - 'timestamp' - 'created_at' - 'updated_at')::text
        || (extract(epoch from s.timestamp) * 1000)::bigint || ':' || (extract(epoch from s.created_at) * 1000)::bigint
        || ':' || (extract(epoch from s.updated_at) * 1000)::bigint as t from scores s
      union all select (to_jsonb(j) - 'timestamp')::text || (extract(epoch from j.timestamp) * 1000)::bigint from subjects j
      union all select (to_jsonb(q) - 'created_at' - 'completed_at')::text || coalesce((extract(epoch from q.completed_at) * 1000)::bigint, 0) from queue_items q
      union all select (to_jsonb(r) - 'created_at')::text from score_revisions r
      union all select (to_jsonb(c) - 'created_at' - 'updated_at')::text from score_configs c) rows`,
  );
  return row.digest;
}

describeEachEngine("seedDatabase", (t) => {
  let result: SeedResult;
  beforeAll(async () => {
    result = await seedDatabase(t.handle, options);
  });

  it("writes the requested number of scores into four projects, one holding the most", async () => {
    expect(result.scores).toBe(SCORES);
    expect(result.projectIds).toEqual(["seed-alpha", "seed-beta", "seed-gamma", "seed-delta"]);
    const counts = rowsOf<{ project_id: string; n: number }>(
      await t.db.execute(sql`select project_id, count(*)::int as n from scores group by 1 order by 2 desc`),
    );
    expect(counts.reduce((sum, c) => sum + c.n, 0)).toBe(SCORES);
    expect(counts[0].project_id).toBe("seed-alpha");
    expect(counts[0].n / SCORES).toBeGreaterThan(0.33);
  });

  it("covers every data type, source, environment and a realistic set of labels", async () => {
    const facts = await one<Record<string, number>>(
      t.db,
      sql`select count(distinct data_type)::int as types, count(distinct source)::int as sources,
        count(distinct environment)::int as environments, count(distinct author_user_id)::int as authors,
        (select min(n) from (select count(*) as n from score_configs group by project_id) c)::int as min_labels,
        (select max(n) from (select count(*) as n from score_configs group by project_id) c)::int as max_labels,
        (select count(*) from users)::int as users, (select count(*) from memberships)::int as memberships
        from scores`,
    );
    expect(facts).toMatchObject({ types: 6, sources: 3, environments: 5, users: 30, memberships: 120 });
    expect(facts.min_labels).toBeGreaterThanOrEqual(20);
    expect(facts.max_labels).toBeLessThanOrEqual(50);
    expect(facts.authors).toBeGreaterThan(5);
  });

  it("keeps every timestamp inside the 180 days before baseDate, in a consistent order", async () => {
    const bad = await one<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from scores where timestamp < ${BASE.toISOString()}::timestamptz - interval '180 days'
        or timestamp > ${BASE.toISOString()}::timestamptz or created_at < timestamp or updated_at < created_at
        or updated_at > ${BASE.toISOString()}::timestamptz`,
    );
    expect(bad.n).toBe(0);
  });

  it("derives subject_kind from the ids and links every score to its subject row", async () => {
    const facts = await one<Record<string, number>>(
      t.db,
      sql`select
        count(*) filter (where subject_kind <> case when experiment_id is not null then 'experiment'
          when observation_id is not null then 'observation' when session_id is not null then 'session'
          else 'trace' end::subject_kind)::int as wrong_kind,
        count(*) filter (where subject_kind in ('trace', 'observation') and trace_id is null)::int as no_trace,
        count(*) filter (where not exists (select 1 from subjects j where j.project_id = s.project_id
          and j.kind = s.subject_kind and j.id = coalesce(s.experiment_id, s.observation_id, s.session_id, s.trace_id)))::int as orphans,
        (select count(*) from subjects)::int as subjects
        from scores s`,
    );
    expect(facts).toMatchObject({ wrong_kind: 0, no_trace: 0, orphans: 0 });
    expect(facts.subjects).toBeGreaterThan(SCORES / 5);
    expect(facts.subjects).toBeLessThan(SCORES / 1.5);
  });

  it("stores values that fit each data type and config", async () => {
    const bad = await one<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from scores s left join score_configs c on c.id = s.config_id where
        (s.data_type = 'NUMERIC' and (s.numeric_value is null or (c.id is not null and s.numeric_value not between c.min_value and c.max_value)))
        or (s.data_type = 'BOOLEAN' and not ((s.numeric_value = 1 and s.string_value = 'True') or (s.numeric_value = 0 and s.string_value = 'False')))
        or (s.data_type = 'CATEGORICAL' and (s.string_value is null or s.numeric_value is null
          or (c.widget = 'multi_select') <> (s.categories is not null) or (s.categories is not null and s.categories[1] <> s.string_value)))
        or (s.data_type in ('TEXT', 'CORRECTION') and (s.string_value is null or s.numeric_value is not null))
        or (s.data_type = 'JSON' and s.json_value is null)
        or (s.data_type = 'CORRECTION' and s.config_id is not null)
        or (s.data_type <> 'CORRECTION' and s.name <> 'nps' and c.id is null)
        or (s.source = 'ANNOTATION') <> (s.author_user_id is not null)
        or (s.queue_item_id is not null and not exists (select 1 from queue_items q where q.id = s.queue_item_id and q.queue_id = s.queue_id))`,
    );
    expect(bad.n).toBe(0);
  });

  it("adds comments, evaluator fields, queue items and revisions in realistic shares", async () => {
    const facts = await one<Record<string, number>>(
      t.db,
      sql`select count(*) filter (where comment is not null)::float / count(*) as comments,
        count(*) filter (where source = 'EVAL' and status is not null and kind is not null)::int as evals,
        count(*) filter (where queue_id is not null)::int as queued,
        (select count(distinct score_id) from score_revisions)::int as revised,
        (select count(*) from score_revisions r where not exists (select 1 from scores s where s.id = r.score_id))::int as orphan_revisions
        from scores`,
    );
    expect(facts.comments).toBeGreaterThan(0.1);
    expect(facts.comments).toBeLessThan(0.3);
    expect(facts.evals).toBeGreaterThan(50);
    expect(facts.queued).toBeGreaterThan(5);
    expect(facts.revised).toBeGreaterThan(2);
    expect(facts.orphan_revisions).toBe(0);
  });

  it("is deterministic: the same seed gives identical rows in a fresh database", async () => {
    const again = await openTestDatabase(t.kind);
    try {
      await seedDatabase(again, options);
      expect(await digest(again.db)).toBe(await digest(t.db));
    } finally {
      await again.close();
    }
    // A second full seed into a fresh database: over 30 s on a loaded two-core machine.
  }, 120_000);

  it("reuses an existing project and refuses to load the same seed twice, leaving no partial rows", async () => {
    const count = async (table: string) =>
      (await one<{ n: number }>(t.db, sql.raw(`select count(*)::int as n from ${table}`))).n;
    await seedDatabase(t.handle, { scores: 50, seed: 1, projectId: "seed-beta", baseDate: BASE });
    await seedDatabase(t.handle, { scores: 40, seed: 2, projectId: "seed-beta", baseDate: BASE });
    const before = { scores: await count("scores"), configs: await count("score_configs") };
    expect(before.scores).toBe(SCORES + 90);
    expect(await count("projects")).toBe(4);
    expect(await count("users")).toBe(30);
    await expect(
      seedDatabase(t.handle, { scores: 50, seed: 1, projectId: "seed-beta", baseDate: BASE }),
    ).rejects.toThrow(/already/);
    expect({ scores: await count("scores"), configs: await count("score_configs") }).toEqual(before);
  });
});

/** When the server is configured, COPY (server) and INSERT (PGlite) must produce the same rows. */
describeEachEngine("seedDatabase across engines", (t) => {
  let pglite: DatabaseHandle | undefined;
  afterAll(() => pglite?.close());

  it.skipIf(t.kind !== "postgres")("stores on the server exactly what PGlite stores", async () => {
    pglite = await openTestDatabase("pglite");
    await seedDatabase(t.handle, { ...options, scores: 300 });
    await seedDatabase(pglite, { ...options, scores: 300 });
    expect(await digest(t.db)).toBe(await digest(pglite.db));
  });
});
