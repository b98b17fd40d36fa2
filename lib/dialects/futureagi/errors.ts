import type { ErrorFormatter } from "@/lib/api/errors";
import { AppError, type ErrorCode, type ErrorIssue } from "@/lib/errors";

/**
 * FutureAGI's error envelope: `status: false`, a `type` per HTTP status, a `code`, the message
 * repeated under `detail`, `message`, `error` and `result` (clients read any of them), the first
 * offending field as `attr`, and every field's messages under `details`. Authentication failures
 * are worded as the vendor words them, by whether the request carried credentials at all.
 */
const typeAndCode: Record<ErrorCode, [type: string, code: string]> = {
  bad_request: ["validation_error", "invalid"],
  unauthorized: ["authentication_error", "authentication_failed"],
  forbidden: ["permission_error", "permission_denied"],
  password_change_required: ["permission_error", "password_change_required"],
  not_found: ["not_found", "not_found"],
  conflict: ["conflict", "conflict"],
  precondition_failed: ["precondition_failed", "precondition_failed"],
  payload_too_large: ["validation_error", "payload_too_large"],
  rate_limited: ["rate_limit", "throttled"],
  internal: ["server_error", "error"],
  unavailable: ["service_unavailable", "service_unavailable"],
};

const carriesCredentials = (request: Request) =>
  ["x-api-key", "x-secret-key", "authorization"].some((name) => request.headers.has(name));

/** `{field: [messages]}`, in the order the issues came. */
export function detailsOf(issues: ErrorIssue[] | undefined): Record<string, string[]> {
  // A Map: a field may be called `constructor` or `__proto__`.
  const details = new Map<string, string[]>();
  for (const issue of issues ?? [])
    details.set(issue.path, [...(details.get(issue.path) ?? []), issue.message]);
  return Object.fromEntries(details);
}

function describe(error: AppError, request: Request): { code: string; message: string } {
  if (error.code === "unauthorized" && !carriesCredentials(request)) {
    return { code: "not_authenticated", message: "Authentication credentials were not provided." };
  }
  if (error.code === "unauthorized")
    return { code: "authentication_failed", message: "Invalid API key or secret key" };
  const [, code] = typeAndCode[error.code];
  const required = error.issues?.length && error.issues.every((issue) => issue.message === REQUIRED);
  return { code: required ? "required" : code, message: error.message };
}

export const REQUIRED = "This field is required.";
export const UNKNOWN_FIELD = "Unknown field.";

export const futureAgiErrors: ErrorFormatter = (error, requestId, request) => {
  const { code, message } = describe(error, request);
  const headers: Record<string, string> = { "x-request-id": requestId, ...error.headers };
  if (error.status === 401) headers["www-authenticate"] = "ApiKey";
  return Response.json(
    {
      status: false,
      type: typeAndCode[error.code][0],
      code,
      detail: message,
      message,
      error: message,
      result: message,
      attr: error.issues?.[0]?.path ?? null,
      details: detailsOf(error.issues),
    },
    { status: error.status, headers },
  );
};

/** A 400 whose message names each field, as `field: reason; other: reason`. */
export function fieldError(issues: ErrorIssue[]): AppError {
  const summary = issues.map((issue) => `${issue.path}: ${issue.message}`).join("; ");
  return new AppError("bad_request", summary, issues);
}

/** Engine field names in FutureAGI's vocabulary, so an error names what the client sent. */
const vendorFieldOf: Record<string, string> = {
  configId: "label_id",
  name: "label_id",
  dataType: "label_id",
  source: "score_source",
  comment: "notes",
  authorUserId: "annotator",
  queueItemId: "queue_item_id",
  traceId: "source_id",
  observationId: "source_id",
  sessionId: "source_id",
  experimentId: "source_id",
};

export function renameIssueFields(issues: ErrorIssue[], prefix = ""): ErrorIssue[] {
  return issues.map((issue) => {
    const parts = issue.path.split(".");
    const field = parts.at(-1) ?? issue.path;
    return { path: `${prefix}${vendorFieldOf[field] ?? field}`, message: issue.message };
  });
}

/** Runs an engine call and re-labels the fields its errors name. */
export async function inVendorTerms<T>(run: () => Promise<T>, prefix = ""): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AppError && error.issues) {
      const issues = renameIssueFields(error.issues, prefix);
      if (error.code === "bad_request") throw fieldError(issues);
      throw new AppError(error.code, error.message, issues, error.headers);
    }
    throw error;
  }
}
