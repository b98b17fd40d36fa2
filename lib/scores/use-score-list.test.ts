import { describe, expect, it } from "vitest";
import { parseListParamsStrict } from "./filter-codec";
import { apiPath, scoreListPath } from "./use-score-list";

const queryOf = (path: string) => Object.fromEntries(new URL(path, "http://x").searchParams);

describe("list requests", () => {
  it("asks for the total on the first page only", () => {
    expect(queryOf(scoreListPath("p1", "name=a&limit=100", null))).toEqual({
      name: "a",
      limit: "100",
      projectId: "p1",
    });
    const next = queryOf(scoreListPath("p1", "name=a&limit=100&count=exact", "c0"));
    expect(next).toEqual({ name: "a", limit: "100", count: "none", cursor: "c0", projectId: "p1" });
  });

  it("sends a query the strict parser accepts once projectId is taken out (as the route does)", () => {
    const { projectId, ...rest } = queryOf(scoreListPath("p 1", "source=EVAL&limit=100", "abc"));
    expect(projectId).toBe("p 1");
    expect(parseListParamsStrict(rest)).toEqual({
      source: ["EVAL"],
      limit: 100,
      cursor: "abc",
      count: "none",
    });
  });

  it("puts the project in the query string of other paths", () => {
    expect(apiPath("scores/facets", "p1", "name=a")).toBe("/api/v1/scores/facets?name=a&projectId=p1");
  });
});
