import { expect, it } from "vitest";
import { describeEachEngine } from "@/db/testing/engines";
import { scoreInputSchema } from "./score-input";
import { createScores } from "./write";
import { countScores, PRINCIPALS, PROJECT_ID, seedWriteFixtures, traceScore } from "./write-fixtures";

describeEachEngine(
  "free-text scorer (author label)",
  (t) => {
    it("is stored, and an upsert by id keeps what the new write says", async () => {
      const first = scoreInputSchema.parse(
        traceScore({ id: "labelled-1", name: "tone-check", value: 1, authorLabel: "gpt-judge" }),
      );
      const [row] = (await createScores(t.db, PRINCIPALS.apiKey, [first])).rows;
      expect(row.authorLabel).toBe("gpt-judge");

      const again = scoreInputSchema.parse(
        traceScore({ id: "labelled-1", name: "tone-check", value: 2, authorLabel: "gpt-judge" }),
      );
      const [updated] = (await createScores(t.db, PRINCIPALS.apiKey, [again])).rows;
      expect(updated).toMatchObject({ numericValue: 2, authorLabel: "gpt-judge" });
    });

    it("a signed-in writer's label is nobody's score, not the writer's", async () => {
      const input = scoreInputSchema.parse(
        traceScore({ id: "labelled-2", name: "tone-check", value: 1, authorLabel: "review-team" }),
      );
      const [row] = (await createScores(t.db, PRINCIPALS.owner, [input])).rows;
      expect(row).toMatchObject({ authorUserId: null, authorLabel: "review-team" });
    });

    it("an annotator may not write under a label (only as themselves), and nothing is written", async () => {
      const input = scoreInputSchema.parse(
        traceScore({ id: "labelled-3", name: "tone-check", value: 1, authorLabel: "review-team" }),
      );
      const before = await countScores(t.db, PROJECT_ID);
      await expect(createScores(t.db, PRINCIPALS.annotator, [input])).rejects.toMatchObject({
        code: "forbidden",
        issues: [
          {
            path: "scores.0.authorUserId",
            message: "Your role (annotator) may only author scores as yourself",
          },
        ],
      });
      expect(await countScores(t.db, PROJECT_ID)).toBe(before);
    });

    it("refuses an empty or overlong label, naming the field", () => {
      for (const authorLabel of ["", "x".repeat(256)]) {
        const parsed = scoreInputSchema.safeParse(traceScore({ name: "n", value: 1, authorLabel }));
        expect(parsed.success).toBe(false);
        expect(parsed.error?.issues[0]?.path).toEqual(["authorLabel"]);
      }
    });
  },
  seedWriteFixtures,
);
