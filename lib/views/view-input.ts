import { z } from "zod";
import { viewVisibilities } from "@/db/schema/saved-views";
import { scoreListSchema } from "@/lib/scores/filters";

/**
 * Bodies and JSON of /api/v1/views. A view's `query` is the explorer's query string: the list's
 * parameters (checked by the one list schema, so a saved view always opens) and `cols`, the
 * visible columns. The open score, cursors and page numbers are not part of a view.
 */
export const COLUMNS_KEY = "cols";
const positional = new Set(["cursor", "page", "score"]);
const MAX_QUERY = 4_000;

export const viewQuerySchema = z
  .string()
  .max(MAX_QUERY)
  .transform((raw, context) => {
    const search = new URLSearchParams(raw.replace(/^\?/, ""));
    const listParams: Record<string, string> = {};
    const kept = new URLSearchParams();
    for (const [key, value] of search) {
      if (positional.has(key)) continue;
      if (key === COLUMNS_KEY) {
        if (!/^[A-Za-z]+(,[A-Za-z]+)*$/.test(value)) {
          context.addIssue({ code: "custom", message: "cols must be column ids separated by commas" });
          return z.NEVER;
        }
      } else listParams[key] = key in listParams ? `${listParams[key]},${value}` : value;
      kept.append(key, value);
    }
    const parsed = scoreListSchema.safeParse(listParams);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        context.addIssue({
          code: "custom",
          message: `${issue.path.join(".") || "(root)"}: ${issue.message}`,
        });
      }
      return z.NEVER;
    }
    return kept.toString().replace(/%2C/gi, ",").replace(/%3A/gi, ":");
  });

const viewName = z.string().trim().min(1, "Give the view a name").max(100);

export const createViewBodySchema = z
  .object({
    name: viewName,
    query: viewQuerySchema.describe("The explorer's query string: list parameters and cols"),
    visibility: z.enum(viewVisibilities).default("personal"),
  })
  .strict();

export const updateViewBodySchema = z
  .object({ name: viewName.optional(), query: viewQuerySchema.optional() })
  .strict()
  .refine((body) => body.name !== undefined || body.query !== undefined, {
    message: "Give a name or a query to change",
  });

export const viewParamsSchema = z.object({ id: z.string().min(1).max(255) });

export const viewJsonSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    query: z.string(),
    visibility: z.enum(viewVisibilities),
    author: z.object({ id: z.string(), name: z.string() }),
    canEdit: z.boolean().describe("The caller may rename, update or delete it (the author, admins)"),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "SavedView" });

export type CreateViewBody = z.output<typeof createViewBodySchema>;
export type UpdateViewBody = z.output<typeof updateViewBodySchema>;
export type ViewJson = z.output<typeof viewJsonSchema>;
