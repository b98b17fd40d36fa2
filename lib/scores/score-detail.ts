import { and, count, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { annotationQueues, scoreConfigs, scoreRevisions, subjects, users, type ScoreRow } from "@/db/schema";
import { getScoreOrThrow } from "./score-lookup";
import { serializeScore, subjectIdOf } from "./serialize";
import type { ScoreConfigRow } from "./write-context";

/**
 * One score as the detail drawer shows it: the list's Score JSON, with `config` as the full
 * config, `author` with its email, the judged object's context from `subjects` (null when nothing
 * was ingested for it), and how many revisions it has.
 */
function serializeConfig(config: ScoreConfigRow) {
  return {
    id: config.id,
    name: config.name,
    slug: config.slug,
    dataType: config.dataType,
    widget: config.widget,
    minValue: config.minValue,
    maxValue: config.maxValue,
    step: config.step,
    categories: config.categories,
    evaluatorType: config.evaluatorType,
    description: config.description,
    isArchived: config.isArchived,
    createdAt: config.createdAt.toISOString(),
    updatedAt: config.updatedAt.toISOString(),
  };
}

const none = Promise.resolve([]);

async function selectRelated(db: Database, row: ScoreRow) {
  const inProject = row.projectId;
  return Promise.all([
    row.configId
      ? db
          .select()
          .from(scoreConfigs)
          .where(and(eq(scoreConfigs.projectId, inProject), eq(scoreConfigs.id, row.configId)))
      : none,
    row.authorUserId
      ? db
          .select({ id: users.id, name: users.name, email: users.email })
          .from(users)
          .where(eq(users.id, row.authorUserId))
      : none,
    row.queueId
      ? db
          .select({ id: annotationQueues.id, name: annotationQueues.name })
          .from(annotationQueues)
          .where(and(eq(annotationQueues.projectId, inProject), eq(annotationQueues.id, row.queueId)))
      : none,
    db
      .select()
      .from(subjects)
      .where(
        and(
          eq(subjects.projectId, inProject),
          eq(subjects.kind, row.subjectKind),
          eq(subjects.id, subjectIdOf(row)),
        ),
      ),
    db
      .select({ total: count() })
      .from(scoreRevisions)
      .where(and(eq(scoreRevisions.projectId, inProject), eq(scoreRevisions.scoreId, row.id))),
  ]);
}

export async function getScoreDetail(db: Database, projectId: string, id: string) {
  const row = await getScoreOrThrow(db, projectId, id);
  const [[config], [author], [queue], [subject], [revisions]] = await selectRelated(db, row);
  const names = {
    users: new Map(author ? [[author.id, author.name]] : []),
    queues: new Map(queue ? [[queue.id, queue.name]] : []),
    configs: new Map(config ? [[config.id, config.name]] : []),
  };
  return {
    ...serializeScore(row, names),
    config: config ? serializeConfig(config) : null,
    author: author ?? (row.authorUserId ? { id: row.authorUserId, name: null, email: null } : null),
    subjectContext: subject
      ? {
          kind: subject.kind,
          id: subject.id,
          traceId: subject.traceId,
          name: subject.name,
          input: subject.input,
          output: subject.output,
          metadata: subject.metadata,
          timestamp: subject.timestamp.toISOString(),
        }
      : null,
    revisionCount: Number(revisions?.total ?? 0),
  };
}

export type ScoreDetailJson = Awaited<ReturnType<typeof getScoreDetail>>;
