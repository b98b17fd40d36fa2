import type { PresentedKey } from "./api-keys";

/**
 * Reads an API key from any of the three header styles every surface accepts:
 * `Authorization: Basic base64(public:secret)` (Langfuse), `Authorization: Bearer <secret>`
 * (Respan; a bare public key only where Langfuse allows it) and `X-Api-Key` + `X-Secret-Key`
 * (FutureAGI). Returns null when the request carries no key at all.
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
    if (colon < 0) return { publicKey: decoded || undefined };
    return {
      publicKey: decoded.slice(0, colon) || undefined,
      secretKey: decoded.slice(colon + 1) || undefined,
    };
  }
  if (/^bearer$/i.test(scheme)) {
    if (token.startsWith("pk-")) return { publicKey: token };
    return { secretKey: token || undefined };
  }
  return {};
}
