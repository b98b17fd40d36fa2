import { methodNotAllowed } from "@/lib/dialects/langfuse/errors";
import { getScoreLegacy } from "@/lib/dialects/langfuse/legacy-list";
import { corsPreflight, langfuseRoute } from "@/lib/dialects/langfuse/route";

export const runtime = "nodejs";

export const GET = langfuseRoute({ permission: "scores:read" }, ({ db, projectId, params }) =>
  getScoreLegacy(db, projectId, params.scoreId, "v2"),
);

export const POST = methodNotAllowed;
export const PUT = methodNotAllowed;
export const PATCH = methodNotAllowed;
export const DELETE = methodNotAllowed;

export const OPTIONS = corsPreflight;
