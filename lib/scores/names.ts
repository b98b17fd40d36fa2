import { and, eq, inArray } from "drizzle-orm";
import type { Database } from "@/db/client";
import { annotationQueues, scoreConfigs, users } from "@/db/schema";
import type { NameLookup } from "./serialize";

const distinct = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => v !== null))];

/**
 * Display names for the authors, queues and configs a page of scores refers to: three small
 * lookups by primary key instead of three joins on every list query.
 */
export async function lookupNames(
  db: Database,
  projectId: string,
  rows: { authorUserId: string | null; queueId: string | null; configId: string | null }[],
): Promise<NameLookup> {
  const userIds = distinct(rows.map((r) => r.authorUserId));
  const queueIds = distinct(rows.map((r) => r.queueId));
  const configIds = distinct(rows.map((r) => r.configId));
  const [userRows, queueRows, configRows] = await Promise.all([
    userIds.length
      ? db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, userIds))
      : [],
    queueIds.length
      ? db
          .select({ id: annotationQueues.id, name: annotationQueues.name })
          .from(annotationQueues)
          .where(and(eq(annotationQueues.projectId, projectId), inArray(annotationQueues.id, queueIds)))
      : [],
    configIds.length
      ? db
          .select({ id: scoreConfigs.id, name: scoreConfigs.name })
          .from(scoreConfigs)
          .where(and(eq(scoreConfigs.projectId, projectId), inArray(scoreConfigs.id, configIds)))
      : [],
  ]);
  const toMap = (list: { id: string; name: string }[]) => new Map(list.map((item) => [item.id, item.name]));
  return { users: toMap(userRows), queues: toMap(queueRows), configs: toMap(configRows) };
}
