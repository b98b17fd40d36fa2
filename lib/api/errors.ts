import { AppError } from "@/lib/errors";

/**
 * The error shape of one API surface; the native one is `{error: {code, message, issues?}}`.
 * It sees the request too, because some vendors word an auth failure by what the headers held.
 */
export type ErrorFormatter = (error: AppError, requestId: string, request: Request) => Response;

export const nativeErrorFormatter: ErrorFormatter = (error, requestId) =>
  Response.json(
    {
      error: { code: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}) },
    },
    { status: error.status, headers: { "x-request-id": requestId, ...error.headers } },
  );

const CONNECTION_ERROR_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "CONNECT_TIMEOUT",
  "57P01", // admin_shutdown: the server is restarting
  "57P02",
  "57P03", // cannot_connect_now: still starting up
]);

function databaseCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * Turns whatever a handler threw into an AppError. Database faults become 503 with Retry-After
 * (the pool reconnects by itself once the server is back); anything unknown is a 500 whose cause
 * is logged by the caller and never shown.
 */
export function toAppError(error: unknown): { appError: AppError; unexpected: boolean } {
  if (error instanceof AppError) return { appError: error, unexpected: false };
  const code = databaseCode(error);
  if (code === "57014") {
    return {
      appError: new AppError(
        "unavailable",
        "The query took too long and was stopped; narrow the filters (for example add a time window)",
        undefined,
        { "retry-after": "1" },
      ),
      unexpected: false,
    };
  }
  if (code && (CONNECTION_ERROR_CODES.has(code) || code.startsWith("08"))) {
    return {
      appError: new AppError("unavailable", "The database is unavailable; try again shortly", undefined, {
        "retry-after": "5",
      }),
      unexpected: false,
    };
  }
  if (code === "23505") {
    return { appError: new AppError("conflict", "A record with this key already exists"), unexpected: false };
  }
  if (code === "23503") {
    // A label, queue or user was deleted between validation and the write.
    return {
      appError: new AppError("conflict", "A record this request refers to no longer exists"),
      unexpected: false,
    };
  }
  if (code && (code.startsWith("22") || code === "23514")) {
    // Data exceptions the schemas did not foresee: still the client's input, never a 500.
    return {
      appError: new AppError("bad_request", "A value is malformed or out of range"),
      unexpected: false,
    };
  }
  return { appError: new AppError("internal", "Internal server error"), unexpected: true };
}
