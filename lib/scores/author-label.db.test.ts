import { expect, it } from "vitest";
import { describeEachEngine } from "@/db/testing/engines";
import { scoreInputSchema } from "./score-input";
import { createScores } from "./write";
import { PRINCIPALS, seedWriteFixtures, traceScore } from "./write-fixtures";

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
