import { describe, expect, it } from "vitest";
import { buildPageLinks, buildPageUrl, requestOrigin } from "./pagination";

describe("DRF page links", () => {
  const url = new URL("http://internal:3000/api/scores/?page=2&page_size=10&sort_by=-created_at");
  const origin = "https://scores.example.com";

  it("keeps the path spelling and every parameter, dropping `page` for page 1", () => {
    expect(buildPageLinks(url, { page: 2, pageSize: 10, count: 35 }, origin)).toEqual({
      next: "https://scores.example.com/api/scores/?page=3&page_size=10&sort_by=-created_at",
      previous: "https://scores.example.com/api/scores/?page_size=10&sort_by=-created_at",
    });
    expect(buildPageUrl(new URL("http://h/api/scores?x=1"), 4, "http://h")).toBe(
      "http://h/api/scores?x=1&page=4",
    );
  });

  it("has no next on the last page, nor past the deepest page the engine serves", () => {
    expect(buildPageLinks(url, { page: 4, pageSize: 10, count: 35 }, origin).next).toBeNull();
    expect(buildPageLinks(url, { page: 1, pageSize: 10, count: 0 }, origin)).toEqual({
      next: null,
      previous: null,
    });
    expect(buildPageLinks(url, { page: 99, pageSize: 100, count: 50_000 }, origin).next).toContain(
      "page=100",
    );
    expect(buildPageLinks(url, { page: 100, pageSize: 100, count: 50_000 }, origin).next).toBeNull();
  });
});

describe("the origin links start from", () => {
  const request = (headers: Record<string, string>) =>
    new Request("http://localhost:3000/api/scores/", { headers });

  it("is the public URL when one is configured", () => {
    expect(requestOrigin(request({ host: "10.0.0.5:3000" }), "https://scores.example.com/")).toBe(
      "https://scores.example.com",
    );
  });
  it("is the host the client addressed, or the one a proxy reports", () => {
    expect(requestOrigin(request({ host: "127.0.0.1:3204" }))).toBe("http://127.0.0.1:3204");
    const proxied = {
      host: "app:3000",
      "x-forwarded-host": "scores.example.com, app",
      "x-forwarded-proto": "https",
    };
    expect(requestOrigin(request(proxied))).toBe("https://scores.example.com");
  });
  it("ignores a malformed host and falls back to the request URL", () => {
    expect(requestOrigin(request({ host: "evil.com/path?x" }))).toBe("http://localhost:3000");
    expect(requestOrigin(request({}))).toBe("http://localhost:3000");
  });
});
