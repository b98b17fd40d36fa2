import { sql, type SQL } from "drizzle-orm";
import { rowsOf, type Database } from "@/db/client";
import { scores, type NewScoreRow, type ScoreRow } from "@/db/schema";
import { actorOf, type Principal } from "@/lib/auth/principal";
import { newId } from "@/lib/ids";
import { columnListOf, columnsOf, mapRawRow, quoteName, recordsetFrom } from "./recordset";
import { scoreRowJsonSql } from "./score-row-json";

/**
 * The multi-row upsert behind every score create, with its revisions, in ONE statement taking
 * one JSON parameter. An existing `(project_id, id)` takes every column of the new row except
 * `created_at`; `updated_at` moves strictly forward (by at least 1 ms) so every version of a
 * score has its own ETag. `xmax = 0` in RETURNING tells a fresh insert from an update.
 * The revision's "before" is read in the same statement (callers lock those rows first).
 */
export type UpsertedScore = { row: ScoreRow; inserted: boolean };

/** Rows per statement: bounds the JSON parameter (about 1 KB a row) and the statement's memory. */
const ROWS_PER_STATEMENT = 1000;

const written = columnsOf(scores, ["createdAt", "updatedAt"]);
const returned = columnsOf(scores);
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

const afterJson = sql.raw(scoreRowJsonSql("u"));
const beforeJson = sql.raw(`case when u.inserted or o.id is null then null else ${scoreRowJsonSql("o")} end`);

/** `= any(array)` keeps the lookup on the primary key; an `in (subquery)` may scan the project. */
const idArray = (ids: string[]): SQL =>
  sql`array(select jsonb_array_elements_text(${JSON.stringify(ids)}::text::jsonb))`;

type UpsertOptions = { principal: Principal; onlyAuthor?: string; existingIds: Set<string> };

function buildUpsert(rows: NewScoreRow[], { principal, onlyAuthor, existingIds }: UpsertOptions): SQL {
  const ids = rows.flatMap((row) => (existingIds.has(row.id) ? [row.id] : []));
  const old = ids.length
    ? sql`select * from "scores" where "project_id" = ${principal.projectId}
        and "id" = any(${idArray(ids)})`
    : sql`select * from "scores" where false`;
  const guard = onlyAuthor === undefined ? sql`` : sql` where "scores"."author_user_id" = ${onlyAuthor}`;
  const actor = actorOf(principal);
  const payload = rows.map((row) => ({ ...row, revisionId: newId() }));
  return sql`with input as (select ${inputSelectList} from ${recordsetFrom(input, payload)}),
    old as (${old}),
    upserted as (
      insert into "scores" (${columnListOf(written)}) select ${columnListOf(written)} from input
      on conflict ("project_id", "id") do update set ${conflictSet}${guard}
      returning *, (xmax = 0) as "inserted"),
    revisions as (
      insert into "score_revisions" ("id", "project_id", "score_id", "action",
        "actor_user_id", "actor_api_key_id", "before", "after", "created_at")
      select i."revision_id", u."project_id", u."id",
        (case when u.inserted then 'create' else 'update' end)::revision_action,
        ${actor.actorUserId}::text, ${actor.actorApiKeyId}::text, ${beforeJson}, ${afterJson}, clock_timestamp()
      from upserted u join input i on i."id" = u."id" left join old o on o."id" = u."id")
    select * from upserted`;
}

/**
 * Upserts `rows` (ids already assigned) and writes one revision per row. `existingIds`: ids the
 * caller found and locked, whose current rows become the revisions' "before". `onlyAuthor`: a
 * principal without edit-any overwrites only its own scores; the database skips the others and
 * they come back missing, for the caller to refuse.
 */
export async function upsertScoresWithRevisions(
  db: Database,
  rows: NewScoreRow[],
  options: UpsertOptions,
): Promise<UpsertedScore[]> {
  const upserted: UpsertedScore[] = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const statement = buildUpsert(rows.slice(start, start + ROWS_PER_STATEMENT), options);
    for (const raw of rowsOf<Record<string, unknown>>(await db.execute(statement))) {
      upserted.push({ row: mapRawRow<ScoreRow>(returned, raw), inserted: raw.inserted === true });
    }
  }
  return upserted;
}

/** Locks the rows among `ids` that exist, until the transaction ends; returns their ids. */
export async function lockExistingScoreIds(
  db: Database,
  projectId: string,
  ids: string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const result = await db.execute(sql`select "id" from "scores" where "project_id" = ${projectId}
    and "id" = any(${idArray(ids)}) for update`);
  return new Set(rowsOf<{ id: string }>(result).map((row) => row.id));
}
