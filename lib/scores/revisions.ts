import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { apiKeys, scoreRevisions, users, type ScoreRow } from "@/db/schema";
import { actorOf, type Principal } from "@/lib/auth/principal";
import { newId } from "@/lib/ids";
import { completeSlimCreates, currentRowBesideSlimCreate } from "./create-revisions";
import { columnListOf, columnsOf, recordsetFrom } from "./recordset";

/**
 * Score history. A revision stores whole rows (camelCase, dates as ISO strings) before and after
 * the change, so a deleted score can be restored and FutureAGI's value_history rebuilt from it;
 * a batch create's "after" is slim when stored and whole when listed (create-revisions.ts).
 * Revisions are written in the transaction that makes the change, after the score's row lock is
 * held: single-row changes here, batch creates inside their upsert statement (upsert-scores.ts).
 * `created_at` is clock_timestamp(), not the transaction's start, so history follows lock order.
 */
export type ScoreRevisionRow = typeof scoreRevisions.$inferSelect;

export type RevisionChange = {
  action: "create" | "update" | "delete";
  scoreId: string;
  before: ScoreRow | null;
  after: ScoreRow | null;
};

/** Rows per statement: bounds the JSON parameter (about 1 KB a revision). */
const REVISIONS_PER_STATEMENT = 1000;

const written = columnsOf(scoreRevisions, ["createdAt"]);

export async function insertRevisions(
  db: Database,
  principal: Principal,
  changes: RevisionChange[],
): Promise<void> {
  const actor = actorOf(principal);
  const rows = changes.map((change) => ({
    id: newId(),
    projectId: principal.projectId,
    scoreId: change.scoreId,
    action: change.action,
    ...actor,
    before: change.before,
    after: change.after,
  }));
  for (let start = 0; start < rows.length; start += REVISIONS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + REVISIONS_PER_STATEMENT);
    await db.execute(sql`insert into "score_revisions" (${columnListOf(written)}, "created_at")
      select ${columnListOf(written, "r")}, clock_timestamp() from ${recordsetFrom(written, chunk)}`);
  }
}

/**
 * Oldest first; ids are time-ordered, so they break ties within one millisecond. Batch creates
 * store a slim "after" that is made whole here (create-revisions.ts): readers always get whole rows.
 */
export async function listRevisions(
  db: Database,
  projectId: string,
  scoreId: string,
): Promise<ScoreRevisionRow[]> {
  const listed = await db
    .select({ revision: scoreRevisions, current: currentRowBesideSlimCreate })
    .from(scoreRevisions)
    .where(and(eq(scoreRevisions.projectId, projectId), eq(scoreRevisions.scoreId, scoreId)))
    .orderBy(asc(scoreRevisions.createdAt), asc(scoreRevisions.id));
  return completeSlimCreates(listed);
}

/**
 * Who made each change, for people reading the history: a user's name and email (as the score
 * detail shows its author), an API key's note. The key's public half is not shown: listing keys
 * needs members:manage, reading history only scores:read. A deleted user or key has null names.
 */
export type RevisionActor =
  | { kind: "user"; id: string; name: string | null; email: string | null }
  | { kind: "apiKey"; id: string; name: string | null };

export type RevisionActors = {
  users: Map<string, { name: string; email: string }>;
  apiKeys: Map<string, string | null>;
};

const distinctIds = (ids: (string | null)[]) => [...new Set(ids.filter((id): id is string => id !== null))];

export async function lookupRevisionActors(
  db: Database,
  projectId: string,
  revisions: ScoreRevisionRow[],
): Promise<RevisionActors> {
  const userIds = distinctIds(revisions.map((revision) => revision.actorUserId));
  const keyIds = distinctIds(revisions.map((revision) => revision.actorApiKeyId));
  const [people, keys] = await Promise.all([
    userIds.length === 0
      ? []
      : db
          .select({ id: users.id, name: users.name, email: users.email })
          .from(users)
          .where(inArray(users.id, userIds)),
    keyIds.length === 0
      ? []
      : db
          .select({ id: apiKeys.id, note: apiKeys.note })
          .from(apiKeys)
          .where(and(eq(apiKeys.projectId, projectId), inArray(apiKeys.id, keyIds))),
  ]);
  return {
    users: new Map(people.map((person) => [person.id, { name: person.name, email: person.email }])),
    apiKeys: new Map(keys.map((key) => [key.id, key.note])),
  };
}

function actorOfRevision(revision: ScoreRevisionRow, actors: RevisionActors): RevisionActor | null {
  if (revision.actorUserId !== null) {
    const person = actors.users.get(revision.actorUserId);
    return {
      kind: "user",
      id: revision.actorUserId,
      name: person?.name ?? null,
      email: person?.email ?? null,
    };
  }
  if (revision.actorApiKeyId !== null) {
    return {
      kind: "apiKey",
      id: revision.actorApiKeyId,
      name: actors.apiKeys.get(revision.actorApiKeyId) ?? null,
    };
  }
  return null;
}

export function serializeRevision(revision: ScoreRevisionRow, actors: RevisionActors) {
  return {
    id: revision.id,
    scoreId: revision.scoreId,
    action: revision.action,
    actorUserId: revision.actorUserId,
    actorApiKeyId: revision.actorApiKeyId,
    actor: actorOfRevision(revision, actors),
    before: revision.before,
    after: revision.after,
    createdAt: revision.createdAt.toISOString(),
  };
}

export type RevisionJson = ReturnType<typeof serializeRevision>;
