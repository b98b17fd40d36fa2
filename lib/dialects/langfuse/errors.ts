import type { z } from "zod";
import type { ErrorFormatter } from "@/lib/api/errors";
import { AppError, type ErrorCode, type ErrorIssue } from "@/lib/errors";
import { unauthorizedMessage } from "./auth-header";

/**
 * Langfuse's error bodies. Validation failures are `{"message":"Invalid request data","error":
 * [zod issues]}` with the issues as zod emits them (code, path, message, …); other errors are
 * `{"message", "error": "<ErrorName>"}`; 401 and 403 carry only `message`. The engine's own
 * 400s (config validation, which Langfuse does asynchronously) are turned into custom issues
 * so a client sees one shape for every 400.
 */
export type LangfuseIssue = { code: string; path: PropertyKey[]; message: string } & Record<string, unknown>;

export const INVALID_REQUEST_DATA = "Invalid request data";

export class LangfuseInputError extends AppError {
  constructor(readonly langfuseIssues: LangfuseIssue[]) {
    super(
      "bad_request",
      INVALID_REQUEST_DATA,
      langfuseIssues.map((issue) => ({
        path: issue.path.map(String).join(".") || "(root)",
        message: issue.message,
      })),
    );
  }
}

export const inputErrorFromZod = (error: z.ZodError): LangfuseInputError =>
  new LangfuseInputError(error.issues.map((issue) => ({ ...issue }) as LangfuseIssue));

/** A single custom issue at `path`. */
export const customInputError = (message: string, path: PropertyKey[] = []): LangfuseInputError =>
  new LangfuseInputError([{ code: "custom", path, message }]);

/** A 400 Langfuse reports by message only (e.g. "Invalid cursor format"). */
export const invalidRequest = (message: string): AppError => new AppError("bad_request", message);

const errorNames: Partial<Record<ErrorCode, string>> = {
  bad_request: "InvalidRequestError",
  not_found: "LangfuseNotFoundError",
  conflict: "LangfuseConflictError",
  precondition_failed: "PreconditionFailedError",
  payload_too_large: "PayloadTooLargeError",
  rate_limited: "TooManyRequestsError",
};

/** `scores.3.value` → `["scores", 3, "value"]`; the engine's `(root)` / `(body)` are the empty path. */
function pathOf(path: string): PropertyKey[] {
  if (path === "(root)" || path === "(body)" || path === "") return [];
  return path.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

export const issuesFromEngine = (issues: ErrorIssue[]): LangfuseIssue[] =>
  issues.map((issue) => ({ code: "custom", path: pathOf(issue.path), message: issue.message }));

function bodyOf(error: AppError, request: Request): Record<string, unknown> {
  switch (error.status) {
    case 400:
      if (error instanceof LangfuseInputError) {
        return { message: INVALID_REQUEST_DATA, error: error.langfuseIssues };
      }
      if (error.issues?.length)
        return { message: INVALID_REQUEST_DATA, error: issuesFromEngine(error.issues) };
      return { message: error.message, error: "InvalidRequestError" };
    case 401:
      return { message: unauthorizedMessage(error, request.headers) };
    case 403:
      return { message: error.message };
    case 500:
      return { message: "Internal Server Error", error: error.message };
    case 503:
      return { message: "Service Unavailable" };
    default:
      return { message: error.message, error: errorNames[error.code] ?? error.code };
  }
}

export const formatLangfuseError: ErrorFormatter = (error, requestId, request) =>
  Response.json(bodyOf(error, request), {
    status: error.status,
    headers: { "x-request-id": requestId, ...error.headers },
  });

export const METHOD_NOT_ALLOWED_BODY = { message: "Method not allowed", error: "MethodNotAllowedError" };

/** Exported as every HTTP method a Langfuse route does not implement. */
export const methodNotAllowed = async (): Promise<Response> =>
  Response.json(METHOD_NOT_ALLOWED_BODY, { status: 405, headers: { "access-control-allow-origin": "*" } });
