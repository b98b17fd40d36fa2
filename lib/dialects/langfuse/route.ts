import type { Database } from "@/db/client";
import { route } from "@/lib/api/route";
import type { Principal } from "@/lib/auth/principal";
import type { Permission } from "@/lib/auth/roles";
import { formatLangfuseError } from "./errors";

/**
 * The shared route() wrapper with Langfuse's errors, CORS and one rule of its own: the query
 * is read from the URL itself because Langfuse treats a repeated parameter as an array (a 400 for
 * string parameters), which the wrapper's comma-joined query would hide.
 */
export type RawQuery = Record<string, string | string[]>;

export type LangfuseSpec<Q, B> = {
  permission: Permission;
  /** Only the score-creating routes lib/auth/key-scope.ts names: a bare public key may call them. */
  publicKeyAllowed?: boolean;
  query?: (raw: RawQuery) => Q;
  body?: (raw: unknown) => B;
  /** Ingestion: each event is judged on its own (see RouteSpec.batchBody). */
  batchBody?: boolean;
};

export type LangfuseContext<Q, B> = {
  request: Request;
  url: URL;
  db: Database;
  principal: Principal;
  projectId: string;
  params: Record<string, string>;
  query: Q;
  body: B;
};

/** Every parameter as sent; a repeated one becomes an array. `projectId` belongs to session auth. */
export function rawQueryOf(url: URL, dropProjectId: boolean): RawQuery {
  // A Map, then own properties, so `?constructor=` or `?__proto__=` is an ordinary parameter.
  const raw = new Map<string, string | string[]>();
  for (const [key, value] of url.searchParams) {
    if (dropProjectId && key === "projectId") continue;
    const previous = raw.get(key);
    raw.set(
      key,
      previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value],
    );
  }
  return Object.fromEntries(raw);
}

const pathParams = (raw: unknown) => raw as Record<string, string>;

/**
 * Upstream serves its public API to browsers too (a bare public key exists for in-app
 * feedback). Keys travel in headers, never cookies, so any origin may call; credentials
 * (cookies) are not allowed cross-origin.
 */
export const CORS_HEADERS = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "GET, POST, PUT, PATCH, DELETE, OPTIONS",
  "access-control-allow-headers":
    "Authorization, Content-Type, X-Langfuse-Sdk-Name, X-Langfuse-Sdk-Version, X-Langfuse-Sdk-Variant, X-Langfuse-Sdk-Integration, X-Langfuse-Public-Key, X-Api-Key, X-Secret-Key",
  "access-control-max-age": "86400",
};

function withCors(response: Response): Response {
  for (const [name, value] of Object.entries(CORS_HEADERS)) response.headers.set(name, value);
  return response;
}

/** Exported as OPTIONS by every Langfuse route: the browser's preflight. Like upstream's `cors`
 * middleware it reflects the requested headers, so an SDK's extra headers never block a call. */
export const corsPreflight = async (request?: Request): Promise<Response> => {
  const requested = request?.headers.get("access-control-request-headers");
  const headers = { ...CORS_HEADERS, vary: "Access-Control-Request-Headers" };
  if (requested) headers["access-control-allow-headers"] = requested;
  return new Response(null, { status: 204, headers });
};

export function langfuseRoute<Q = undefined, B = undefined>(
  spec: LangfuseSpec<Q, B>,
  handler: (context: LangfuseContext<Q, B>) => Promise<Response | unknown>,
) {
  const { query, body } = spec;
  const handle = route(
    {
      auth: {
        permission: spec.permission,
        allowPublicKeyOnly: spec.publicKeyAllowed ?? false,
      },
      params: pathParams,
      rawQuery: (url, principal) => rawQueryOf(url, principal?.kind === "user"),
      query: query ? (raw: unknown) => query(raw as RawQuery) : undefined,
      body,
      batchBody: spec.batchBody,
      errors: formatLangfuseError,
    },
    // The auth spec is never "none" here, so the principal is always there.
    (context) => handler(context as LangfuseContext<Q, B>),
  );
  return async (...args: Parameters<typeof handle>) => withCors(await handle(...args));
}
