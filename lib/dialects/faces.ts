import { nativeErrorFormatter, type ErrorFormatter } from "@/lib/api/errors";
import { AppError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { log } from "@/lib/log";
import { formatLangfuseError } from "./langfuse/errors";
import { futureAgiErrors } from "./futureagi/errors";
import { respanErrorFormatter } from "./respan/errors";

/**
 * Which API face a path belongs to, so that answers made outside a route handler — an unknown
 * path, a method a route does not serve, a path Next.js cannot decode — still come in that
 * face's error shape and leave the same JSON log line a handled request leaves.
 */
export type Face = "native" | "langfuse" | "respan" | "futureagi";

const prefixes: [prefix: string, face: Face][] = [
  ["/api/v1/", "native"],
  ["/api/public/", "langfuse"],
  ["/api/scores/", "respan"],
  ["/api/logs/", "respan"],
  ["/model-hub/", "futureagi"],
];

export function faceOf(pathname: string): Face | null {
  const path = pathname.endsWith("/") ? pathname : `${pathname}/`;
  return prefixes.find(([prefix]) => path.startsWith(prefix))?.[1] ?? null;
}

const formatters: Record<Face, ErrorFormatter> = {
  native: nativeErrorFormatter,
  langfuse: formatLangfuseError,
  respan: respanErrorFormatter,
  futureagi: futureAgiErrors,
};

/** An error answered in the shape of the face the request's path belongs to (native elsewhere). */
export function answerInFace(request: Request, error: AppError): Response {
  const requestId = request.headers.get("x-request-id")?.slice(0, 64) || newId();
  const route = new URL(request.url).pathname;
  const face = faceOf(route) ?? "native";
  const response = formatters[face](error, requestId, request);
  response.headers.set("x-request-id", requestId);
  if (face === "langfuse") response.headers.set("access-control-allow-origin", "*");
  log.info({ requestId, method: request.method, route, status: response.status, durationMs: 0 });
  return response;
}

/** Exported as every method a route file does not serve: 405 in the face's shape. */
export const unsupportedMethod = async (request: Request): Promise<Response> =>
  answerInFace(
    request,
    new AppError("method_not_allowed", `Method ${request.method} is not allowed on this path`),
  );

/** Exported by the catch-all route of each face: 404 in the face's shape. */
export const unknownPath = async (request: Request): Promise<Response> =>
  answerInFace(
    request,
    new AppError("not_found", `No such endpoint: ${request.method} ${new URL(request.url).pathname}`),
  );
