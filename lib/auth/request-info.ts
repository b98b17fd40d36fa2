import { isIP } from "node:net";
import { readConfig } from "@/lib/config";
import { log } from "@/lib/log";
import { readPeer } from "./peer-address";
import { trustedProxies, type TrustedProxies } from "./trusted-proxies";

/**
 * Where a request came from. The socket address (stamped by peer-address.ts) is the client,
 * unless it is one of SCORELENS_TRUSTED_PROXIES: then X-Forwarded-For is read from the right,
 * each trusted hop passing to the address it reports, and the first address that is not a trusted
 * proxy is the client. Entries to its left were written by the client and are never believed.
 * Null when the request carries no genuine socket stamp (a direct call, not an HTTP request).
 */
export function resolveClientAddress(
  headers: Headers,
  trusted: TrustedProxies = trustedProxies(readConfig().SCORELENS_TRUSTED_PROXIES),
): string | null {
  const peer = normalizeAddress(readPeer(headers) ?? "");
  if (!peer) return null;
  if (trusted.empty) return peer;
  const hops = (headers.get("x-forwarded-for") ?? "").split(",").map((entry) => entry.trim());
  let client = peer;
  for (let index = hops.length - 1; index >= 0 && trusted.matches(client); index--) {
    if (!hops[index]) continue;
    const reported = normalizeAddress(hops[index]);
    if (!reported) break; // a trusted proxy never writes garbage: the client did; keep the last real hop
    client = reported;
  }
  return client;
}

/**
 * The bucket a client's sign-in failures count against: its address, or for IPv6 its /64 (one
 * household or server usually holds a whole /64 and could otherwise rotate through it).
 */
export function readClientAddress(headers: Headers, trusted?: TrustedProxies): string {
  const address = resolveClientAddress(headers, trusted);
  if (!address) {
    warnOnceWithoutPeer();
    return "unknown";
  }
  if (isIP(address) !== 6) return address;
  return `${expandIpv6(address).slice(0, 4).join(":")}::/64`;
}

let warned = false;
function warnOnceWithoutPeer() {
  if (warned || process.env.NODE_ENV === "test") return;
  warned = true;
  log.warn(
    "A sign-in request carried no socket address (was the server started without instrumentation.ts?); " +
      "such requests share one per-address limit",
  );
}

/** A bare IP address from `1.2.3.4`, `1.2.3.4:5678`, `[::1]:80` or `::ffff:1.2.3.4`; null if none. */
export function normalizeAddress(raw: string): string | null {
  let value = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  const zone = value.indexOf("%");
  if (zone >= 0) value = value.slice(0, zone);
  const version = isIP(value);
  if (version === 4) return value;
  if (version !== 6) return null;
  const groups = expandIpv6(value);
  if (groups.slice(0, 5).every((group) => group === "0000") && groups[5] === "ffff") {
    const [high, low] = [parseInt(groups[6], 16), parseInt(groups[7], 16)];
    return [high >> 8, high & 255, low >> 8, low & 255].join("."); // IPv4-mapped: the IPv4 client
  }
  return groups.map((group) => group.replace(/^0+(?=.)/, "")).join(":");
}

function expandIpv6(address: string): string[] {
  let text = address.toLowerCase();
  const embedded = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (embedded) {
    const [a, b, c, d] = embedded.slice(1).map(Number);
    text = `${text.slice(0, embedded.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split("::");
  const left = head ? head.split(":") : [];
  const right = tail === undefined ? [] : tail ? tail.split(":") : [];
  const zeros = Array<string>(8 - left.length - right.length).fill("0");
  const groups = tail === undefined ? left : [...left, ...zeros, ...right];
  return groups.map((group) => group.padStart(4, "0"));
}

/** HTTPS as the browser sees it: directly, or reported by the proxy that terminated TLS. */
export function isHttpsRequest(headers: Headers, url?: string, publicUrl?: string): boolean {
  if (publicUrl?.startsWith("https://")) return true;
  if (url?.startsWith("https://")) return true;
  return headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase() === "https";
}

/**
 * A browser's own word (Fetch Metadata) that a request comes from another site or a sibling
 * subdomain. SameSite=Lax keeps the session cookie off cross-site POSTs already; this also covers
 * same-site siblings. Clients that send no such header (API tools, older browsers) are not judged.
 */
export function isForeignSiteRequest(headers: Headers): boolean {
  const site = headers.get("sec-fetch-site");
  return site !== null && site !== "same-origin" && site !== "none";
}

/**
 * The header Better Auth reads the client address from (its rate limiter, the address kept with a
 * session). Only `withClientAddress` writes it, from the resolved address; any copy the client
 * sent is dropped.
 */
export const CLIENT_ADDRESS_HEADER = "x-scorelens-client-address";

export function withClientAddress(headers: Headers): Headers {
  const copy = new Headers(headers);
  copy.delete(CLIENT_ADDRESS_HEADER);
  const address = resolveClientAddress(headers);
  if (address) copy.set(CLIENT_ADDRESS_HEADER, address);
  return copy;
}
