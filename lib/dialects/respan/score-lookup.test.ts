import { describe, expect, it } from "vitest";
import { deriveScoreId } from "./score-lookup";

/**
 * Ids derived from upsert keys must never change: a re-post finds its score by this id, so new
 * ids would duplicate every score written before. The expected values are the ids the first
 * implementations gave.
 */
describe("ids derived from Respan upsert keys", () => {
  it("(log, evaluator, scorer), a free-text scorer as a fourth part", () => {
    const key = { logId: "log-1", configId: "cfg-acc" };
    expect(deriveScoreId({ ...key, authorUserId: "u1", authorLabel: null })).toBe(
      "5ef078f9-5ce1-5778-8eb8-1540cba64fa0",
    );
    expect(deriveScoreId({ ...key, authorUserId: null, authorLabel: "gpt-judge" })).toBe(
      "de8e0906-9f9d-5827-9dc8-4120683d7326",
    );
  });
});
