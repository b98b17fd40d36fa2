import { methodNotAllowed } from "@/lib/dialects/langfuse/errors";
import { pageMeta, pageQuerySchema, queryParser } from "@/lib/dialects/langfuse/pagination";
import { corsPreflight, langfuseRoute } from "@/lib/dialects/langfuse/route";
import { formatScoreConfig, parseCreateConfigBody } from "@/lib/dialects/langfuse/score-configs";
import { listLabels } from "@/lib/labels/labels";
import { createLabel } from "@/lib/labels/write-labels";

export const runtime = "nodejs";

/** Newest first, as upstream. */
export const GET = langfuseRoute(
  { permission: "scores:read", query: queryParser(pageQuerySchema) },
  async ({ db, projectId, query }) => {
    const { rows, total } = await listLabels(db, projectId, { ...query, newestFirst: true });
    return { data: rows.map(formatScoreConfig), meta: pageMeta(query, total) };
  },
);

export const POST = langfuseRoute(
  { permission: "labels:manage", body: parseCreateConfigBody },
  async ({ db, projectId, body }) => formatScoreConfig(await createLabel(db, projectId, body)),
);

export const PUT = methodNotAllowed;
export const PATCH = methodNotAllowed;
export const DELETE = methodNotAllowed;

export const OPTIONS = corsPreflight;
