import { and, eq, inArray, or } from "drizzle-orm";
import type { Database } from "@/db/client";
import { annotationQueues, memberships, scoreConfigs } from "@/db/schema";

/**
 * Everything validation needs from the database for a whole batch, read with one query per table
 * whatever the batch size: configs (by id or by name), project members, project queues.
 */
export type ScoreConfigRow = typeof scoreConfigs.$inferSelect;

export type WriteContext = {
  configsById: Map<string, ScoreConfigRow>;
  configsByName: Map<string, ScoreConfigRow>;
  memberIds: Set<string>;
  queueIds: Set<string>;
};

export type WriteReferences = {
  configIds: Set<string>;
  configNames: Set<string>;
  userIds: Set<string>;
  queueIds: Set<string>;
};

export const emptyReferences = (): WriteReferences => ({
  configIds: new Set(),
  configNames: new Set(),
  userIds: new Set(),
  queueIds: new Set(),
});

async function selectConfigs(db: Database, projectId: string, references: WriteReferences) {
  const ids = [...references.configIds];
  const names = [...references.configNames];
  if (ids.length === 0 && names.length === 0) return [];
  const byIdOrName = [
    ...(ids.length ? [inArray(scoreConfigs.id, ids)] : []),
    ...(names.length ? [inArray(scoreConfigs.name, names)] : []),
  ];
  return db
    .select()
    .from(scoreConfigs)
    .where(and(eq(scoreConfigs.projectId, projectId), or(...byIdOrName)));
}

async function selectMemberIds(db: Database, projectId: string, userIds: string[]) {
  if (userIds.length === 0) return [];
  return db
    .select({ id: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.projectId, projectId), inArray(memberships.userId, userIds)));
}

async function selectQueueIds(db: Database, projectId: string, queueIds: string[]) {
  if (queueIds.length === 0) return [];
  return db
    .select({ id: annotationQueues.id })
    .from(annotationQueues)
    .where(and(eq(annotationQueues.projectId, projectId), inArray(annotationQueues.id, queueIds)));
}

export async function loadWriteContext(
  db: Database,
  projectId: string,
  references: WriteReferences,
): Promise<WriteContext> {
  const [configs, members, queues] = await Promise.all([
    selectConfigs(db, projectId, references),
    selectMemberIds(db, projectId, [...references.userIds]),
    selectQueueIds(db, projectId, [...references.queueIds]),
  ]);
  return {
    configsById: new Map(configs.map((config) => [config.id, config])),
    configsByName: new Map(configs.map((config) => [config.name, config])),
    memberIds: new Set(members.map((member) => member.id)),
    queueIds: new Set(queues.map((queue) => queue.id)),
  };
}
