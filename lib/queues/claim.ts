import { and, eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { queueItemPeople, queueItems } from "@/db/schema";
import type { QueueItemRow } from "./items";

/** How long an opened item stays held for its person; an expired lease is free for anyone. */
export const LEASE_SECONDS = 600;

export type ClaimOptions = {
  /** Items the caller already holds and does not want again (the item on screen when prefetching). */
  exclude?: string[];
  leaseSeconds?: number;
};

/**
 * Claims the next item of a queue for `userId` in ONE statement, so two callers can never get
 * the same item: the sub-select locks its candidate row `FOR UPDATE SKIP LOCKED` (a row another
 * caller is claiming is passed over, and a row whose lease was taken meanwhile is re-checked
 * against the new version and dropped), then the update writes the lease.
 *
 * Candidates: pending, not completed by this person, not held by someone else (or held with an
 * expired lease). Order: an item this person already holds (a reload finds the same item), items
 * assigned to them, unassigned items, items assigned to others; within each, items the person
 * skipped come last, then oldest first.
 */
export async function claimNextItem(
  db: Database,
  queueId: string,
  userId: string,
  options: ClaimOptions = {},
): Promise<QueueItemRow | null> {
  const exclude = options.exclude?.filter(Boolean) ?? [];
  const leaseSeconds = options.leaseSeconds ?? LEASE_SECONDS;
  const notExcluded =
    exclude.length > 0
      ? sql`and c.id not in (${sql.join(
          exclude.map((id) => sql`${id}`),
          sql`, `,
        )})`
      : sql``;
  const candidate = sql`(
    select c.id from ${queueItems} c
    where c.queue_id = ${queueId}
      and c.status = 'pending'
      ${notExcluded}
      and (c.lease_user_id is null or c.lease_user_id = ${userId} or c.lease_expires_at <= now())
      and not exists (
        select 1 from ${queueItemPeople} p
        where p.queue_item_id = c.id and p.user_id = ${userId} and p.state = 'completed'
      )
    order by
      (c.lease_user_id is not distinct from ${userId} and c.lease_expires_at > now()) desc,
      (c.assigned_user_id is not distinct from ${userId}) desc,
      (c.assigned_user_id is null) desc,
      exists (
        select 1 from ${queueItemPeople} s
        where s.queue_item_id = c.id and s.user_id = ${userId} and s.state = 'skipped'
      ) asc,
      c.created_at asc,
      c.id asc
    limit 1
    for update of c skip locked
  )`;
  const [row] = await db
    .update(queueItems)
    .set({
      leaseUserId: userId,
      leaseExpiresAt: sql`now() + make_interval(secs => ${leaseSeconds})`,
    })
    .where(sql`${queueItems.id} = ${candidate}`)
    .returning();
  return row ?? null;
}

/** Gives up the caller's lease on an item (leaving the page, skipping); others' leases are untouched. */
export async function releaseItem(db: Database, queueId: string, itemId: string, userId: string) {
  await db
    .update(queueItems)
    .set({ leaseUserId: null, leaseExpiresAt: null })
    .where(
      and(eq(queueItems.queueId, queueId), eq(queueItems.id, itemId), eq(queueItems.leaseUserId, userId)),
    );
}

/** Whether someone other than `userId` holds a live lease on the item. */
export const heldByOther = (item: QueueItemRow, userId: string, now = new Date()): boolean =>
  item.leaseUserId !== null &&
  item.leaseUserId !== userId &&
  item.leaseExpiresAt !== null &&
  item.leaseExpiresAt.getTime() > now.getTime();
