import { describe, expect, it } from "vitest";
import { csvField } from "./csv";
import { exportFileName } from "./file-name";

describe("csvField", () => {
  it("quotes only what RFC 4180 needs and doubles quotes", () => {
    expect(csvField("plain text")).toBe("plain text");
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField("line\nbreak")).toBe('"line\nbreak"');
    expect(csvField("cr\rhere")).toBe('"cr\rhere"');
  });

  it("keeps null and the empty string apart, and writes lists and objects as JSON", () => {
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
    expect(csvField("")).toBe('""');
    expect(csvField(0)).toBe("0");
    expect(csvField(false)).toBe("false");
    expect(csvField(["a", "b"])).toBe('"[""a"",""b""]"');
    expect(csvField({})).toBe("{}");
    expect(csvField("ünïcödé ✓")).toBe("ünïcödé ✓");
  });
});

describe("exportFileName", () => {
  const now = new Date("2026-06-01T12:00:00Z");
  const name = (filters: Record<string, unknown>, format: "csv" | "jsonl" | "json" = "csv") =>
    exportFileName(
      { query: { projectId: "proj one", filters, sort: "timestamp", order: "desc" }, format, columns: [] },
      now,
    );

  it("names project, filters and date with safe characters only", () => {
    expect(name({})).toBe("scores-proj-one-all-2026-06-01.csv");
    expect(name({ name: ["helpfulness", "tone"], environment: ["prod/eu"] }, "jsonl")).toBe(
      "scores-proj-one-helpfulness-tone_prod-eu-2026-06-01.jsonl",
    );
    expect(name({ id: ["a", "b"], fromTimestamp: new Date("2026-05-01T00:00:00Z") })).toBe(
      "scores-proj-one-2-selected_fromTimestamp-2026-05-01-2026-06-01.csv",
    );
    expect(name({ q: '"; rm -rf /' })).toBe("scores-proj-one-q-rm-rf-2026-06-01.csv");
  });
});
