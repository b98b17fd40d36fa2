import type { Database } from "@/db/client";
import type { ScoreRow } from "@/db/schema";
import { findLabelsByIds, listLabels } from "@/lib/labels/labels";
import { listMembers } from "@/lib/scores/options";
import type { CompileContext } from "./filter-lowering";
import type { FormatContext } from "./score-format";
import type { Evaluator } from "./score-type";

/**
 * The small reads Respan's shape needs besides scores: evaluators (score configs) and member
 * emails. A project holds tens of configs and members, so whole lists are read when a filter
 * or a slug needs them; a page of scores reads only the configs it refers to.
 */
const LABEL_PAGE = 500;

export async function loadEvaluators(db: Database, projectId: string): Promise<Evaluator[]> {
  const all: Evaluator[] = [];
  for (let page = 1; ; page++) {
    const { rows, total } = await listLabels(db, projectId, { page, limit: LABEL_PAGE });
    all.push(...rows);
    if (rows.length < LABEL_PAGE || all.length >= total) return all;
  }
}

export async function loadMembers(db: Database, projectId: string): Promise<{ id: string; email: string }[]> {
  const members = await listMembers(db, projectId);
  return members.map((member) => ({ id: member.id, email: member.email }));
}

export async function loadFormatContext(
  db: Database,
  projectId: string,
  rows: ScoreRow[],
): Promise<FormatContext> {
  const configIds = rows.flatMap((row) => (row.configId ? [row.configId] : []));
  const hasAuthors = rows.some((row) => row.authorUserId);
  const [evaluators, members] = await Promise.all([
    findLabelsByIds(db, projectId, configIds),
    hasAuthors ? loadMembers(db, projectId) : [],
  ]);
  return {
    evaluators: new Map(evaluators.map((evaluator) => [evaluator.id, evaluator])),
    emails: new Map(members.map((member) => [member.id, member.email])),
  };
}

export async function loadCompileContext(
  db: Database,
  projectId: string,
  needs: { evaluators: boolean; members: boolean },
): Promise<CompileContext> {
  const [evaluators, members] = await Promise.all([
    needs.evaluators ? loadEvaluators(db, projectId) : [],
    needs.members ? loadMembers(db, projectId) : [],
  ]);
  return { evaluators, members };
}
