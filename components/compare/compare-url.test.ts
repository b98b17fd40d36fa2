import { describe, expect, it } from "vitest";
import { compareHref, describeDrill, withDrill, withSeries } from "./compare-url";

describe("compare URL", () => {
  const search = new URLSearchParams("a=x&b=x&aSource=EVAL&aValue=pass&bValue=fail&range=7d");

  it("changing a series clears the drill and drops emptied keys", () => {
    expect(withSeries(search, { aSource: "", bSource: "ANNOTATION" })).toBe(
      "a=x&b=x&range=7d&bSource=ANNOTATION",
    );
  });

  it("a drill replaces the previous one and keeps the series", () => {
    expect(withDrill(search, { agreement: "disagree" })).toBe(
      "a=x&b=x&aSource=EVAL&range=7d&agreement=disagree",
    );
    expect(withDrill(search, null)).toBe("a=x&b=x&aSource=EVAL&range=7d");
  });

  it("links and descriptions", () => {
    expect(compareHref("p 1", { a: "tone", b: "tone", bAuthorUserId: "u1", range: "" })).toBe(
      "/projects/p%201/compare?a=tone&b=tone&bAuthorUserId=u1",
    );
    expect(describeDrill({ aValue: "pass", bValue: "fail" }, String)).toBe("A is pass, B is fail");
    expect(describeDrill({ aMin: "0.2", aMax: "0.4", bMin: "1" }, String)).toBe(
      "A in [0.2, 0.4), B in [1, …)",
    );
  });
});
