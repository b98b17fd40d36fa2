import type { Database } from "@/db/client";
import type { ScoreRow } from "@/db/schema";
import type { Principal } from "@/lib/auth/principal";
import { AppError } from "@/lib/errors";
import { findLabelsByNames } from "@/lib/labels/labels";
import { listScoresAfter } from "@/lib/scores/position";
import type { ScoreInput } from "@/lib/scores/score-input";
import { createScores } from "@/lib/scores/write";
import { issuesFromEngine, LangfuseInputError, type LangfuseIssue } from "./errors";
import type { LangfuseScoreBody } from "./score-body";
import { toScoreInput } from "./score-conversion";

/**
 * Langfuse score writes on the engine. `prepareScores` reads what the conversion needs (stored
 * scores with the same ids, configs named like the scores) in two queries per batch;
 * `createEachScore` writes the valid ones all at once and reports, per request, either the
 * written row or the issues that refused it — the engine is all-or-nothing, so a refused batch
 * is retried without the requests it named.
 */
export type ScoreRequest = { body: LangfuseScoreBody; timestamp: Date };
export type Prepared = { input: ScoreInput } | { issues: LangfuseIssue[] };
export type Outcome = { row: ScoreRow } | { issues: LangfuseIssue[]; status: number };

async function loadExisting(db: Database, projectId: string, ids: string[]): Promise<Map<string, ScoreRow>> {
  if (ids.length === 0) return new Map();
  const unique = [...new Set(ids)];
  const page = await listScoresAfter(db, {
    projectId,
    filters: { id: unique },
    sort: "timestamp",
    order: "desc",
    limit: unique.length,
  });
  return new Map(page.rows.map((row) => [row.id, row]));
}

export async function prepareScores(
  db: Database,
  projectId: string,
  requests: ScoreRequest[],
): Promise<Prepared[]> {
  const needsInference = requests
    .filter(({ body }) => !body.dataType && !body.configId)
    .map(({ body }) => body.name);
  const [existing, named] = await Promise.all([
    loadExisting(
      db,
      projectId,
      requests.flatMap(({ body }) => (body.id ? [body.id] : [])),
    ),
    findLabelsByNames(db, projectId, needsInference),
  ]);
  const configNames = new Set(named.map((label) => label.name));
  return requests.map(({ body, timestamp }) =>
    toScoreInput(body, {
      timestamp,
      existing: body.id ? existing.get(body.id) : undefined,
      hasConfigNamed: configNames.has(body.name),
    }),
  );
}

/** The request index an engine issue path (`3.value`) points at. */
const indexOfPath = (path: string): number => Number(path.split(".")[0]);

/** Writes every prepared input that is valid; at most one retry per refused request. */
export async function createEachScore(
  db: Database,
  principal: Principal,
  prepared: Prepared[],
): Promise<Outcome[]> {
  const outcomes: (Outcome | undefined)[] = prepared.map((item) =>
    "issues" in item ? { issues: item.issues, status: 400 } : undefined,
  );
  let pending = prepared.flatMap((item, index) => ("input" in item ? [{ index, input: item.input }] : []));
  while (pending.length > 0) {
    try {
      const { rows } = await createScores(
        db,
        principal,
        pending.map((item) => item.input),
        { issuePrefix: (position) => [position] },
      );
      pending.forEach((item, position) => (outcomes[item.index] = { row: rows[position] }));
      pending = [];
    } catch (error) {
      if (!(error instanceof AppError) || !error.issues?.length) throw error;
      const refused = new Set(error.issues.map((issue) => indexOfPath(issue.path)));
      if (![...refused].every((position) => position >= 0 && position < pending.length)) throw error;
      for (const position of refused) {
        const own = error.issues.filter((issue) => indexOfPath(issue.path) === position);
        const relative = own.map((issue) => ({ ...issue, path: issue.path.split(".").slice(1).join(".") }));
        outcomes[pending[position].index] = { issues: issuesFromEngine(relative), status: error.status };
      }
      pending = pending.filter((_, position) => !refused.has(position));
    }
  }
  return outcomes.map((outcome) => outcome!);
}

/** One score (POST /api/public/scores): the row, or the Langfuse-shaped error. */
export async function createOneScore(
  db: Database,
  principal: Principal,
  request: ScoreRequest,
): Promise<ScoreRow> {
  const [prepared] = await prepareScores(db, principal.projectId, [request]);
  const [outcome] = await createEachScore(db, principal, [prepared]);
  if ("row" in outcome) return outcome.row;
  if (outcome.status === 400) throw new LangfuseInputError(outcome.issues);
  throw new AppError("forbidden", outcome.issues[0]?.message ?? "Forbidden");
}
