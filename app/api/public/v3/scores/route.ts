import { methodNotAllowed } from "@/lib/dialects/langfuse/errors";
import { corsPreflight, langfuseRoute } from "@/lib/dialects/langfuse/route";
import { listScoresV3 } from "@/lib/dialects/langfuse/v3-list";
import { parseV3Query } from "@/lib/dialects/langfuse/v3-query";

export const runtime = "nodejs";

/** Langfuse v3 score list: CSV filters, field groups, typed value, base64url cursor. */
export const GET = langfuseRoute(
  { permission: "scores:read", query: parseV3Query },
  ({ db, projectId, query }) => listScoresV3(db, projectId, query),
);

export const POST = methodNotAllowed;
export const PUT = methodNotAllowed;
export const PATCH = methodNotAllowed;
export const DELETE = methodNotAllowed;

export const OPTIONS = corsPreflight;
