import { and, eq, like } from "drizzle-orm";
import { expect, it } from "vitest";
import { scoreRevisions, scores } from "@/db/schema";
import { describeEachEngine } from "@/db/testing/engines";
import { AppError } from "@/lib/errors";
import { scoreInputSchema } from "./score-input";
import {
  PRINCIPALS,
  PROJECT_ID,
  USERS,
  countRevisions,
  countScores,
  seedWriteFixtures,
  traceScore,
} from "./write-fixtures";
import { createScores, listRevisions } from "./write";

/** What JSON.stringify makes of a row: the format revisions store. */
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value));
const inputs = (...raw: Record<string, unknown>[]) => raw.map((score) => scoreInputSchema.parse(score));

/** A deterministic shuffle, so concurrent batches write their shared ids in different input orders. */
function shuffled<T>(items: T[], seed: number): T[] {
  const copy = [...items];
  let state = seed;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

describeEachEngine(
  "batch upsert, insert first",
  (t) => {
    it("creates new ids and overwrites existing ones in one batch, each with its revision", async () => {
      const first = await createScores(
        t.db,
        PRINCIPALS.apiKey,
        inputs(traceScore({ id: "mix-a", value: 1 }), traceScore({ id: "mix-b", value: 2, comment: "old" })),
      );
      const second = await createScores(
        t.db,
        PRINCIPALS.apiKey,
        inputs(
          traceScore({ id: "mix-c", value: 3 }),
          traceScore({ id: "mix-b", value: 4 }),
          traceScore({ id: "mix-d", value: 5 }),
        ),
      );
      expect(second.rows.map((row) => [row.id, row.numericValue, row.comment])).toEqual([
        ["mix-c", 3, null],
        ["mix-b", 4, null],
        ["mix-d", 5, null],
      ]);
      expect(second.created).toEqual([true, false, true]);
      const overwritten = second.rows[1];
      expect(overwritten.createdAt).toEqual(first.rows[1].createdAt);

      const history = await listRevisions(t.db, PROJECT_ID, "mix-b");
      expect(history.map((revision) => [revision.action, revision.before, revision.after])).toEqual([
        ["create", null, asJson(first.rows[1])],
        ["update", asJson(first.rows[1]), asJson(overwritten)],
      ]);
      for (const [index, id] of [
        [0, "mix-c"],
        [2, "mix-d"],
      ] as const) {
        const [created] = await listRevisions(t.db, PROJECT_ID, id);
        expect([created.action, created.before, created.after]).toEqual([
          "create",
          null,
          asJson(second.rows[index]),
        ]);
        expect(created).toMatchObject({ actorApiKeyId: "key-fixture", actorUserId: null });
      }
    });

    it("refuses the whole batch when one existing id belongs to another author", async () => {
      await createScores(t.db, PRINCIPALS.annotator, inputs(traceScore({ id: "own-1" })));
      const before = [await countScores(t.db), await countRevisions(t.db)];
      const refusal = await createScores(
        t.db,
        PRINCIPALS.otherAnnotator,
        inputs(traceScore({ id: "own-new" }), traceScore({ id: "own-1", value: 2 })),
      ).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(AppError);
      expect(refusal).toMatchObject({ status: 403, issues: [{ path: "scores.1.id" }] });
      expect([await countScores(t.db), await countRevisions(t.db)]).toEqual(before);
      const [kept] = await t.db
        .select()
        .from(scores)
        .where(and(eq(scores.projectId, PROJECT_ID), eq(scores.id, "own-1")));
      expect(kept).toMatchObject({ numericValue: 7, authorUserId: USERS.annotator });
    });

    // PGlite runs one transaction at a time: only the server can interleave two batches.
    it.runIf(t.kind === "postgres").each([1, 2, 3])(
      "lets concurrent batches with overlapping ids all succeed, each id created once (round %i)",
      async (round) => {
        const ids = Array.from(
          { length: 600 },
          (_, index) => `overlap-${round}-${String(index).padStart(3, "0")}`,
        );
        // Four batches of 400 ids, each sharing ids with the others, in different orders.
        const batches = [0, 1, 2, 3].map((batch) =>
          shuffled(
            ids.filter((_, index) => (index + batch * 13) % 3 !== 0),
            batch + round * 4,
          ),
        );
        const results = await Promise.all(
          batches.map((batchIds, batch) =>
            createScores(
              t.db,
              PRINCIPALS.apiKey,
              inputs(...batchIds.map((id) => traceScore({ id, value: batch }))),
            ),
          ),
        );
        const createdBy = new Map<string, number>();
        results.forEach((result, batch) =>
          result.rows.forEach((row, index) => {
            expect(row.id).toBe(batches[batch][index]);
            if (result.created[index]) createdBy.set(row.id, (createdBy.get(row.id) ?? 0) + 1);
          }),
        );
        const written = new Set(batches.flat());
        expect([...createdBy.values()].every((times) => times === 1)).toBe(true);
        expect(createdBy.size).toBe(written.size);

        const stored = await t.db
          .select()
          .from(scores)
          .where(like(scores.id, `overlap-${round}-%`));
        expect(stored).toHaveLength(written.size);
        const revisions = await t.db
          .select()
          .from(scoreRevisions)
          .where(like(scoreRevisions.scoreId, `overlap-${round}-%`));
        for (const id of written) {
          const own = revisions.filter((revision) => revision.scoreId === id);
          expect(own.filter((revision) => revision.action === "create")).toHaveLength(1);
          expect(own).toHaveLength(batches.filter((batch) => batch.includes(id)).length);
        }
      },
    );

    // A cycle the batch cannot avoid: another transaction holds an existing row the batch overwrites,
    // then writes an id the batch has just inserted.
    it.runIf(t.kind === "postgres")(
      "runs a batch again when PostgreSQL aborts it to break a deadlock",
      async () => {
        await createScores(t.db, PRINCIPALS.apiKey, inputs(traceScore({ id: "cycle-b", value: 1 })));
        const side = await t.handle.sqlClient!.reserve();
        try {
          await side`begin`;
          // Only the batch's backend looks for the cycle (after the server's 1 s): it is the one aborted.
          await side`set local deadlock_timeout = '10s'`;
          await side`select "id" from "scores" where "project_id" = ${PROJECT_ID} and "id" = 'cycle-b' for update`;
          // Inserts cycle-a, then waits for the lock on cycle-b.
          const batch = createScores(
            t.db,
            PRINCIPALS.apiKey,
            inputs(traceScore({ id: "cycle-a", value: 2 }), traceScore({ id: "cycle-b", value: 3 })),
          );
          // Awaited below; this only keeps an early rejection from being reported as unhandled.
          batch.catch(() => {});
          const waiting = async () =>
            (
              await side<{ n: number }[]>`select count(*)::int as n from pg_stat_activity
                where datname = current_database() and wait_event_type = 'Lock'`
            )[0].n;
          while ((await waiting()) === 0) await new Promise((resolve) => setTimeout(resolve, 10));
          // Waits for the batch's uncommitted cycle-a; it goes in only once the batch has rolled back.
          await side`insert into "scores" select (jsonb_populate_record(null::"scores",
            to_jsonb(s) || '{"id": "cycle-a"}')).* from "scores" s
            where s."project_id" = ${PROJECT_ID} and s."id" = 'cycle-b'`;
          await side`rollback`;
          const result = await batch;
          expect(result.created).toEqual([true, false]);
          expect(result.rows.map((row) => [row.id, row.numericValue])).toEqual([
            ["cycle-a", 2],
            ["cycle-b", 3],
          ]);
        } finally {
          side.release();
        }
        const history = await listRevisions(t.db, PROJECT_ID, "cycle-a");
        expect(history.map((revision) => revision.action)).toEqual(["create"]);
      },
    );
  },
  seedWriteFixtures,
);
