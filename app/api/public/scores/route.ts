import { methodNotAllowed } from "@/lib/dialects/langfuse/errors";
import { listScoresLegacy } from "@/lib/dialects/langfuse/legacy-list";
import { parseLegacyQuery } from "@/lib/dialects/langfuse/legacy-query";
import { corsPreflight, langfuseRoute } from "@/lib/dialects/langfuse/route";
import { parsePostScoreBody } from "@/lib/dialects/langfuse/score-body";
import { createOneScore } from "@/lib/dialects/langfuse/write-scores";

export const runtime = "nodejs";

/** v1 list (deprecated upstream): trace-level scores, page/limit with totals. */
export const GET = langfuseRoute(
  { permission: "scores:read", query: parseLegacyQuery },
  ({ db, projectId, query }) => listScoresLegacy(db, projectId, query, "v1"),
);

/** Create, or upsert by `id`; validated against its config before it is written. Bearer public key allowed. */
export const POST = langfuseRoute(
  { permission: "scores:annotate", publicKeyAllowed: true, body: parsePostScoreBody },
  async ({ db, principal, body }) => {
    const row = await createOneScore(db, principal, { body, timestamp: new Date() });
    return { id: row.id };
  },
);

export const PUT = methodNotAllowed;
export const PATCH = methodNotAllowed;
export const DELETE = methodNotAllowed;

export const OPTIONS = corsPreflight;
