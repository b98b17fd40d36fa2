import { route } from "@/lib/api/route";
import { futureAgiErrors } from "@/lib/dialects/futureagi/errors";
import { parseBulkBody } from "@/lib/dialects/futureagi/requests";
import { bulkCreateFromBody } from "@/lib/dialects/futureagi/score-writes";
import { unsupportedMethod } from "@/lib/dialects/faces";

export const runtime = "nodejs";

/** Several labels on one source; scores that fail are listed in `result.errors`. */
export const POST = route(
  { auth: { permission: "scores:annotate" }, body: parseBulkBody, errors: futureAgiErrors },
  async ({ db, principal, body }) => bulkCreateFromBody(db, principal, body),
);

export const GET = unsupportedMethod;
export const PUT = unsupportedMethod;
export const PATCH = unsupportedMethod;
export const DELETE = unsupportedMethod;
