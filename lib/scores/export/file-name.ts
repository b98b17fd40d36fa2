import type { ExportRequest } from "./export-params";

/**
 * `scores-<project>-<gist>-<date>.<ext>`: the project, what the filters chose (the values of the
 * first few filters, or `all`), and the UTC date of the export. Only [A-Za-z0-9._-] survive, so
 * the name is safe in a header and on every file system; the gist is cut at 60 characters.
 */
const MAX_GIST = 60;

const safe = (text: string) =>
  text
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "");

function gistOf(filters: ExportRequest["query"]["filters"]): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || key === "where") continue;
    if (key === "id") parts.push(`${(value as string[]).length}-selected`);
    else if (Array.isArray(value)) parts.push(value.join("-"));
    else if (value instanceof Date) parts.push(`${key}-${value.toISOString().slice(0, 10)}`);
    else parts.push(`${key}-${String(value)}`);
  }
  const gist = safe(parts.join("_")).slice(0, MAX_GIST).replace(/[-_]$/, "");
  return gist || "all";
}

export function exportFileName(request: ExportRequest, now: Date = new Date()): string {
  const project = safe(request.query.projectId) || "project";
  return `scores-${project}-${gistOf(request.query.filters)}-${now.toISOString().slice(0, 10)}.${request.format}`;
}

export const contentDisposition = (fileName: string) => `attachment; filename="${fileName}"`;
