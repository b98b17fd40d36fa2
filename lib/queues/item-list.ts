import { and, asc, count, eq, isNull, sql, type SQL } from "drizzle-orm";
import type { Database } from "@/db/client";
import { queueItemPeople, queueItems } from "@/db/schema";
import { lookupNames } from "@/lib/scores/names";
import type { QueueItemStatus } from "./items";
import { getQueue } from "./queues";
import { completersOf } from "./work-item";

export type ItemListFilters = {
  status?: QueueItemStatus;
  /** A user id, or "none" for unassigned items. */
  assignee?: string;
  /** Items this user submitted. */
  completedBy?: string;
  page: number;
  limit: number;
};

/** A queue's items for its lead: status, assignee, who holds it, who completed it and when. */
export async function listItemsForLead(
  db: Database,
  projectId: string,
  queueId: string,
  filters: ItemListFilters,
) {
  await getQueue(db, projectId, queueId);
  const where: SQL | undefined = and(
    eq(queueItems.queueId, queueId),
    filters.status ? eq(queueItems.status, filters.status) : undefined,
    filters.assignee === "none"
      ? isNull(queueItems.assignedUserId)
      : filters.assignee
        ? eq(queueItems.assignedUserId, filters.assignee)
        : undefined,
    filters.completedBy
      ? sql`exists (select 1 from ${queueItemPeople} p where p.queue_item_id = ${queueItems.id}
          and p.user_id = ${filters.completedBy} and p.state = 'completed')`
      : undefined,
  );
  const [rows, [counted]] = await Promise.all([
    db
      .select()
      .from(queueItems)
      .where(where)
      .orderBy(asc(queueItems.createdAt), asc(queueItems.id))
      .limit(filters.limit)
      .offset((filters.page - 1) * filters.limit),
    db.select({ total: count() }).from(queueItems).where(where),
  ]);
  const completers = await completersOf(
    db,
    rows.map((row) => row.id),
  );
  const userIds = new Set<string>();
  rows.forEach((row) => {
    if (row.assignedUserId) userIds.add(row.assignedUserId);
    if (row.leaseUserId) userIds.add(row.leaseUserId);
    (completers.get(row.id) ?? []).forEach((entry) => userIds.add(entry.userId));
  });
  const names = await lookupNames(
    db,
    projectId,
    [...userIds].map((id) => ({ authorUserId: id, queueId: null, configId: null })),
  );
  const person = (id: string | null) => (id ? { id, name: names.users.get(id) ?? null } : null);
  const now = Date.now();
  return {
    data: rows.map((row) => ({
      id: row.id,
      objectType: row.objectType,
      objectId: row.objectId,
      status: row.status,
      assignee: person(row.assignedUserId),
      heldBy: row.leaseExpiresAt && row.leaseExpiresAt.getTime() > now ? person(row.leaseUserId) : null,
      completedBy: (completers.get(row.id) ?? []).map((entry) => ({
        ...person(entry.userId)!,
        at: entry.at,
      })),
      completedAt: row.completedAt?.toISOString() ?? null,
      createdAt: row.createdAt.toISOString(),
    })),
    meta: { page: filters.page, limit: filters.limit, totalItems: Number(counted?.total ?? 0) },
  };
}
