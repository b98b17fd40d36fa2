import { z } from "zod";
import { safeText } from "@/lib/scores/json-value";
import type { QueueItemRow, QueueItemStatus, QueueObjectType } from "@/lib/queues/items";
import type { QueueRow } from "@/lib/queues/queues";
import { bodyParser, pageShape, queryParser } from "./pagination";

/**
 * Annotation queues, items and their vocabulary in Langfuse's shapes: object types and statuses
 * are upper-case there and lower-case in Scorelens.
 */
const objectTypes = { TRACE: "trace", OBSERVATION: "observation", SESSION: "session" } as const;
const statuses = { PENDING: "pending", COMPLETED: "completed" } as const;

const objectTypeSchema = z.enum(["TRACE", "OBSERVATION", "SESSION"]).transform((type) => objectTypes[type]);
const statusSchema = z.enum(["PENDING", "COMPLETED"]).transform((status) => statuses[status]);

const idText = safeText(1, 255);

// Every schema is strict, as upstream's (web/src/features/public-api/types/annotation-queues.ts):
// an unknown key is a 400, not silently dropped.
export const parseCreateQueueBody = bodyParser(
  z
    .object({
      name: safeText(1, 255),
      description: safeText(0, 10_000).nullish(),
      scoreConfigIds: z.array(idText).min(1).max(100),
    })
    .strict(),
);

export const parseCreateItemBody = bodyParser(
  z.object({ objectId: idText, objectType: objectTypeSchema, status: statusSchema.optional() }).strict(),
);

export const parseUpdateItemBody = bodyParser(z.object({ status: statusSchema.optional() }).strict());

export const parseAssignmentBody = bodyParser(z.object({ userId: idText }).strict());

export const parseQueueListQuery = queryParser(z.object(pageShape).strict());

export const parseItemListQuery = queryParser(
  z.object({ ...pageShape, status: statusSchema.optional() }).strict(),
);

const upper = <T extends string>(value: T) => value.toUpperCase() as Uppercase<T>;

export function formatQueue(row: QueueRow) {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    scoreConfigIds: row.configIds,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function formatQueueItem(row: QueueItemRow) {
  return {
    id: row.id,
    queueId: row.queueId,
    objectId: row.objectId,
    objectType: upper<QueueObjectType>(row.objectType),
    status: upper<QueueItemStatus>(row.status),
    completedAt: row.completedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
