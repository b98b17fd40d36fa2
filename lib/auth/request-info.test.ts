import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { readConfig } from "@/lib/config";
import { installPeerStamp, PEER_HEADER, peerHeaders, readPeer } from "./peer-address";
import {
  CLIENT_ADDRESS_HEADER,
  isForeignSiteRequest,
  isHttpsRequest,
  normalizeAddress,
  readClientAddress,
  withClientAddress,
} from "./request-info";
import { trustedProxies } from "./trusted-proxies";

const none = trustedProxies(undefined);
const request = (peer: string, forwardedFor?: string | string[]) => {
  const headers = new Headers(peerHeaders(peer));
  for (const value of [forwardedFor ?? []].flat()) headers.append("x-forwarded-for", value);
  return headers;
};

describe("client address", () => {
  it("without trusted proxies is the socket address, whatever X-Forwarded-For claims", () => {
    expect(readClientAddress(request("203.0.113.9", "6.6.6.6"), none)).toBe("203.0.113.9");
    expect(readClientAddress(request("203.0.113.9", "6.6.6.6, 7.7.7.7"), none)).toBe("203.0.113.9");
    expect(readClientAddress(request("::ffff:203.0.113.9"), none)).toBe("203.0.113.9");
  });

  it("is unknown without a genuine socket stamp: a client cannot send its own", () => {
    expect(readClientAddress(new Headers({ "x-forwarded-for": "203.0.113.9" }), none)).toBe("unknown");
    expect(readClientAddress(new Headers({ [PEER_HEADER]: "guess 203.0.113.9" }), none)).toBe("unknown");
    expect(readClientAddress(new Headers({ [PEER_HEADER]: "203.0.113.9" }), none)).toBe("unknown");
  });

  it("behind trusted proxies is the first address from the right that is not one of them", () => {
    const trusted = trustedProxies("10.0.0.0/8, 192.168.1.1");
    // The proxy appended what it saw; what the client wrote to its left is never believed.
    expect(readClientAddress(request("10.0.0.2", "6.6.6.6, 198.51.100.7"), trusted)).toBe("198.51.100.7");
    expect(readClientAddress(request("10.0.0.2", "1.1.1.1, 198.51.100.7"), trusted)).toBe("198.51.100.7");
    // Two trusted hops, and the header split over two lines.
    expect(readClientAddress(request("10.0.0.2", ["6.6.6.6, 198.51.100.7", "192.168.1.1"]), trusted)).toBe(
      "198.51.100.7",
    );
    // Unrelated clients behind one proxy stay apart.
    expect(readClientAddress(request("10.0.0.2", "198.51.100.8"), trusted)).toBe("198.51.100.8");
    // A peer that is not a trusted proxy is the client itself.
    expect(readClientAddress(request("203.0.113.9", "198.51.100.7"), trusted)).toBe("203.0.113.9");
    // Garbage next to a trusted hop ends the walk at the last real address.
    expect(readClientAddress(request("10.0.0.2", "not-an-ip"), trusted)).toBe("10.0.0.2");
    expect(readClientAddress(request("10.0.0.2", "198.51.100.7:4711"), trusted)).toBe("198.51.100.7");
    expect(readClientAddress(request("10.0.0.2", "[2001:db8::1]:443"), trusted)).toBe(
      "2001:0db8:0000:0000::/64",
    );
    // Nothing forwarded: the proxy's own request.
    expect(readClientAddress(request("10.0.0.2"), trusted)).toBe("10.0.0.2");
  });

  it("counts an IPv6 client by its /64, and normalises the forms an address comes in", () => {
    expect(readClientAddress(request("2001:db8:1:2::5"), none)).toBe("2001:0db8:0001:0002::/64");
    expect(readClientAddress(request("2001:DB8:1:2:ffff::9"), none)).toBe("2001:0db8:0001:0002::/64");
    expect(normalizeAddress("::ffff:7f00:1")).toBe("127.0.0.1");
    expect(normalizeAddress("fe80::1%eth0")).toBe("fe80:0:0:0:0:0:0:1");
    expect(normalizeAddress("1.2.3")).toBeNull();
  });

  it("shorthands cover loopback and private networks", () => {
    const loopback = trustedProxies("loopback");
    expect([loopback.matches("127.0.0.1"), loopback.matches("::1"), loopback.matches("10.0.0.1")]).toEqual([
      true,
      true,
      false,
    ]);
    const internal = trustedProxies("private");
    expect(["10.1.2.3", "172.20.0.1", "192.168.0.9", "fd00::1", "8.8.8.8"].map(internal.matches)).toEqual([
      true,
      true,
      true,
      true,
      false,
    ]);
  });

  it("the configuration refuses entries that are not addresses, naming the variable", () => {
    expect(() => readConfig({ SCORELENS_TRUSTED_PROXIES: "10.0.0.0/33, proxy.local, loopback" })).toThrow(
      /SCORELENS_TRUSTED_PROXIES: .*10\.0\.0\.0\/33, proxy\.local/,
    );
    expect(
      readConfig({ SCORELENS_TRUSTED_PROXIES: "10.0.0.0/8, ::1, private" }).SCORELENS_TRUSTED_PROXIES,
    ).toBe("10.0.0.0/8, ::1, private");
  });

  it("hands Better Auth the resolved address, dropping the client's own copy", () => {
    const forged = new Headers({ [CLIENT_ADDRESS_HEADER]: "6.6.6.6" });
    expect(withClientAddress(forged).get(CLIENT_ADDRESS_HEADER)).toBeNull();
    const stamped = request("203.0.113.9", "6.6.6.6");
    stamped.set(CLIENT_ADDRESS_HEADER, "6.6.6.6");
    expect(withClientAddress(stamped).get(CLIENT_ADDRESS_HEADER)).toBe("203.0.113.9");
  });

  it("the Node server stamps every request with its socket address, replacing a forged stamp", async () => {
    installPeerStamp([http.Server.prototype]);
    const seen: (string | null)[] = [];
    const server = http.createServer((req, res) => {
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers))
        if (typeof value === "string") headers.set(name, value);
      seen.push(readPeer(headers));
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      await fetch(`http://127.0.0.1:${port}/`, { headers: { [PEER_HEADER]: "forged 6.6.6.6" } });
      await fetch(`http://127.0.0.1:${port}/`, { headers: peerHeaders("6.6.6.6") });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    expect(seen.map((address) => address && normalizeAddress(address))).toEqual(["127.0.0.1", "127.0.0.1"]);
  });
});

describe("request info", () => {
  it("knows HTTPS from the URL, the proxy's header or the configured public URL", () => {
    expect(isHttpsRequest(new Headers(), "https://scores.example/x")).toBe(true);
    expect(isHttpsRequest(new Headers({ "x-forwarded-proto": "https" }), "http://internal:3000/x")).toBe(
      true,
    );
    expect(isHttpsRequest(new Headers(), "http://internal:3000/x", "https://scores.example")).toBe(true);
    expect(isHttpsRequest(new Headers({ "x-forwarded-proto": "http" }), "http://localhost:3000/x")).toBe(
      false,
    );
  });

  it("tells requests from other sites by Fetch Metadata, and judges no client that sends none", () => {
    const site = (value: string) => new Headers({ "sec-fetch-site": value });
    expect(isForeignSiteRequest(site("cross-site"))).toBe(true);
    expect(isForeignSiteRequest(site("same-site"))).toBe(true);
    expect(isForeignSiteRequest(site("same-origin"))).toBe(false);
    expect(isForeignSiteRequest(site("none"))).toBe(false);
    expect(isForeignSiteRequest(new Headers())).toBe(false);
  });
});
