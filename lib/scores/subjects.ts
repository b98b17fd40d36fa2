import { and, desc, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { scores, subjects, type SubjectKind } from "@/db/schema";
import { notFound } from "@/lib/errors";
import { lookupNames } from "./names";
import { serializeScore } from "./serialize";

export const SUBJECT_SCORE_LIMIT = 500;

const subjectColumn = {
  trace: scores.traceId,
  observation: scores.observationId,
  session: scores.sessionId,
  experiment: scores.experimentId,
} as const;

/** A judged object: its stored context (name, input, output) and every score about it, newest first. */
export async function getSubject(db: Database, projectId: string, kind: SubjectKind, id: string) {
  const [context] = await db
    .select()
    .from(subjects)
    .where(and(eq(subjects.projectId, projectId), eq(subjects.kind, kind), eq(subjects.id, id)));
  const rows = await db
    .select()
    .from(scores)
    .where(and(eq(scores.projectId, projectId), eq(subjectColumn[kind], id)))
    .orderBy(desc(scores.timestamp), desc(scores.id))
    .limit(SUBJECT_SCORE_LIMIT);
  if (!context && rows.length === 0) throw notFound(`No ${kind} ${id} in this project`);
  const names = await lookupNames(db, projectId, rows);
  return {
    kind,
    id,
    traceId: context?.traceId ?? rows[0]?.traceId ?? null,
    name: context?.name ?? null,
    input: context?.input ?? null,
    output: context?.output ?? null,
    metadata: context?.metadata ?? {},
    timestamp: context?.timestamp.toISOString() ?? null,
    scores: rows.map((row) => serializeScore(row, names)),
    scoresTruncated: rows.length === SUBJECT_SCORE_LIMIT,
  };
}
