import { formatQueue, parseCreateQueueBody } from "@/lib/dialects/langfuse/annotation-queues";
import { methodNotAllowed } from "@/lib/dialects/langfuse/errors";
import { pageMeta, pageQuerySchema, queryParser } from "@/lib/dialects/langfuse/pagination";
import { corsPreflight, langfuseRoute } from "@/lib/dialects/langfuse/route";
import { createQueue, listQueuePage } from "@/lib/queues/queues";

export const runtime = "nodejs";

export const GET = langfuseRoute(
  { permission: "scores:read", query: queryParser(pageQuerySchema) },
  async ({ db, projectId, query }) => {
    const { rows, total } = await listQueuePage(db, projectId, query);
    return { data: rows.map(formatQueue), meta: pageMeta(query, total) };
  },
);

export const POST = langfuseRoute(
  { permission: "labels:manage", body: parseCreateQueueBody },
  async ({ db, projectId, body }) =>
    formatQueue(
      await createQueue(db, projectId, {
        name: body.name,
        description: body.description,
        configIds: body.scoreConfigIds,
      }),
    ),
);

export const PUT = methodNotAllowed;
export const PATCH = methodNotAllowed;
export const DELETE = methodNotAllowed;

export const OPTIONS = corsPreflight;
