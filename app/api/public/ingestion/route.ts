import { methodNotAllowed } from "@/lib/dialects/langfuse/errors";
import { ingestBatch, parseIngestionBody } from "@/lib/dialects/langfuse/ingestion";
import { withIngestionErrors } from "@/lib/dialects/langfuse/ingestion-errors";
import { corsPreflight, langfuseRoute } from "@/lib/dialects/langfuse/route";

export const runtime = "nodejs";

/** A batch of events, each answered on its own: 207 `{successes, errors}`; errors in ingestion's shape. */
export const POST = withIngestionErrors(
  langfuseRoute(
    { permission: "scores:annotate", publicKeyAllowed: true, batchBody: true, body: parseIngestionBody },
    async ({ db, principal, body }) => Response.json(await ingestBatch(db, principal, body), { status: 207 }),
  ),
);

export const GET = methodNotAllowed;
export const PUT = methodNotAllowed;
export const PATCH = methodNotAllowed;
export const DELETE = methodNotAllowed;

export const OPTIONS = corsPreflight;
