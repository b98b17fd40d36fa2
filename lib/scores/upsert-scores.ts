import { sql, type SQL } from "drizzle-orm";
import { rowsOf, type Database } from "@/db/client";
import { scores, type NewScoreRow, type ScoreRow } from "@/db/schema";
import { actorOf, type Principal } from "@/lib/auth/principal";
import { newId } from "@/lib/ids";
import { columnListOf, columnsOf, mapRawRow, quoteName, recordsetFrom } from "./recordset";
import { CLEARABLE_REFERENCES, slimCreateAfterSql } from "./create-revisions";
import { scoreRowJsonSql } from "./score-row-json";

/**
 * The multi-row write behind every score create, with its revisions, insert first: all rows go in
 * with `on conflict do nothing` in ONE statement taking one JSON parameter, so a batch of new ids
 * (the ingest case) never looks an id up. Only the ids that already existed are then locked and
 * overwritten: every column of the new row except `created_at`, `updated_at` moving strictly
 * forward (by at least 1 ms) so every version of a score has its own ETag, and an "update"
 * revision holding the row before. Rows are written in id order in every statement, so two
 * batches with overlapping new ids wait for each other instead of deadlocking.
 *
 * A new row comes back as the row sent plus what the database chose (`timestamp` when absent,
 * `created_at`, `updated_at`): the other columns are stored as sent, and parsing 1,000 whole
 * rows back was over a tenth of a batch's server CPU. Its "create" revision is slim (create-revisions.ts).
 */
export type UpsertedScore = { row: ScoreRow; inserted: boolean };

/** Rows per statement: bounds the JSON parameter (about 1 KB a row) and the statement's memory. */
const ROWS_PER_STATEMENT = 1000;

const written = columnsOf(scores, ["createdAt", "updatedAt"]);
const returned = columnsOf(scores);
/** The columns of a new row the database fills in; every other one is stored as sent. */
const chosenByDatabase = returned.filter(({ key }) => ["timestamp", "createdAt", "updatedAt"].includes(key));
const clearableReferences = returned.filter(({ key }) =>
  (CLEARABLE_REFERENCES as readonly string[]).includes(key),
);
const input = [...written, { key: "revisionId", name: "revision_id", sqlType: "text" }];

const inputSelectList = sql.raw(
  input
    .map(({ key, name }) =>
      key === "timestamp" ? `coalesce(r."timestamp", now()) as "timestamp"` : `r.${quoteName(name)}`,
    )
    .join(", "),
);

const conflictSet = sql.raw(
  [
    ...written
      .filter(({ key }) => key !== "projectId" && key !== "id")
      .map(({ name }) => `${quoteName(name)} = excluded.${quoteName(name)}`),
    `"updated_at" = greatest(now(), "scores"."updated_at" + interval '1 millisecond')`,
  ].join(", "),
);

const revisionColumns = sql.raw(
  `"id", "project_id", "score_id", "action", "actor_user_id", "actor_api_key_id", "before", "after", "created_at"`,
);
const afterJson = sql.raw(scoreRowJsonSql("u"));
const slimCreateAfter = sql.raw(slimCreateAfterSql("u"));
const beforeJson = sql.raw(`case when u.inserted or o.id is null then null else ${scoreRowJsonSql("o")} end`);

/**
 * The scores of `projectId` among `ids`, found by primary key. The project id is hidden from the
 * planner (`(select $1)`): for a new tenant whose statistics still say it is empty, the planner
 * otherwise scans the whole project through another index and filters the ids (1,362 ms for
 * 1,000 ids among a new project's 30,000 rows in the benchmark database; 11 ms this way).
 */
function scoresWithIds(projectId: string, ids: string[], lock: boolean): SQL {
  return sql`select ${lock ? sql`"id"` : sql`*`} from "scores" where "project_id" = (select ${projectId}::text)
    and "id" = any(array(select jsonb_array_elements_text(${JSON.stringify(ids)}::text::jsonb)))
    ${lock ? sql`order by "id" for update` : sql``}`;
}

function inputRows(rows: NewScoreRow[]): SQL {
  const payload = rows.map((row) => ({ ...row, revisionId: newId() }));
  return sql`select ${inputSelectList} from ${recordsetFrom(input, payload)}`;
}

