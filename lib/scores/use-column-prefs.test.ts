import { describe, expect, it } from "vitest";
import { parseColumnPrefs } from "./use-column-prefs";

describe("column preferences from storage", () => {
  it("reads what was saved", () => {
    expect(parseColumnPrefs('{"columns":["value","timestamp"],"widths":{"value":200}}')).toEqual({
      columns: ["value", "timestamp"],
      widths: { value: 200 },
    });
  });

  it("ignores anything malformed instead of failing the page", () => {
    expect(parseColumnPrefs(null)).toEqual({});
    expect(parseColumnPrefs("{not json")).toEqual({});
    expect(parseColumnPrefs("42")).toEqual({});
    expect(parseColumnPrefs('{"columns":[1,2],"widths":{"a":"wide","b":5,"c":9000,"d":120}}')).toEqual({
      widths: { d: 120 },
    });
  });
});
