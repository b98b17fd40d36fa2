import type { LangfuseIssue } from "./errors";

/**
 * POST /api/public/ingestion answers its own errors differently from the other Langfuse routes
 * (upstream `web/src/pages/api/public/ingestion.ts`): a refused request is `{error: "<ErrorName>",
 * message}`, a malformed batch is `{message: "Invalid request data", errors: [strings]}`, and
 * inside a 207 every event's `error` is a string. The shared route wrapper formats errors the
 * common way; this rewrites that answer for the one route, keeping status and headers (CORS,
 * request id, Retry-After).
 */
const errorNames: Record<number, string> = {
  401: "UnauthorizedError",
  403: "ForbiddenError",
  404: "LangfuseNotFoundError",
  405: "MethodNotAllowedError",
  409: "LangfuseConflictError",
  412: "PreconditionFailedError",
  413: "PayloadTooLargeError",
  415: "UnsupportedMediaTypeError",
  429: "TooManyRequestsError",
  500: "InternalServerError",
  503: "ServiceUnavailableError",
};

const describeIssue = (issue: Pick<LangfuseIssue, "path" | "message">): string =>
  issue.path.length > 0 ? `${issue.path.map(String).join(".")}: ${issue.message}` : issue.message;

/** One line per issue, as strings: the per-event and the batch-level wording. */
export const issueStrings = (issues: readonly unknown[]): string[] =>
  issues.map((issue) =>
    typeof issue === "string" ? issue : describeIssue(issue as Pick<LangfuseIssue, "path" | "message">),
  );

type ErrorBody = { message?: unknown; error?: unknown };

function rewrite(status: number, body: ErrorBody): Record<string, unknown> {
  const message = typeof body.message === "string" ? body.message : "Error";
  if (status === 400) {
    const errors = Array.isArray(body.error) ? issueStrings(body.error) : [message];
    return { message: "Invalid request data", errors };
  }
  return { error: errorNames[status] ?? "Error", message };
}

export function withIngestionErrors<A extends unknown[]>(handler: (...args: A) => Promise<Response>) {
  return async (...args: A): Promise<Response> => {
    const response = await handler(...args);
    if (response.status < 400) return response;
    const body = (await response.json().catch(() => ({}))) as ErrorBody;
    const headers = new Headers(response.headers);
    headers.delete("content-length");
    return Response.json(rewrite(response.status, body ?? {}), { status: response.status, headers });
  };
}