/** New rows in, existing ids skipped; a slim "create" revision for each row written. */
function buildInsertNew(rows: NewScoreRow[], principal: Principal): SQL {
  const actor = actorOf(principal);
  return sql`with input as (${inputRows(rows)}),
    u as (
      insert into "scores" (${columnListOf(written)}) select ${columnListOf(written)} from input order by "id"
      on conflict ("project_id", "id") do nothing
      returning "project_id", "id", ${columnListOf(clearableReferences)}, ${columnListOf(chosenByDatabase)}),
    revisions as (
      insert into "score_revisions" (${revisionColumns})
      select i."revision_id", u."project_id", u."id", 'create',
        ${actor.actorUserId}::text, ${actor.actorApiKeyId}::text, null, ${slimCreateAfter}, clock_timestamp()
      from u join input i on i."id" = u."id")
    select ${columnListOf(chosenByDatabase)}, "id" from u`;
}

type OverwriteOptions = { principal: Principal; onlyAuthor?: string };

/**
 * Overwrites rows whose ids exist (the caller locked them, so `old` is what the update replaces).
 * An id deleted since the insert attempt is inserted after all, with a "create" revision.
 */
function buildOverwrite(rows: NewScoreRow[], { principal, onlyAuthor }: OverwriteOptions): SQL {
  const guard = onlyAuthor === undefined ? sql`` : sql` where "scores"."author_user_id" = ${onlyAuthor}`;
  const actor = actorOf(principal);
  const ids = rows.map((row) => row.id);
  return sql`with input as (${inputRows(rows)}),
    old as (${scoresWithIds(principal.projectId, ids, false)}),
    u as (
      insert into "scores" (${columnListOf(written)}) select ${columnListOf(written)} from input order by "id"
      on conflict ("project_id", "id") do update set ${conflictSet}${guard}
      returning *, (xmax = 0) as "inserted"),
    revisions as (
      insert into "score_revisions" (${revisionColumns})
      select i."revision_id", u."project_id", u."id",
        (case when u.inserted then 'create' else 'update' end)::revision_action,
        ${actor.actorUserId}::text, ${actor.actorApiKeyId}::text, ${beforeJson}, ${afterJson}, clock_timestamp()
      from u join input i on i."id" = u."id" left join old o on o."id" = u."id")
    select * from u`;
}

/** A new row as the database holds it: the columns sent, and those it chose. */
function insertedRow(sent: NewScoreRow, raw: Record<string, unknown>): ScoreRow {
  const chosen = mapRawRow<Partial<ScoreRow>>(chosenByDatabase, raw);
  const row: Record<string, unknown> = {};
  for (const { key } of returned) {
    row[key] = key in chosen ? chosen[key as keyof ScoreRow] : (sent[key as keyof NewScoreRow] ?? null);
  }
  return row as ScoreRow;
}

/**
 * Upserts `rows` (ids assigned, no id twice) inside the caller's transaction and writes one revision
 * per row. `onlyAuthor`: a principal without edit-any overwrites only its own scores; the database
 * skips the others and they come back missing, for the caller to refuse.
 */
export async function upsertScoresWithRevisions(
  db: Database,
  rows: NewScoreRow[],
  options: OverwriteOptions,
): Promise<UpsertedScore[]> {
  const upserted: UpsertedScore[] = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
    const fresh = rowsOf<Record<string, unknown>>(await db.execute(buildInsertNew(chunk, options.principal)));
    const freshById = new Map(fresh.map((raw) => [raw.id as string, raw]));
    const existing: NewScoreRow[] = [];
    for (const row of chunk) {
      const raw = freshById.get(row.id);
      if (raw) upserted.push({ row: insertedRow(row, raw), inserted: true });
      else existing.push(row);
    }
    if (existing.length === 0) continue;

    const existingIds = existing.map((row) => row.id);
    await db.execute(scoresWithIds(options.principal.projectId, existingIds, true));
    for (const raw of rowsOf<Record<string, unknown>>(await db.execute(buildOverwrite(existing, options)))) {
      upserted.push({ row: mapRawRow<ScoreRow>(returned, raw), inserted: raw.inserted === true });
    }
  }
  return upserted;
}
