import { z } from "zod";
import { AppError, invalidInput } from "@/lib/errors";
import { csvList } from "../filter-values";
import { checkParamRules, scoreListShape, type ScoreListKey } from "../filters";
import type { ScoreQuery } from "../score-query";
import { csvColumns, type CsvColumn } from "./csv";

/**
 * GET /api/v1/scores/export takes the list's own filters and sort (the one schema in
 * filters.ts, its cross-parameter rules included) minus paging and totals, which mean nothing
 * for a file of every matching row; plus `format` and, for CSV, `columns`. Selection exports
 * go through the list's `id=` filter.
 */
export const exportFormats = ["csv", "jsonl", "json"] as const;
export type ExportFormat = (typeof exportFormats)[number];

const { limit: _limit, cursor: _cursor, page: _page, count: _count, ...filterAndSortShape } = scoreListShape;

export const exportParamsShape = {
  ...filterAndSortShape,
  format: z.enum(exportFormats, { error: () => `Expected one of ${exportFormats.join(", ")}` }).optional(),
  columns: csvList(
    z.enum(csvColumns, { error: () => `Expected CSV columns among ${csvColumns.join(", ")}` }),
  ).optional(),
};

export const exportParamsSchema = z
  .object(exportParamsShape)
  .strict()
  .superRefine((params, context) => {
    checkParamRules(params, (path: ScoreListKey, message) =>
      context.addIssue({ code: "custom", path: [path], message }),
    );
    if (params.columns && (params.format ?? "csv") !== "csv") {
      context.addIssue({ code: "custom", path: ["columns"], message: "columns applies to format=csv only" });
    }
  });

export type ExportParams = z.output<typeof exportParamsSchema>;

export const exportParamDescriptions = {
  format: "csv (default, RFC 4180), jsonl (one Score JSON per line) or json (an array of Score JSON)",
  columns: `CSV only: the columns to write, in this order; any of ${csvColumns.join(", ")}`,
};

export function parseExportParams(raw: unknown): ExportParams {
  if (typeof raw !== "object" || raw === null) throw new AppError("bad_request", "Invalid query");
  const result = exportParamsSchema.safeParse(raw);
  if (!result.success) throw invalidInput("query", result.error);
  return result.data;
}

export type ExportRequest = {
  query: Pick<ScoreQuery, "projectId" | "filters" | "sort" | "order">;
  format: ExportFormat;
  columns: readonly CsvColumn[];
};

export function exportRequestOf(projectId: string, params: ExportParams): ExportRequest {
  const { format, columns, sort, order, ...filters } = params;
  return {
    query: { projectId, filters, sort: sort ?? "timestamp", order: order ?? "desc" },
    format: format ?? "csv",
    columns: columns ?? csvColumns,
  };
}
