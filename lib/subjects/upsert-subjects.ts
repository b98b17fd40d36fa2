import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { subjects, type SubjectKind } from "@/db/schema";

/**
 * Stores what a scored object was (its name, input, output, metadata) so a reviewer sees it
 * beside the score. Contexts arrive as create and update events: later values replace earlier
 * ones field by field, metadata keys merge, a missing field keeps what was stored, and the
 * timestamp stays as first written. Events for one object inside a batch are folded here first,
 * because one INSERT … ON CONFLICT may touch each row only once.
 */
export type SubjectContext = {
  kind: SubjectKind;
  id: string;
  traceId?: string | null;
  name?: string | null;
  input?: unknown;
  output?: unknown;
  metadata?: Record<string, unknown>;
  timestamp?: Date;
};

const keyOf = (context: SubjectContext) => `${context.kind}\u0000${context.id}`;

const definedFields = (context: SubjectContext) =>
  Object.fromEntries(Object.entries(context).filter(([, value]) => value !== undefined && value !== null));

/** One context per object, each the ordered merge of its events. */
export function foldSubjectContexts(contexts: SubjectContext[]): SubjectContext[] {
  const folded = new Map<string, SubjectContext>();
  for (const context of contexts) {
    const key = keyOf(context);
    const previous = folded.get(key);
    if (!previous) {
      folded.set(key, { ...context });
      continue;
    }
    folded.set(key, {
      ...previous,
      ...definedFields(context),
      metadata: context.metadata ? { ...previous.metadata, ...context.metadata } : previous.metadata,
      timestamp: previous.timestamp ?? context.timestamp,
    });
  }
  return [...folded.values()];
}

const keepStored = (column: string) => sql.raw(`coalesce(excluded."${column}", "subjects"."${column}")`);

export async function upsertSubjects(
  db: Database,
  projectId: string,
  contexts: SubjectContext[],
): Promise<void> {
  const rows = foldSubjectContexts(contexts).map((context) => ({
    projectId,
    kind: context.kind,
    id: context.id,
    traceId: context.traceId ?? null,
    name: context.name ?? null,
    input: context.input ?? null,
    output: context.output ?? null,
    metadata: context.metadata ?? {},
    timestamp: context.timestamp,
  }));
  if (rows.length === 0) return;
  await db
    .insert(subjects)
    .values(rows)
    .onConflictDoUpdate({
      target: [subjects.projectId, subjects.kind, subjects.id],
      set: {
        traceId: keepStored("trace_id"),
        name: keepStored("name"),
        input: keepStored("input"),
        output: keepStored("output"),
        metadata: sql.raw(`"subjects"."metadata" || excluded."metadata"`),
      },
    });
}
