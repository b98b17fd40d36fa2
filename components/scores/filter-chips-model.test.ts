import { describe, expect, it } from "vitest";
import { chipsOf, withoutKeys } from "./filter-chips-model";

const names: Record<string, string> = { u1: "Ada Lovelace", q1: "Triage" };
const labelOf = (_key: string, value: string) => names[value] ?? value;

describe("filter chips", () => {
  it("makes one chip per filter, with display names and grouped keys", () => {
    const chips = chipsOf(
      {
        name: ["tone", "helpfulness"],
        authorUserId: ["u1"],
        queueId: ["q1"],
        valueMin: 0.5,
        fromTimestamp: new Date("2026-06-01T00:00:00Z"),
        toTimestamp: new Date("2026-06-02T12:30:00Z"),
        q: "rude",
        hasComment: true,
        sort: "value",
        limit: 20,
      },
      labelOf,
      "UTC",
    );
    expect(chips.map((chip) => [chip.label, chip.text])).toEqual([
      ["Search", "“rude”"],
      ["Time", "2026-06-01 00:00 – 2026-06-02 12:30"],
      ["Label", "tone, helpfulness"],
      ["Annotator", "Ada Lovelace"],
      ["Queue", "Triage"],
      ["Value", "≥ 0.5"],
      ["Has comment", "yes"],
    ]);
    expect(chips.find((chip) => chip.label === "Time")?.keys).toEqual([
      "range",
      "fromTimestamp",
      "toTimestamp",
    ]);
  });

  it("names relative windows and shortens long lists", () => {
    const chips = chipsOf({ range: "7d", environment: ["a", "b", "c", "d", "e"] }, labelOf, "UTC");
    expect(chips.map((chip) => chip.text)).toEqual(["Last 7 days", "a, b, c +2"]);
  });

  it("removing a chip removes every key it stands for", () => {
    expect(withoutKeys({ valueMin: 1, valueMax: 2, name: ["x"] }, ["valueMin", "valueMax"])).toEqual({
      name: ["x"],
    });
  });
});
