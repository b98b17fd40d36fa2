import { and, count, eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { queueItemPeople, queueItems, type ScoreRow } from "@/db/schema";
import type { Principal } from "@/lib/auth/principal";
import { AppError, badRequest, conflict, notFound } from "@/lib/errors";
import { keyedId } from "@/lib/ids";
import type { ScoreInput } from "@/lib/scores/score-input";
import { createScores } from "@/lib/scores/write";
import { assertMayWorkQueue, workerOf } from "./access";
import { heldByOther } from "./claim";
import type { QueueItemRow } from "./items";

/** One answer per label of the queue, and a comment for the whole item. */
export type SubmitInput = {
  scores: { configId: string; value: unknown; comment?: string | null }[];
  comment?: string | null;
};

/** Score ids are keyed by (item, person, label): submitting again edits the same scores. */
const SUBMIT_NAMESPACE = "5a0f4c1e-7d0b-4b7e-9f51-8c3a3f1e6d21";
export const submittedScoreId = (itemId: string, userId: string, configId: string) =>
  keyedId(SUBMIT_NAMESPACE, [itemId, userId, configId]);

const subjectIdsOf = (item: QueueItemRow): Pick<ScoreInput, "traceId" | "observationId" | "sessionId"> =>
  item.objectType === "trace"
    ? { traceId: item.objectId }
    : item.objectType === "observation"
      ? { observationId: item.objectId }
      : { sessionId: item.objectId };

async function lockItem(db: Database, queueId: string, itemId: string): Promise<QueueItemRow> {
  const [item] = await db
    .select()
    .from(queueItems)
    .where(and(eq(queueItems.queueId, queueId), eq(queueItems.id, itemId)))
    .for("update");
  if (!item) throw notFound(`Annotation queue item ${itemId} not found`);
  return item;
}

async function stateOf(db: Database, itemId: string, userId: string) {
  const [row] = await db
    .select({ state: queueItemPeople.state })
    .from(queueItemPeople)
    .where(and(eq(queueItemPeople.queueItemId, itemId), eq(queueItemPeople.userId, userId)));
  return row?.state ?? null;
}

/**
 * Submits the caller's answers for an item: ANNOTATION scores authored by them, bound to the
 * queue, the item and the item's subject; the item is completed for them, and completed for the
 * queue once `annotationsPerItem` different people have submitted. Submitting again (from the
 * history) rewrites the same scores. An item another person holds cannot be submitted (409).
 */
export async function submitItem(
  db: Database,
  principal: Principal,
  queueId: string,
  itemId: string,
  input: SubmitInput,
): Promise<{ item: QueueItemRow; scores: ScoreRow[] }> {
  const worker = workerOf(principal);
  const queue = await assertMayWorkQueue(db, worker, queueId);
  const labels = new Set(queue.configIds);
  const issues = input.scores.flatMap((score, index) =>
    labels.has(score.configId)
      ? []
      : [
          {
            path: `scores.${index}.configId`,
            message: `Label ${score.configId} is not a label of this queue`,
          },
        ],
  );
  const seen = new Set<string>();
  input.scores.forEach((score, index) => {
    if (seen.has(score.configId)) {
      issues.push({ path: `scores.${index}.configId`, message: "Each label may be answered once" });
    }
    seen.add(score.configId);
  });
  if (issues.length > 0) throw badRequest(`Invalid submission: ${issues[0].message}`, issues);

  return db.transaction(async (tx) => {
    const item = await lockItem(tx, queueId, itemId);
    const already = await stateOf(tx, itemId, worker.userId);
    if (already !== "completed") {
      if (heldByOther(item, worker.userId)) {
        throw conflict("Someone else is working on this item now; open the next item instead");
      }
      if (item.status === "completed") {
        throw conflict("This item is already complete; open the next item instead");
      }
    }
    const inputs: ScoreInput[] = input.scores.map((score) => ({
      id: submittedScoreId(itemId, worker.userId, score.configId),
      configId: score.configId,
      value: score.value,
      source: "ANNOTATION",
      authorUserId: worker.userId,
      queueId,
      queueItemId: itemId,
      comment: score.comment ?? input.comment ?? null,
      ...subjectIdsOf(item),
    }));
    const written = await createScores(tx, principal, inputs, {
      issuePrefix: (index) => ["scores", index],
    });
    await tx
      .insert(queueItemPeople)
      .values({ queueItemId: itemId, userId: worker.userId, queueId, state: "completed" })
      .onConflictDoUpdate({
        target: [queueItemPeople.queueItemId, queueItemPeople.userId],
        set: { state: "completed", updatedAt: sql`now()` },
      });
    const [done] = await tx
      .select({ n: count() })
      .from(queueItemPeople)
      .where(and(eq(queueItemPeople.queueItemId, itemId), eq(queueItemPeople.state, "completed")));
    const complete = Number(done?.n ?? 0) >= queue.annotationsPerItem;
    const mine = item.leaseUserId === worker.userId;
    const now = new Date();
    const [updated] = await tx
      .update(queueItems)
      .set({
        status: complete ? "completed" : item.status,
        completedAt: complete ? (item.completedAt ?? now) : item.completedAt,
        updatedAt: now,
        ...(mine ? { leaseUserId: null, leaseExpiresAt: null } : {}),
      })
      .where(eq(queueItems.id, itemId))
      .returning();
    return { item: updated, scores: written.rows };
  });
}

/** Skips an item for the caller: it is released and offered to them again only after the rest. */
export async function skipItem(db: Database, principal: Principal, queueId: string, itemId: string) {
  const worker = workerOf(principal);
  await assertMayWorkQueue(db, worker, queueId);
  return db.transaction(async (tx) => {
    const item = await lockItem(tx, queueId, itemId);
    if ((await stateOf(tx, itemId, worker.userId)) === "completed") {
      throw new AppError("conflict", "You already submitted this item; it cannot be skipped");
    }
    await tx
      .insert(queueItemPeople)
      .values({ queueItemId: itemId, userId: worker.userId, queueId, state: "skipped" })
      .onConflictDoUpdate({
        target: [queueItemPeople.queueItemId, queueItemPeople.userId],
        set: { updatedAt: sql`now()` },
      });
    if (item.leaseUserId === worker.userId) {
      await tx
        .update(queueItems)
        .set({ leaseUserId: null, leaseExpiresAt: null })
        .where(eq(queueItems.id, itemId));
    }
    return { skipped: true };
  });
}
