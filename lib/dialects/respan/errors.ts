import type { ErrorFormatter } from "@/lib/api/errors";
import { AppError, badRequest, type ErrorIssue } from "@/lib/errors";

/**
 * Respan's error bodies (DRF style): `{"detail": "…"}` for 400/401/403/404/409/5xx,
 * `{"detail": "Validation error", "errors": {field: [messages]}}` (422) for a write body whose
 * fields are wrong. Field names in `errors` are Respan's (`numerical_value`, `evaluator_id`),
 * never the canonical ones. A 404 never says what was missing, as DRF's does not.
 */
export class RespanValidationError extends AppError {
  constructor(readonly fieldErrors: Record<string, string[]>) {
    const issues = Object.entries(fieldErrors).flatMap(([path, messages]) =>
      messages.map((message) => ({ path, message })),
    );
    super("bad_request", "Validation error", issues);
    this.name = "RespanValidationError";
  }
}

/** Groups issues by field: `{"numerical_value": ["…", "…"]}`. */
export function fieldErrorsOf(issues: ErrorIssue[]): Record<string, string[]> {
  const grouped = new Map<string, string[]>(); // a field may be called `constructor`
  for (const { path, message } of issues) grouped.set(path, [...(grouped.get(path) ?? []), message]);
  return Object.fromEntries(grouped);
}

export const validationError = (field: string, message: string) =>
  new RespanValidationError({ [field]: [message] });

/** A 400 `{"detail": message}`: query parameters, filters and list bodies. */
export const respanBadRequest = (detail: string) => badRequest(detail);

export const NOT_FOUND_DETAIL = "Not found.";
export const INVALID_PAGE_DETAIL = "Invalid page.";
export const NO_CREDENTIALS_DETAIL = "Authentication credentials were not provided.";
export const INVALID_KEY_DETAIL =
  "Your API key is invalid or expired; send a valid secret key as 'Authorization: Bearer <secret key>'.";

const hasCredentials = (request: Request) =>
  Boolean(
    request.headers.get("authorization")?.trim() ||
    request.headers.get("x-api-key")?.trim() ||
    request.headers.get("x-secret-key")?.trim(),
  );

function bodyOf(error: AppError, request: Request): Record<string, unknown> {
  if (error instanceof RespanValidationError)
    return { detail: "Validation error", errors: error.fieldErrors };
  switch (error.code) {
    case "unauthorized":
      return { detail: hasCredentials(request) ? INVALID_KEY_DETAIL : NO_CREDENTIALS_DETAIL };
    case "not_found":
      return { detail: error.message === INVALID_PAGE_DETAIL ? INVALID_PAGE_DETAIL : NOT_FOUND_DETAIL };
    case "internal":
      return { detail: "Internal server error", error_code: "INTERNAL_ERROR" };
    default:
      return { detail: error.message };
  }
}

export const respanErrorFormatter: ErrorFormatter = (error, requestId, request) =>
  Response.json(bodyOf(error, request), {
    status: error instanceof RespanValidationError ? 422 : error.status,
    headers: { "x-request-id": requestId, ...error.headers },
  });
