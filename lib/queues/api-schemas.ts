import { z } from "zod";
import { configWidgets, queueItemStatuses, queueObjectTypes } from "@/db/schema/enums";
import { jsonValueSchema, safeText } from "@/lib/scores/json-value";
import { MAX_COMMENT_LENGTH } from "@/lib/scores/score-input";
import { MAX_ITEMS_PER_ADD } from "./items";
import { MAX_ANNOTATIONS_PER_ITEM } from "./queues";

/**
 * Bodies, queries and params of the native label and queue endpoints (/api/v1/configs,
 * /api/v1/queues/…). Objects are strict: a typo is a 400 naming the field, never a no-op.
 */
const idText = safeText(1, 255);
const description = safeText(0, 10_000).nullish();

const category = z.strictObject({ label: safeText(1, 255), value: z.number() });

export const createLabelBodySchema = z
  .strictObject({
    name: safeText(1, 255),
    dataType: z.enum(["NUMERIC", "BOOLEAN", "CATEGORICAL", "TEXT"]),
    widget: z.enum(configWidgets).optional(),
    minValue: z.number().nullish(),
    maxValue: z.number().nullish(),
    step: z.number().positive().nullish(),
    categories: z.array(category).min(1).max(100).nullish(),
    description,
  })
  .meta({ id: "LabelCreate" });

export const patchLabelBodySchema = z
  .strictObject({
    name: safeText(1, 255).optional(),
    description,
    isArchived: z.boolean().optional(),
    minValue: z.number().nullish(),
    maxValue: z.number().nullish(),
    step: z.number().positive().nullish(),
    categories: z.array(category).min(1).max(100).optional(),
    dataType: z
      .never({ error: "A label's type never changes (its scores depend on it); create a new label" })
      .optional(),
  })
  .meta({ id: "LabelPatch" });

export const labelListQuerySchema = z.object({
  counts: z.enum(["true", "false"]).optional(),
});

const queueFields = {
  name: safeText(1, 255),
  description,
  configIds: z.array(idText).max(50),
  annotationsPerItem: z.int().min(1).max(MAX_ANNOTATIONS_PER_ITEM).optional(),
  showOtherScores: z.boolean().optional(),
  /** Who works the queue; none means every annotator of the project. */
  annotatorIds: z.array(idText).max(500).optional(),
};

export const createQueueBodySchema = z.strictObject(queueFields).meta({ id: "QueueCreate" });
export const patchQueueBodySchema = z
  .strictObject({
    ...queueFields,
    name: queueFields.name.optional(),
    configIds: queueFields.configIds.optional(),
  })
  .meta({ id: "QueuePatch" });

export const queueParamsSchema = z.object({ id: idText });
export const itemParamsSchema = z.object({ id: idText, itemId: idText });

export const itemListQuerySchema = z.strictObject({
  status: z.enum(queueItemStatuses).optional(),
  assignee: idText.optional(),
  completedBy: idText.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

export const addItemsBodySchema = z
  .strictObject({
    items: z
      .array(
        z.strictObject({
          objectType: z.enum(queueObjectTypes),
          objectId: idText,
          assignedUserId: idText.nullish(),
        }),
      )
      .min(1)
      .max(MAX_ITEMS_PER_ADD, { error: `At most ${MAX_ITEMS_PER_ADD} items per request` }),
  })
  .meta({ id: "QueueItemsAdd" });

export const claimBodySchema = z
  .strictObject({ exclude: z.array(idText).max(20).optional() })
  .meta({ id: "QueueClaim" });

export const submitBodySchema = z
  .strictObject({
    scores: z
      .array(
        z.strictObject({
          configId: idText,
          value: jsonValueSchema,
          comment: safeText(0, MAX_COMMENT_LENGTH).nullish(),
        }),
      )
      .min(1, { error: "Answer at least one label" })
      .max(50),
    comment: safeText(0, MAX_COMMENT_LENGTH).nullish(),
  })
  .meta({ id: "QueueSubmit" });
