import type { PresentedKey } from "./api-keys";

/**
 * Reads an API key from any of the three header styles every surface accepts:
 * `Authorization: Basic base64(public:secret)` (Langfuse), `Authorization: Bearer <secret>`
 * (Respan) and `X-Api-Key` + `X-Secret-Key` (FutureAGI). A bare public key (`Bearer pk-…`, or
 * Basic with an empty secret) is marked `publicKeyOnly`; what it may do is `key-scope.ts`'s rule.
 * Returns null when the request carries no key at all.
 */
export function readPresentedKey(headers: Headers): PresentedKey | null {
  const xApiKey = headers.get("x-api-key")?.trim();
  const xSecretKey = headers.get("x-secret-key")?.trim();
  if (xApiKey || xSecretKey) return { publicKey: xApiKey || undefined, secretKey: xSecretKey || undefined };

  const authorization = headers.get("authorization")?.trim();
  if (!authorization) return null;
  const [scheme, ...rest] = authorization.split(/\s+/);
  const token = rest.join(" ");
  if (/^basic$/i.test(scheme)) {
    const decoded = Buffer.from(token, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    // Without a colon the header is malformed: neither a pair nor an explicit empty secret.
    if (colon < 0) return {};
    const publicKey = decoded.slice(0, colon) || undefined;
    const secretKey = decoded.slice(colon + 1) || undefined;
    return { publicKey, secretKey, publicKeyOnly: Boolean(publicKey && !secretKey) };
  }
  if (/^bearer$/i.test(scheme)) {
    if (token.startsWith("pk-")) return { publicKey: token, publicKeyOnly: true };
    return { secretKey: token || undefined };
  }
  return {};
}
