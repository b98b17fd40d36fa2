import type { z } from "zod";

/** The native error vocabulary; each code has exactly one HTTP status. */
export const errorStatuses = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  /** A session whose one-time password is still to be replaced (password-change-gate.ts). */
  password_change_required: 403,
  not_found: 404,
  conflict: 409,
  /** The path exists, the method does not (lib/dialects/faces.ts answers it in the face's shape). */
  method_not_allowed: 405,
  precondition_failed: 412,
  payload_too_large: 413,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof errorStatuses;

export type ErrorIssue = { path: string; message: string };

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: ErrorIssue[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = "AppError";
    this.status = errorStatuses[code];
  }
}

export const badRequest = (message: string, issues?: ErrorIssue[]) =>
  new AppError("bad_request", message, issues);
export const notFound = (message: string) => new AppError("not_found", message);
export const forbidden = (message: string) => new AppError("forbidden", message);
export const unauthorized = (message: string) => new AppError("unauthorized", message);
export const conflict = (message: string) => new AppError("conflict", message);

/** A dotted path a client can find in its request: `scores.3.value`, `limit`. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.map((part) => String(part)).join(".");
}

export function issuesFromZod(error: z.ZodError, prefix: readonly PropertyKey[] = []): ErrorIssue[] {
  return error.issues.map((issue) => ({
    path: issuePath([...prefix, ...issue.path]) || "(root)",
    message: issue.message,
  }));
}

/** "Invalid query: limit: Too big …; sort: Invalid option …" — one line naming every field. */
export function invalidInput(what: string, error: z.ZodError, prefix: readonly PropertyKey[] = []): AppError {
  const issues = issuesFromZod(error, prefix);
  const summary = issues.map((issue) => `${issue.path}: ${issue.message}`).join("; ");
  return badRequest(`Invalid ${what}: ${summary}`, issues);
}
