import { afterEach, describe, expect, it, vi } from "vitest";
import { clientUrlOf, requestOrigin } from "./request-origin";

/** `next start` builds request.url from its own address (localhost); links must use the client's. */
const request = (headers: Record<string, string>, path = "/api/scores/") =>
  new Request(`http://localhost:3000${path}`, { headers });

describe("the origin links start from", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("is the public URL when one is configured, by argument or by SCORELENS_PUBLIC_URL", () => {
    expect(requestOrigin(request({ host: "10.0.0.5:3000" }), "https://scores.example.com/")).toBe(
      "https://scores.example.com",
    );
    vi.stubEnv("SCORELENS_PUBLIC_URL", "https://public.example.com/scorelens/");
    expect(requestOrigin(request({ host: "10.0.0.5:3000" }))).toBe("https://public.example.com/scorelens");
  });

  it("is the host the client addressed, or the one a proxy reports", () => {
    vi.stubEnv("SCORELENS_PUBLIC_URL", "");
    expect(requestOrigin(request({ host: "127.0.0.1:3204" }))).toBe("http://127.0.0.1:3204");
    const proxied = {
      host: "app:3000",
      "x-forwarded-host": "scores.example.com, app",
      "x-forwarded-proto": "https",
    };
    expect(requestOrigin(request(proxied))).toBe("https://scores.example.com");
    expect(requestOrigin(request({ host: "[::1]:8080" }))).toBe("http://[::1]:8080");
  });

  it("ignores a malformed host or protocol and falls back to the request URL", () => {
    vi.stubEnv("SCORELENS_PUBLIC_URL", "");
    expect(requestOrigin(request({ host: "evil.com/path?x" }))).toBe("http://localhost:3000");
    expect(requestOrigin(request({ host: "bad host" }))).toBe("http://localhost:3000");
    expect(requestOrigin(request({ "x-forwarded-proto": "gopher" }))).toBe("http://localhost:3000");
    expect(requestOrigin(request({}))).toBe("http://localhost:3000");
  });
});

describe("clientUrlOf", () => {
  afterEach(() => vi.unstubAllEnvs());
  const at = (headers: Record<string, string>) =>
    clientUrlOf(request(headers, "/model-hub/scores/?limit=2&label_id=a%20b")).toString();

  it("is the request's path and query, as spelled, at the client's address", () => {
    vi.stubEnv("SCORELENS_PUBLIC_URL", "");
    expect(at({})).toBe("http://localhost:3000/model-hub/scores/?limit=2&label_id=a%20b");
    expect(at({ host: "scores.example.com" })).toBe(
      "http://scores.example.com/model-hub/scores/?limit=2&label_id=a%20b",
    );
    vi.stubEnv("SCORELENS_PUBLIC_URL", "https://public.example.com/base");
    expect(at({ host: "scores.example.com" })).toBe(
      "https://public.example.com/base/model-hub/scores/?limit=2&label_id=a%20b",
    );
  });
});
