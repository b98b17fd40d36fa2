import { describe, expect, it } from "vitest";
import { isForeignSiteRequest, isHttpsRequest, readClientAddress } from "./request-info";

describe("request info", () => {
  it("takes the address the nearest proxy appended, not what the client claims", () => {
    expect(readClientAddress(new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.9" }))).toBe("203.0.113.9");
    expect(readClientAddress(new Headers({ "x-forwarded-for": "203.0.113.9" }))).toBe("203.0.113.9");
    expect(readClientAddress(new Headers({ "x-real-ip": "198.51.100.1" }))).toBe("198.51.100.1");
    expect(readClientAddress(new Headers())).toBe("unknown");
  });

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
