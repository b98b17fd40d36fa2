import { describe, expect, it } from "vitest";
import {
  decodeSegment,
  drilldownHref,
  formatBucket,
  formatFigure,
  formatPercent,
  groupByLabel,
  personName,
} from "./format";

describe("drill-down formatting", () => {
  it("shows shares as percentages with one decimal at most", () => {
    expect(formatPercent(0.75)).toBe("75%");
    expect(formatPercent(2 / 3)).toBe("66.7%");
    expect(formatPercent(1)).toBe("100%");
    expect(formatPercent(null)).toBe("—");
  });

  it("shows undefined figures as a dash and others as numbers", () => {
    expect(formatFigure(null)).toBe("—");
    expect(formatFigure(Number.NaN)).toBe("—");
    expect(formatFigure(0.5)).toBe("0.5");
    expect(formatFigure(1 / 3)).toBe("0.3333");
    expect(formatFigure(1200)).toBe("1,200");
  });

  it("writes a bucket as a range", () => {
    expect(formatBucket(0.2, 0.35)).toBe("0.2–0.35");
  });

  it("names people, falling back to the id", () => {
    expect(personName({ id: "u1", name: "Ada" })).toBe("Ada");
    expect(personName({ id: "u1", name: null })).toBe("u1");
  });

  it("builds links with every path segment encoded", () => {
    expect(drilldownHref.label("p", "a/b c")).toBe("/projects/p/labels/a%2Fb%20c");
    expect(drilldownHref.subject("p", "trace", "t#1")).toBe("/projects/p/subjects/trace/t%231");
    expect(drilldownHref.annotator("p", "u1")).toBe("/projects/p/annotators/u1");
    expect(drilldownHref.queue("p", "q1")).toBe("/projects/p/queues/q1");
    expect(drilldownHref.score("p", "s 1")).toBe("/projects/p/scores?score=s+1");
  });

  it("groups scores by label in name order, keeping their order within a label", () => {
    const rows = [
      { name: "b", id: 1 },
      { name: "a", id: 2 },
      { name: "b", id: 3 },
    ];
    expect(groupByLabel(rows)).toEqual([
      ["a", [{ name: "a", id: 2 }]],
      [
        "b",
        [
          { name: "b", id: 1 },
          { name: "b", id: 3 },
        ],
      ],
    ]);
  });
});

describe("decodeSegment", () => {
  it("decodes escapes and keeps a stray percent sign", () => {
    expect(decodeSegment("a%2Fb%20c")).toBe("a/b c");
    expect(decodeSegment("100%")).toBe("100%");
  });
});
