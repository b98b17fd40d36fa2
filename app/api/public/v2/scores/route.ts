import { methodNotAllowed } from "@/lib/dialects/langfuse/errors";
import { listScoresLegacy } from "@/lib/dialects/langfuse/legacy-list";
import { parseLegacyQuery } from "@/lib/dialects/langfuse/legacy-query";
import { corsPreflight, langfuseRoute } from "@/lib/dialects/langfuse/route";

export const runtime = "nodejs";

/** v2 list (deprecated upstream): page/limit with totals, `value` + `stringValue`. */
export const GET = langfuseRoute(
  { permission: "scores:read", query: parseLegacyQuery },
  ({ db, projectId, query }) => listScoresLegacy(db, projectId, query, "v2"),
);

export const POST = methodNotAllowed;
export const PUT = methodNotAllowed;
export const PATCH = methodNotAllowed;
export const DELETE = methodNotAllowed;

export const OPTIONS = corsPreflight;
