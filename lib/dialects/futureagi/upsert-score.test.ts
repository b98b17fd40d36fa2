import { describe, expect, it } from "vitest";
import { deriveScoreId } from "./upsert-score";

/**
 * Ids derived from upsert keys must never change: a create finds its score by this key, and
 * new ids would duplicate every score written before. The expected values are the ids the first
 * implementation gave.
 */
describe("ids derived from FutureAGI upsert keys", () => {
  it("(kind, source, label, annotator, queue item)", () => {
    expect(deriveScoreId(["trace", "t-1", "lab-1", null, null])).toBe("a6c70aa1-c462-54ee-beca-09bf7c05a1ad");
    expect(deriveScoreId(["observation", "obs-é", "lab-1", "u1", "qi-1"])).toBe(
      "9e4c96a3-8bf8-504d-8998-e078f11606c9",
    );
  });
});
