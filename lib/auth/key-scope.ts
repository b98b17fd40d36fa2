import { AppError } from "@/lib/errors";

/**
 * The one rule for what an API key may do without its secret.
 *
 * A public key is not a secret: Langfuse's browser client (`LangfuseWeb`) ships it in web pages
 * so that end users can send feedback. So a bare public key — `Authorization: Bearer pk-…`, or
 * Basic `pk-…:` with an empty secret — may only *create scores*, and only where Langfuse allows
 * it: `POST /api/public/scores` and `score-create` events in `POST /api/public/ingestion` (every
 * other event of such a batch is refused on its own). Every other route of every surface needs
 * the secret and answers 401 in its own shape. `X-Api-Key` without `X-Secret-Key` is not a
 * public-key credential at all: that style always carries both.
 *
 * Routes opt in with `allowPublicKeyOnly` in their auth spec; the table test in
 * `app/api/public-key-rule.db.test.ts` walks every route file and proves that exactly the two
 * routes named here do.
 */
export type KeyScope = "full" | "create-scores";

export const PUBLIC_KEY_ROUTES = [
  { method: "POST", path: "/api/public/scores" },
  { method: "POST", path: "/api/public/ingestion" },
] as const;

/** Ingestion event types a public-key-only caller may send. */
export const PUBLIC_KEY_EVENT_TYPES: ReadonlySet<string> = new Set(["score-create"]);

export const SECRET_KEY_REQUIRED =
  "This request needs the API key's secret: a public key alone may only create scores through the Langfuse API";

/** 401: a valid public key was presented without its secret on a route that needs the secret. */
export class SecretKeyRequiredError extends AppError {
  constructor() {
    super("unauthorized", SECRET_KEY_REQUIRED);
  }
}

export function assertKeyScopeAllows(scope: KeyScope, routeAllowsPublicKeyOnly: boolean): void {
  if (scope === "create-scores" && !routeAllowsPublicKeyOnly) throw new SecretKeyRequiredError();
}
