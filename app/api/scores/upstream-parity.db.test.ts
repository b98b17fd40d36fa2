import { beforeAll, describe, expect, it } from "vitest";
import { describeEachEngine } from "@/db/testing/engines";
import { callRoute } from "@/lib/api/test-client";
import { setDatabaseForTests } from "@/lib/database";
import { bearer, seedRespanFixtures } from "@/lib/dialects/respan/test-fixtures";
import { GET as getScore, PATCH as patchScore } from "./[id]/route";
import { GET as listScores, POST as createScore } from "./route";

/**
 * What Respan's own clients send and read (the SDK's score type, the Keywords AI example
 * clients, the create-score page of respan.ai/docs/apis/scores, noted in
 * shared/reference/respan-scores-api.md §2–3).
 */
type Score = Record<string, unknown> & { id: string };

describeEachEngine(
  "Respan upstream parity",
  (t) => {
    beforeAll(() => setDatabaseForTests(t.handle));
    const post = (body: unknown) =>
      callRoute(createScore, "/api/scores/", { method: "POST", headers: bearer(), body });
    const read = async (id: string) =>
      (await callRoute(getScore, `/api/scores/${id}/`, { headers: bearer(), params: { id } })).body as Score;

    it("types is_passed as a boolean, never null (respan SDK: is_passed: bool)", async () => {
      const listed = await callRoute(listScores, "/api/scores/?page_size=100", { headers: bearer() });
      const results = (listed.body as { results: Score[] }).results;
      expect(results.length).toBeGreaterThan(5);
      expect(results.every((score) => typeof score.is_passed === "boolean")).toBe(true);
      // r03 is an annotation stored without is_passed: it did not pass.
      expect((await read("r03")).is_passed).toBe(false);
      expect((await read("r01")).is_passed).toBe(true);
    });

    describe("the Keywords AI example client's fields", () => {
      it("stores reasoning as the comment and keeps metadata", async () => {
        const created = await post({
          evaluator_slug: "acc",
          log_id: "log-reasoning",
          numerical_value: 0.8,
          reasoning: "Cites both sources",
          metadata: { judge: "gpt-4o", run: 7 },
        });
        expect(created.status).toBe(201);
        expect(created.body).toMatchObject({
          numerical_value: 0.8,
          string_value: "Cites both sources",
          metadata: { judge: "gpt-4o", run: 7 },
        });
        const patched = await callRoute(patchScore, "/", {
          method: "PATCH",
          headers: bearer(),
          params: { id: (created.body as Score).id },
          body: { reasoning: "Cites one source" },
        });
        expect(patched.body).toMatchObject({ numerical_value: 0.8, string_value: "Cites one source" });
      });

      it("accepts several value fields at once: the evaluator's own is the value, the others stay readable", async () => {
        const created = await post({
          evaluator_slug: "acc",
          log_id: "log-several",
          numerical_value: 0.9,
          string_value: "Great answer",
          boolean_value: true,
          metadata: { source: "docs example" },
        });
        expect(created.status).toBe(201);
        const score = await read((created.body as Score).id);
        expect(score).toMatchObject({
          numerical_value: 0.9,
          string_value: "Great answer",
          boolean_value: null,
          metadata: { source: "docs example", respan_other_values: { boolean_value: true } },
        });
      });

      it("still refuses a value field that does not fit when the evaluator's own field is missing", async () => {
        const refused = await post({ evaluator_slug: "acc", log_id: "log-mismatch", boolean_value: true });
        expect(refused.status).toBe(422);
        expect((refused.body as { errors: Record<string, string[]> }).errors).toHaveProperty("boolean_value");
      });
    });
  },
  seedRespanFixtures,
);
