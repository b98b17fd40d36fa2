import type { Database } from "@/db/client";
import type { NewScoreRow, ScoreRow } from "@/db/schema";
import type { Principal } from "@/lib/auth/principal";
import { AppError, issuePath, type ErrorIssue } from "@/lib/errors";
import { invalidBody } from "./parse-score-body";
import { assertMayAnnotate, mayEditAnyScore, selfUserIdOf } from "./score-access";
import type { ScoreInput } from "./score-input";
import { upsertScoresWithRevisions } from "./upsert-scores";
import { findForbiddenFields, resolveDraft, type FieldIssue } from "./score-draft";
import { addReferences, buildScoreRow } from "./validate-score";
import { emptyReferences, loadWriteContext } from "./write-context";

/**
 * Score writes: validation, upsert and revisions. A batch is all-or-nothing: every input is
 * validated before the transaction opens, and one transaction holds the upsert and its revisions.
 * The cost is fixed per batch, not per score: up to three lookups and one statement that inserts
 * the rows with their revisions; ids that already existed add a lock and an overwrite (upsert-scores.ts).
 */
export { deleteScore } from "./delete-score";
export { etagOf } from "./etag";
export { patchScore } from "./patch-score";
export { listRevisions } from "./revisions";
export { getScoreDetail } from "./score-detail";

export type CreateScoresOptions = {
  /** Where input `index` sits in the request, for issue paths: `scores.3` by default, `[]` for one score. */
  issuePrefix?: (index: number) => PropertyKey[];
};

export type CreateScoresResult = { rows: ScoreRow[]; created: boolean[] };

const defaultPrefix = (index: number): PropertyKey[] => ["scores", index];

/** Tries per batch transaction when PostgreSQL breaks a lock cycle by aborting it (40P01). */
const DEADLOCK_ATTEMPTS = 3;

const isDeadlock = (error: unknown): boolean => {
  for (let current = error, depth = 0; current && depth < 4; depth++) {
    if ((current as { code?: unknown }).code === "40P01") return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
};

/**
 * Batches with overlapping ids do not deadlock: each (up to 1,000 rows, one statement) inserts its
 * new rows in id order, then locks and overwrites the ids that already existed in id order
 * (upsert-scores.ts); patchScore and deleteScore lock their one row before writing it, so they
 * wait holding nothing else. A cycle needs a transaction that holds a score row and then writes
 * another out of that order: a score deleted and created again between a batch's insert and its
 * overwrite, the cascade of deleting a project, config, queue or user, a session outside the app.
 * PostgreSQL then aborts one of them; when that is the batch, it runs again: nothing of it was
 * kept, and its input is already validated.
 */
async function inTransactionRetryingDeadlocks<T>(
  db: Database,
  work: (tx: Database) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction((tx) => work(tx));
    } catch (error) {
      if (attempt >= DEADLOCK_ATTEMPTS || !isDeadlock(error)) throw error;
    }
  }
}

function toIssues(prefix: PropertyKey[], issues: FieldIssue[]): ErrorIssue[] {
  return issues.map((issue) => ({ path: issuePath([...prefix, issue.field]), message: issue.message }));
}

function findDuplicateIds(inputs: ScoreInput[], prefix: (index: number) => PropertyKey[]): ErrorIssue[] {
  const firstIndex = new Map<string, number>();
  const issues: ErrorIssue[] = [];
  inputs.forEach((input, index) => {
    if (input.id === undefined) return;
    const first = firstIndex.get(input.id);
    if (first === undefined) firstIndex.set(input.id, index);
    else
      issues.push({
        path: issuePath([...prefix(index), "id"]),
        message: `Duplicate id; also at index ${first}`,
      });
  });
  return issues;
}

async function validateInputs(
  db: Database,
  principal: Principal,
  inputs: ScoreInput[],
  prefix: (index: number) => PropertyKey[],
): Promise<NewScoreRow[]> {
  const drafts = inputs.map((input) => resolveDraft(input, principal));
  const forbiddenIssues = drafts.flatMap((draft, index) =>
    toIssues(prefix(index), findForbiddenFields(draft, principal)),
  );
  if (forbiddenIssues.length > 0) {
    throw new AppError("forbidden", forbiddenIssues[0].message, forbiddenIssues);
  }
  const duplicates = findDuplicateIds(inputs, prefix);
  if (duplicates.length > 0) throw invalidBody(duplicates);

  const references = emptyReferences();
  drafts.forEach((draft) => addReferences(references, draft));
  const context = await loadWriteContext(db, principal.projectId, references);
  const rows: NewScoreRow[] = [];
  const issues: ErrorIssue[] = [];
  drafts.forEach((draft, index) => {
    const outcome = buildScoreRow(principal.projectId, draft, context);
    if ("row" in outcome) rows.push(outcome.row);
    else issues.push(...toIssues(prefix(index), outcome.issues));
  });
  if (issues.length > 0) throw invalidBody(issues);
  return rows;
}

/**
 * Creates or upserts `inputs` in the principal's project. `created[i]` is false when input i
 * replaced an existing score with the same id. Throws 400 (with every issue) or 403; writes
 * nothing unless everything is valid.
 */
export async function createScores(
  db: Database,
  principal: Principal,
  inputs: ScoreInput[],
  options: CreateScoresOptions = {},
): Promise<CreateScoresResult> {
  assertMayAnnotate(principal);
  if (inputs.length === 0) return { rows: [], created: [] };
  const prefix = options.issuePrefix ?? defaultPrefix;
  const newRows = await validateInputs(db, principal, inputs, prefix);
  const onlyAuthor = mayEditAnyScore(principal) ? undefined : (selfUserIdOf(principal) ?? "");

  return inTransactionRetryingDeadlocks(db, async (tx) => {
    const upserted = await upsertScoresWithRevisions(tx, newRows, { principal, onlyAuthor });
    const byId = new Map(upserted.map((item) => [item.row.id, item]));
    const refused = newRows.flatMap((row, index) => (byId.has(row.id) ? [] : [index]));
    if (refused.length > 0) {
      const issues = refused.map((index) => ({
        path: issuePath([...prefix(index), "id"]),
        message: `Score ${newRows[index].id} belongs to another author; you may only overwrite your own`,
      }));
      throw new AppError("forbidden", issues[0].message, issues);
    }
    const ordered = newRows.map((row) => byId.get(row.id)!);
    return { rows: ordered.map((item) => item.row), created: ordered.map((item) => item.inserted) };
  });
}
