import { z } from "zod";
import type { Database, DatabaseHandle } from "@/db/client";
import { assertOwnPasswordChosen } from "@/lib/auth/password-change-gate";
import type { Principal } from "@/lib/auth/principal";
import { hasPermission, type Permission } from "@/lib/auth/roles";
import { getDatabase } from "@/lib/database";
import { forbidden, invalidInput } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { log } from "@/lib/log";
import { authenticate } from "./authenticate";
import { assertStorable, readJsonBody, searchParamsObject } from "./body";
import { nativeErrorFormatter, toAppError, type ErrorFormatter } from "./errors";

/** A parser is a zod schema, or a function that throws an AppError naming each bad field. */
type Parser<T> = z.ZodType<T> | ((raw: unknown) => T);

type AuthSpec =
  | "none"
  | {
      permission: Permission;
      allowPublicKeyOnly?: boolean;
      /** A surface's own rule on top, checked before anything is parsed (Langfuse's key kinds). */
      assertAllowed?: (request: Request, principal: Principal) => void;
    };

export type RouteSpec<Q, B, P> = {
  auth: AuthSpec;
  params?: Parser<P>;
  query?: Parser<Q>;
  /**
   * What `query` parses. Default: each parameter once, repeated ones joined with commas, without
   * `projectId` (it chooses the session's project). A surface reading arrays supplies its own.
   */
  rawQuery?: (url: URL, principal: Principal | null) => unknown;
  body?: Parser<B>;
  /**
   * The body is a batch whose items succeed or fail one by one (Langfuse ingestion): what
   * PostgreSQL cannot store is then the item's error, found by the parser, not the request's.
   */
  batchBody?: boolean;
  /** The surface's error shape; native by default. */
  errors?: ErrorFormatter;
};

function defaultRawQuery(url: URL): Record<string, string> {
  const raw = searchParamsObject(url);
  delete raw.projectId;
  return raw;
}

export type RouteContext<Q, B, P, A extends AuthSpec> = {
  request: Request;
  url: URL;
  requestId: string;
  db: Database;
  handle: DatabaseHandle;
  principal: A extends "none" ? null : Principal;
  projectId: A extends "none" ? null : string;
  params: P;
  query: Q;
  body: B;
};

function runParser<T>(parser: Parser<T>, raw: unknown, what: string): T {
  if (typeof parser === "function") return parser(raw);
  const result = parser.safeParse(raw);
  if (!result.success) throw invalidInput(what, result.error);
  return result.data;
}

/**
 * Every route handler is a declaration: `export const GET = route({auth, query}, handler)`.
 * The wrapper authenticates first, so a caller without valid credentials learns nothing about
 * its input (401/403 win over 400/404/413, as every vendor answers); a session that must still
 * replace its one-time password goes no further (403 `password_change_required`). It then parses
 * params, query and body before the handler touches the database, maps every error to the
 * surface's shape, and logs one line per request. A handler returns a Response, or a value sent
 * as 200 JSON.
 */
export function route<Q = undefined, B = undefined, P = undefined, A extends AuthSpec = AuthSpec>(
  spec: RouteSpec<Q, B, P> & { auth: A },
  handler: (context: RouteContext<Q, B, P, A>) => Promise<Response | unknown>,
) {
  const formatError = spec.errors ?? nativeErrorFormatter;
  return async (request: Request, segment?: { params?: Promise<Record<string, string | string[]>> }) => {
    const started = performance.now();
    const requestId = request.headers.get("x-request-id")?.slice(0, 64) || newId();
    const url = new URL(request.url);
    let response: Response;
    try {
      const handle = await getDatabase();
      let principal: Principal | null = null;
      if (spec.auth !== "none") {
        const requestedProjectId = searchParamsObject(url).projectId;
        principal = await authenticate(handle.db, request, requestedProjectId, spec.auth);
        if (principal.kind === "user") await assertOwnPasswordChosen(handle.db, principal.userId);
        if (!hasPermission(principal.role, spec.auth.permission)) {
          throw forbidden(`Your role (${principal.role}) does not allow this`);
        }
        spec.auth.assertAllowed?.(request, principal);
      }

      const rawParams = (await segment?.params) ?? {};
      assertStorable(rawParams, "path");
      const params = spec.params ? runParser(spec.params, rawParams, "path") : (undefined as P);
      const rawQuery = spec.rawQuery ? spec.rawQuery(url, principal) : defaultRawQuery(url);
      assertStorable(rawQuery, "query");
      const query = spec.query ? runParser(spec.query, rawQuery, "query") : (undefined as Q);
      const body = spec.body
        ? runParser(spec.body, await readJsonBody(request, { checkStorable: !spec.batchBody }), "body")
        : (undefined as B);

      const result = await handler({
        request,
        url,
        requestId,
        db: handle.db,
        handle,
        principal: principal as RouteContext<Q, B, P, A>["principal"],
        projectId: (principal?.projectId ?? null) as RouteContext<Q, B, P, A>["projectId"],
        params,
        query,
        body,
      });
      response = result instanceof Response ? result : Response.json(result);
      response.headers.set("x-request-id", requestId);
    } catch (error) {
      response = answerError(error, { formatError, requestId, request, route: url.pathname });
    }
    log.info({
      requestId,
      method: request.method,
      route: url.pathname,
      status: response.status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
    });
    return response;
  };
}

/**
 * The error answer, whatever happens: an unexpected error is logged as one JSON line with its
 * cause and status 500; if the surface's formatter itself fails, that is logged too and the
 * answer is a bare JSON 500, never Next.js's plain-text page.
 */
function answerError(
  error: unknown,
  where: { formatError: ErrorFormatter; requestId: string; request: Request; route: string },
): Response {
  const { formatError, requestId, request, route: path } = where;
  const { appError, unexpected } = toAppError(error);
  const context = { requestId, method: request.method, route: path, status: 500 };
  if (unexpected) log.error({ ...context, err: error }, "request failed");
  try {
    return formatError(appError, requestId, request);
  } catch (formatterError) {
    const cause = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    log.error({ ...context, err: formatterError, cause }, "error formatter failed");
    return Response.json(
      { error: { code: "internal", message: "Internal server error" } },
      { status: 500, headers: { "x-request-id": requestId } },
    );
  }
}
