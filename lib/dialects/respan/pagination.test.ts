import { describe, expect, it } from "vitest";
import { buildPageLinks, buildPageUrl } from "./pagination";

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
