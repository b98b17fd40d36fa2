import { z } from "zod";
import type { RawQuery } from "./route";
import { inputErrorFromZod } from "./errors";

/**
 * Page/limit lists (score configs, annotation queues and their items, v1/v2 scores): `page`
 * from 1, `limit` 1–100 (default 50), and `meta {page, limit, totalItems, totalPages}`.
 */
export const MAX_PAGE_LIMIT = 100;

const emptyAsAbsent = (value: unknown) => (value === "" ? undefined : value);

export const pageShape = {
  page: z.preprocess(emptyAsAbsent, z.coerce.number().int().positive().default(1)),
  limit: z.preprocess(emptyAsAbsent, z.coerce.number().int().positive().max(MAX_PAGE_LIMIT).default(50)),
};

export const pageQuerySchema = z.object(pageShape);
export type PageQuery = z.output<typeof pageQuerySchema>;

/** A parser for langfuseRoute's `query` from any zod schema; unknown keys follow the schema. */
export const queryParser =
  <T>(schema: z.ZodType<T>) =>
  (raw: RawQuery): T => {
    const result = schema.safeParse(raw);
    if (!result.success) throw inputErrorFromZod(result.error);
    return result.data;
  };

export const bodyParser =
  <T>(schema: z.ZodType<T>) =>
  (raw: unknown): T => {
    const result = schema.safeParse(raw);
    if (!result.success) throw inputErrorFromZod(result.error);
    return result.data;
  };

export const pageMeta = (query: PageQuery, totalItems: number) => ({
  page: query.page,
  limit: query.limit,
  totalItems,
  totalPages: Math.ceil(totalItems / query.limit),
});
