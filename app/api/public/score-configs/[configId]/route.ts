import { methodNotAllowed } from "@/lib/dialects/langfuse/errors";
import { corsPreflight, langfuseRoute } from "@/lib/dialects/langfuse/route";
import { formatScoreConfig, parseUpdateConfigBody } from "@/lib/dialects/langfuse/score-configs";
import { configNotFound, configUpdate, reworded } from "@/lib/dialects/langfuse/upstream-messages";
import { getLabel } from "@/lib/labels/labels";
import { updateLabel } from "@/lib/labels/write-labels";

export const runtime = "nodejs";

export const GET = langfuseRoute({ permission: "scores:read" }, async ({ db, projectId, params }) =>
  formatScoreConfig(await reworded(getLabel(db, projectId, params.configId), configNotFound)),
);

export const PATCH = langfuseRoute(
  { permission: "labels:manage", body: parseUpdateConfigBody },
  async ({ db, projectId, params, body }) =>
    formatScoreConfig(await reworded(updateLabel(db, projectId, params.configId, body), configUpdate)),
);

export const POST = methodNotAllowed;
export const PUT = methodNotAllowed;
export const DELETE = methodNotAllowed;

export const OPTIONS = corsPreflight;
