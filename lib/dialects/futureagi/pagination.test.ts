import { describe, expect, it } from "vitest";
import { assertPageExists, DEFAULT_PAGE_SIZE, pageEnvelope, pagingOf, totalPagesOf } from "./pagination";

describe("pagingOf", () => {
  it("takes the page size from page_size or limit, 20 by default", () => {
    expect(pagingOf({})).toEqual({ page: 1, pageSize: DEFAULT_PAGE_SIZE });
    expect(pagingOf({ page: 3, page_size: 7 })).toEqual({ page: 3, pageSize: 7 });
    expect(pagingOf({ page: 2, limit: 5 })).toEqual({ page: 2, pageSize: 5 });
  });

  it("refuses both size parameters at once, and pages past 10,000 rows", () => {
    expect(() => pagingOf({ page_size: 5, limit: 5 })).toThrow(/either page_size or limit/);
    expect(pagingOf({ page: 20, limit: 500 })).toEqual({ page: 20, pageSize: 500 });
    expect(() => pagingOf({ page: 21, limit: 500 })).toThrow(/may reach 10000 rows/);
  });
});

describe("pageEnvelope", () => {
  const url = new URL("https://scorelens.test/model-hub/scores/?label_id=a%20b&page_size=2&page=2");

  it("links to the neighbours with only page changed, and drops page on the first", () => {
    expect(pageEnvelope(url, { page: 2, pageSize: 2 }, 5, ["x", "y"])).toEqual({
      count: 5,
      next: "https://scorelens.test/model-hub/scores/?label_id=a+b&page_size=2&page=3",
      previous: "https://scorelens.test/model-hub/scores/?label_id=a+b&page_size=2",
      results: ["x", "y"],
      total_pages: 3,
      current_page: 2,
    });
  });

  it("keeps the path as the client wrote it, with or without the trailing slash", () => {
    const bare = new URL("http://host:3000/model-hub/scores?limit=1");
    expect(pageEnvelope(bare, { page: 1, pageSize: 1 }, 2, []).next).toBe(
      "http://host:3000/model-hub/scores?limit=1&page=2",
    );
  });

  it("has no next on the last page, and none past the depth bound", () => {
    expect(pageEnvelope(url, { page: 3, pageSize: 2 }, 5, []).next).toBeNull();
    expect(pageEnvelope(url, { page: 20, pageSize: 500 }, 50_000, []).next).toBeNull();
    expect(pageEnvelope(url, { page: 19, pageSize: 500 }, 50_000, []).next).toContain("page=20");
  });
});

describe("pages", () => {
  it("counts an empty list as one page and answers a page past the end with 404", () => {
    expect(totalPagesOf(0, 20)).toBe(1);
    expect(totalPagesOf(41, 20)).toBe(3);
    expect(() => assertPageExists({ page: 1, pageSize: 20 }, 0)).not.toThrow();
    expect(() => assertPageExists({ page: 3, pageSize: 20 }, 41)).not.toThrow();
    expect(() => assertPageExists({ page: 4, pageSize: 20 }, 41)).toThrow("Invalid page.");
  });
});
