import { BlockList, isIP } from "node:net";

/**
 * SCORELENS_TRUSTED_PROXIES: the reverse proxies whose X-Forwarded-For Scorelens believes. A
 * comma-separated list of addresses (`10.0.0.5`, `::1`), CIDR ranges (`10.0.0.0/8`) and the
 * shorthands `loopback` (127.0.0.0/8, ::1) and `private` (10/8, 172.16/12, 192.168/16, fc00::/7,
 * and loopback). Unset, no forwarded header is believed and the socket address is the client.
 */
export type TrustedProxies = { matches: (address: string) => boolean; empty: boolean };

const SHORTHANDS: Record<string, string[]> = {
  loopback: ["127.0.0.0/8", "::1/128"],
  private: ["127.0.0.0/8", "::1/128", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7"],
};

/** The entries that are not an address, a CIDR range or a shorthand (for the config error). */
export function invalidTrustedProxyEntries(value: string): string[] {
  return splitEntries(value).filter((entry) => !SHORTHANDS[entry.toLowerCase()] && !parseRange(entry));
}

function splitEntries(value: string): string[] {
  return value
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
}

function parseRange(entry: string): { address: string; prefix: number; family: "ipv4" | "ipv6" } | null {
  const [address, prefixText, ...rest] = entry.split("/");
  if (rest.length > 0) return null;
  const version = isIP(address);
  if (version === 0) return null;
  const bits = version === 4 ? 32 : 128;
  if (prefixText !== undefined && !/^\d{1,3}$/.test(prefixText)) return null;
  const prefix = prefixText === undefined ? bits : Number(prefixText);
  if (prefix > bits) return null;
  return { address, prefix, family: version === 4 ? "ipv4" : "ipv6" };
}

const cache = new Map<string, TrustedProxies>();

export function trustedProxies(value: string | undefined): TrustedProxies {
  const key = value ?? "";
  let parsed = cache.get(key);
  if (!parsed) {
    parsed = build(key);
    cache.set(key, parsed);
  }
  return parsed;
}

function build(value: string): TrustedProxies {
  const list = new BlockList();
  const entries = splitEntries(value).flatMap((entry) => SHORTHANDS[entry.toLowerCase()] ?? [entry]);
  let count = 0;
  for (const entry of entries) {
    const range = parseRange(entry);
    if (!range) continue; // the configuration refuses these at start-up
    list.addSubnet(range.address, range.prefix, range.family);
    count++;
  }
  return {
    empty: count === 0,
    matches: (address) => {
      const version = isIP(address);
      return version !== 0 && list.check(address, version === 4 ? "ipv4" : "ipv6");
    },
  };
}
