import { SecretKeyRequiredError } from "@/lib/auth/key-scope";

/**
 * Langfuse words an authentication failure by what the Authorization header held. The engine's
 * authenticate() decides whether a key is valid and what a bare public key may do
 * (lib/auth/key-scope.ts); this file only picks upstream's words for the 401.
 */
export type AuthorizationKind =
  | "none"
  | "basic"
  | "basic-malformed"
  | "basic-public"
  | "bearer-public"
  | "bearer-secret"
  | "api-key-headers"
  | "unknown-scheme";

export function classifyAuthorization(headers: Headers): AuthorizationKind {
  if (headers.get("x-api-key")?.trim() || headers.get("x-secret-key")?.trim()) return "api-key-headers";
  const authorization = headers.get("authorization")?.trim();
  if (!authorization) return "none";
  const [scheme, ...rest] = authorization.split(/\s+/);
  const token = rest.join(" ");
  if (/^basic$/i.test(scheme)) {
    const decoded = Buffer.from(token, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon <= 0) return "basic-malformed";
    return colon < decoded.length - 1 ? "basic" : "basic-public";
  }
  if (/^bearer$/i.test(scheme)) return token.startsWith("pk-") ? "bearer-public" : "bearer-secret";
  return "unknown-scheme";
}

const HOST_HINT = "Confirm that you've configured the correct host.";

/** Langfuse's exact 401 reasons. */
export const unauthorizedReasons: Record<AuthorizationKind, string> = {
  none: "No authorization header",
  basic: `Invalid credentials. ${HOST_HINT}`,
  "basic-malformed": `Invalid authorization header. ${HOST_HINT}`,
  "basic-public": `Invalid public key. ${HOST_HINT}`,
  "bearer-public": `Invalid public key. ${HOST_HINT}`,
  "bearer-secret": `Invalid public key. ${HOST_HINT}`,
  "api-key-headers": `Invalid credentials. ${HOST_HINT}`,
  "unknown-scheme": "Invalid authorization header",
};

/** Upstream's words when a valid public key comes without its secret to a route that needs it. */
export const SECRET_REQUIRED_REASON = "Access denied - need to use basic auth with secret key";

/** The body message of a 401 on the Langfuse surface. */
export const unauthorizedMessage = (error: Error, headers: Headers): string =>
  error instanceof SecretKeyRequiredError
    ? SECRET_REQUIRED_REASON
    : unauthorizedReasons[classifyAuthorization(headers)];
