import { route } from "@/lib/api/route";
import { createLabel } from "@/lib/labels/write-labels";
import { createLabelBodySchema, labelListQuerySchema } from "@/lib/queues/api-schemas";
import { labelJson, labelScoreCounts } from "@/lib/queues/queue-detail";
import { listConfigs } from "@/lib/scores/options";
import { unsupportedMethod } from "@/lib/dialects/faces";

export const runtime = "nodejs";

export const GET = route(
  { auth: { permission: "scores:read" }, query: labelListQuerySchema },
  async ({ db, projectId, query }) => {
    const rows = await listConfigs(db, projectId);
    if (query.counts !== "true") return { data: rows };
    const counts = await labelScoreCounts(db, projectId);
    return { data: rows.map((row) => ({ ...row, scoreCount: counts.get(row.id) ?? 0 })) };
  },
);

export const POST = route(
  { auth: { permission: "labels:manage" }, body: createLabelBodySchema },
  async ({ db, projectId, body }) =>
    Response.json(labelJson(await createLabel(db, projectId, body)), { status: 201 }),
);

export const PUT = unsupportedMethod;
export const PATCH = unsupportedMethod;
export const DELETE = unsupportedMethod;
