import { route } from "@/lib/api/route";
import { listRevisions, lookupRevisionActors, serializeRevision } from "@/lib/scores/revisions";
import { getScoreOrThrow } from "@/lib/scores/score-lookup";
import { scoreIdParamsSchema } from "@/lib/scores/score-input";
import { unsupportedMethod } from "@/lib/dialects/faces";

export const runtime = "nodejs";

/**
 * Edit history, oldest first, each change with its actor's name; a deleted score keeps its
 * history, an id never seen is 404.
 */
export const GET = route(
  { auth: { permission: "scores:read" }, params: scoreIdParamsSchema },
  async ({ db, projectId, params }) => {
    const revisions = await listRevisions(db, projectId, params.id);
    if (revisions.length === 0) await getScoreOrThrow(db, projectId, params.id);
    const actors = await lookupRevisionActors(db, projectId, revisions);
    return { data: revisions.map((revision) => serializeRevision(revision, actors)) };
  },
);

export const POST = unsupportedMethod;
export const PUT = unsupportedMethod;
export const PATCH = unsupportedMethod;
export const DELETE = unsupportedMethod;
