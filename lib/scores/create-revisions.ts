import { sql, type SQL } from "drizzle-orm";
import { scoreRevisions, scores } from "@/db/schema";
import { quoteName } from "./recordset";
import { scoreRowJsonSql } from "./score-row-json";

/**
 * Slim "create" revisions. A batch create does not copy each new row into its revision: building
 * 1,000 whole rows as JSON cost 8-18% of the batch statement's database time in the benchmark. The
 * revision keeps only the columns that can change without a revision of their own — the references
 * that deleting a config, user or queue sets to null — and nothing else is lost: until the score's
 * next revision, whose "before" is the row as created, every other column stays as it was written.
 * listRevisions puts the row back together (that "before", or the score as it stands, under the
 * kept references), so every reader still sees whole rows. A slim "after" is told by its lack of `id`.
 */
export const CLEARABLE_REFERENCES = ["configId", "authorUserId", "queueId"] as const;

/** The slim "after" of a create, from the inserted row `alias`. */
export function slimCreateAfterSql(alias: string): string {
  const pairs = CLEARABLE_REFERENCES.map((key) => `'${key}', ${alias}.${quoteName(scores[key].name)}`);
  return `jsonb_build_object(${pairs.join(", ")})`;
}

/** The score as it stands (revision JSON), read only beside a slim create: in the same snapshot as the history. */
export const currentRowBesideSlimCreate: SQL<unknown> = sql`case when ${scoreRevisions.action} = 'create'
  and not (${scoreRevisions.after} ? 'id') then (select ${sql.raw(scoreRowJsonSql("s"))} from ${scores} s
  where s."project_id" = ${scoreRevisions.projectId} and s."id" = ${scoreRevisions.scoreId}) end`;

const isRow = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

type Listed<R> = { revision: R; current: unknown };

/** Revisions with every slim create's "after" made whole again; others as stored. */
export function completeSlimCreates<R extends { action: string; before: unknown; after: unknown }>(
  listed: Listed<R>[],
): R[] {
  return listed.map(({ revision, current }, index) => {
    const { after } = revision;
    if (revision.action !== "create" || !isRow(after) || "id" in after) return revision;
    const next = listed[index + 1]?.revision;
    const base = next ? next.before : current;
    return { ...revision, after: isRow(base) ? { ...base, ...after } : null };
  });
}
