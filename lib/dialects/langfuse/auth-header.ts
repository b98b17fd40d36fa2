import { forbidden, unauthorized } from "@/lib/errors";

/**
 * Langfuse words an authentication failure by what the Authorization header held, and lets a
 * bare public key (`Bearer pk-…`) create scores but nothing else. The engine's authenticate()
 * decides whether a key is valid; this file only classifies the header, so the 401 reason and
 * the key-kind rule follow Langfuse exactly.
 */
export type AuthorizationKind =
  | "none"
  | "basic"
  | "basic-malformed"
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
    const complete = colon > 0 && colon < decoded.length - 1;
    return complete ? "basic" : "basic-malformed";
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
  "bearer-public": `Invalid public key. ${HOST_HINT}`,
  "bearer-secret": `Invalid public key. ${HOST_HINT}`,
  "api-key-headers": `Invalid credentials. ${HOST_HINT}`,
  "unknown-scheme": "Invalid authorization header",
};

export const ACCESS_DENIED = "Access denied - insufficient permissions for this endpoint";

/**
 * Runs after a key authenticated. Routes authenticate with public-key-only allowed so a valid
 * bare public key is recognised (403, as upstream) rather than reported as unknown (401);
 * here it is refused everywhere but score creation, and a Basic header without a secret is
 * refused everywhere.
 */
export function assertKeyKindAllowed(headers: Headers, publicKeyAllowed: boolean): void {
  const kind = classifyAuthorization(headers);
  if (kind === "basic-malformed") throw unauthorized(unauthorizedReasons[kind]);
  if (kind === "bearer-public" && !publicKeyAllowed) throw forbidden(ACCESS_DENIED);
}
