import { z } from "zod";
import { safeText } from "@/lib/scores/json-value";
import type { LabelRow } from "@/lib/labels/labels";
import type { LabelPatch } from "@/lib/labels/write-labels";
import { BOOLEAN_CATEGORIES, type LabelSettings } from "@/lib/labels/label-rules";
import { bodyParser } from "./pagination";

/**
 * Score configs in Langfuse's words. The name rule (1–35 letters, digits, `_ .()-`) is
 * Langfuse's; the rules every label obeys (range, categories, BOOLEAN categories generated) are
 * the labels domain's, which answers in the same 400 shape through the error formatter.
 */
export const CONFIG_NAME_PATTERN = /^[\p{L}\p{N}_ .()-]+$/u;
export const MAX_CONFIG_NAME = 35;

const configName = z.string().min(1).max(MAX_CONFIG_NAME).regex(CONFIG_NAME_PATTERN, {
  error: "Name can only contain letters, numbers, underscores, spaces, periods, parentheses and hyphens",
});

const category = z.object({ label: safeText(0, 255), value: z.number() });

const createSchema = z.object({
  name: configName,
  dataType: z.enum(["NUMERIC", "CATEGORICAL", "BOOLEAN", "TEXT"]),
  categories: z.array(category).max(100).nullish(),
  minValue: z.number().nullish(),
  maxValue: z.number().nullish(),
  description: safeText(0, 10_000).nullish(),
});

const updateSchema = z
  .object({
    isArchived: z.boolean().optional(),
    name: configName.optional(),
    categories: z.array(category).max(100).optional(),
    minValue: z.number().optional(),
    maxValue: z.number().optional(),
    description: safeText(0, 10_000).optional(),
  })
  .refine((patch) => Object.values(patch).some((value) => value !== undefined), {
    error: "At least one of isArchived, name, categories, minValue, maxValue, description is required",
  });

export const parseCreateConfigBody = (raw: unknown): LabelSettings => {
  const body = bodyParser(createSchema)(raw);
  return { ...body, categories: body.categories ?? undefined };
};

export const parseUpdateConfigBody = (raw: unknown): LabelPatch => bodyParser(updateSchema)(raw);

export function formatScoreConfig(row: LabelRow) {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    projectId: row.projectId,
    dataType: row.dataType,
    isArchived: row.isArchived,
    minValue: row.minValue,
    maxValue: row.maxValue,
    // Upstream lists True/False for every BOOLEAN config; rows stored without them (older seeds,
    // direct inserts) read the same way.
    categories: row.dataType === "BOOLEAN" ? BOOLEAN_CATEGORIES : row.categories,
    description: row.description,
  };
}
