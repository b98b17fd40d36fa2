import { AppError } from "@/lib/errors";
import { methodNotAllowed } from "@/lib/dialects/langfuse/errors";
import { getScoreLegacy } from "@/lib/dialects/langfuse/legacy-list";
import { corsPreflight, langfuseRoute } from "@/lib/dialects/langfuse/route";
import { deleteScore } from "@/lib/scores/write";

export const runtime = "nodejs";

/** v1 read of one trace-level score; 404 for other scores, as upstream. */
export const GET = langfuseRoute({ permission: "scores:read" }, ({ db, projectId, params }) =>
  getScoreLegacy(db, projectId, params.scoreId, "v1"),
);

/**
 * Deleted at once (recoverable from its revisions); the 202 and its message stay for clients.
 * An unknown id is also 202, as upstream.
 */
export const DELETE = langfuseRoute({ permission: "scores:annotate" }, async ({ db, principal, params }) => {
  try {
    await deleteScore(db, principal, params.scoreId);
  } catch (error) {
    if (!(error instanceof AppError && error.code === "not_found")) throw error;
  }
  return Response.json({ message: "Score deletion queued successfully" }, { status: 202 });
});

export const POST = methodNotAllowed;
export const PUT = methodNotAllowed;
export const PATCH = methodNotAllowed;

export const OPTIONS = corsPreflight;
