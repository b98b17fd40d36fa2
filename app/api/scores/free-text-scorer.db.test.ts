import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { describeEachEngine } from "@/db/testing/engines";
import { callRoute } from "@/lib/api/test-client";
import { createPerson, signIn } from "@/lib/auth/test-sessions";
import { setDatabaseForTests } from "@/lib/database";
import { bearer, seedRespanFixtures } from "@/lib/dialects/respan/test-fixtures";
import { countScores } from "@/lib/scores/write-fixtures";
import { P2 } from "@/lib/scores/test-fixtures";
import { PATCH as patchScore, PUT as replaceScore } from "./[id]/route";
import { POST as filterScores } from "./list/route";
import { POST as createScore } from "./route";

/**
 * A `scorer` on POST /api/scores/ is Respan's "who or what produced the score": a member's email
 * records that member, any other text is kept as the score's author label. The label is part of
 * the score's (log, evaluator, scorer) key, reads back as `scorer`, and the scorer filter finds it.
 */
type Score = Record<string, unknown> & { id: string };
type Page = { count: number; results: Score[] };

const PASSWORD = "correct-horse-battery-staple";
const PEOPLE = { member: "mia@example.com", annotator: "ann@example.com" } as const;

async function seed(db: Database) {
  await seedRespanFixtures(db);
  await createPerson(db, { email: PEOPLE.member, password: PASSWORD, name: "Mia" }, { [P2]: "member" });
  await createPerson(db, { email: PEOPLE.annotator, password: PASSWORD, name: "Ann" }, { [P2]: "annotator" });
}

describeEachEngine(
  "Respan free-text scorer",
  (t) => {
    const sessions = {} as Record<keyof typeof PEOPLE, Record<string, string>>;
    beforeAll(async () => {
      setDatabaseForTests(t.handle);
      for (const [who, email] of Object.entries(PEOPLE)) {
        sessions[who as keyof typeof PEOPLE] = { cookie: await signIn({ email, password: PASSWORD }) };
      }
    });

    const post = (body: Record<string, unknown>, headers: Record<string, string> = bearer(), query = "") =>
      callRoute(createScore, `/api/scores/${query}`, { method: "POST", headers, body });
    const scorerFilter = async (operator: string, value: unknown) => {
      const response = await callRoute(filterScores, "/api/scores/list/", {
        method: "POST",
        headers: bearer(),
        body: { filters: { scorer: { operator, value } } },
      });
      expect(response.status).toBe(200);
      return (response.body as Page).results.map((score) => score.id);
    };

    describe("POST /api/scores/", () => {
      it("keeps a scorer that is no member's email as the score's scorer", async () => {
        const first = await post({
          evaluator_slug: "acc",
          log_id: "log-judge",
          numerical_value: 0.4,
          scorer: "gpt-judge",
        });
        expect(first.status).toBe(201);
        expect(first.body).toMatchObject({ scorer: "gpt-judge", log_id: "log-judge", numerical_value: 0.4 });

        // The same (log, evaluator, scorer) updates that score …
        const again = await post({
          evaluator_slug: "acc",
          log_id: "log-judge",
          numerical_value: 0.6,
          scorer: "gpt-judge",
        });
        expect(again).toMatchObject({
          status: 200,
          body: { id: (first.body as Score).id, scorer: "gpt-judge" },
        });

        // … while another scorer, or none, is another score on the same log and evaluator.
        const other = await post({
          evaluator_slug: "acc",
          log_id: "log-judge",
          numerical_value: 1,
          scorer: "rubric-v2",
        });
        const nobody = await post({ evaluator_slug: "acc", log_id: "log-judge", numerical_value: 0 });
        expect(other).toMatchObject({ status: 201, body: { scorer: "rubric-v2" } });
        expect(nobody).toMatchObject({ status: 201, body: { scorer: null } });
        const ids = new Set([first, other, nobody].map((response) => (response.body as Score).id));
        expect(ids.size).toBe(3);
      });

      it("still records a member when the scorer is a member's email, in any case", async () => {
        const response = await post({
          evaluator_slug: "acc",
          log_id: "log-member",
          numerical_value: 0.5,
          scorer: "Ada@Example.com",
        });
        expect(response).toMatchObject({ status: 201, body: { scorer: "ada@example.com" } });
      });

      it("a signed-in member may write under a label; the score is the label's, not theirs", async () => {
        const body = {
          evaluator_slug: "acc",
          log_id: "log-session",
          numerical_value: 0.3,
          scorer: "review-team",
        };
        const response = await post(body, sessions.member, `?projectId=${P2}`);
        expect(response).toMatchObject({ status: 201, body: { scorer: "review-team" } });
      });

      it("an annotator may score only as themselves: 403 in Respan's shape, nothing written", async () => {
        const before = await countScores(t.db, P2);
        const body = {
          evaluator_slug: "acc",
          log_id: "log-annotator",
          numerical_value: 0.3,
          scorer: "someone",
        };
        const response = await post(body, sessions.annotator, `?projectId=${P2}`);
        expect(response.status).toBe(403);
        expect(response.body).toEqual({ detail: "Your role (annotator) may only author scores as yourself" });
        expect(await countScores(t.db, P2)).toBe(before);
      });
    });

    describe("the label stays the score's scorer", () => {
      it("through PATCH and PUT; PUT may repeat it but not change it", async () => {
        const { body } = await post({
          evaluator_slug: "acc",
          log_id: "log-keep",
          numerical_value: 0.1,
          scorer: "bot-7",
        });
        const id = (body as Score).id;
        const patched = await callRoute(patchScore, `/api/scores/${id}/`, {
          method: "PATCH",
          headers: bearer(),
          body: { numerical_value: 0.2 },
          params: { id },
        });
        expect(patched).toMatchObject({ status: 200, body: { scorer: "bot-7", numerical_value: 0.2 } });

        const put = (scorer?: string) =>
          callRoute(replaceScore, `/api/scores/${id}/`, {
            method: "PUT",
            headers: bearer(),
            body: { evaluator_slug: "acc", numerical_value: 0.9, ...(scorer ? { scorer } : {}) },
            params: { id },
          });
        expect(await put()).toMatchObject({ status: 200, body: { scorer: "bot-7", numerical_value: 0.9 } });
        expect(await put("bot-7")).toMatchObject({ status: 200, body: { scorer: "bot-7" } });
        expect(await put("bot-8")).toMatchObject({
          status: 422,
          body: {
            errors: { scorer: ["A score's scorer cannot change; delete the score and create a new one."] },
          },
        });
        expect(await put("ada@example.com")).toMatchObject({ status: 422 });
      });
    });

    describe("the scorer filter", () => {
      it("matches labels with every text operator, next to member emails", async () => {
        await post({
          evaluator_slug: "acc",
          log_id: "log-filter",
          numerical_value: 0.5,
          scorer: "Filter-Judge",
        });
        const labelled = await scorerFilter("", ["Filter-Judge"]);
        expect(labelled).toHaveLength(1);
        expect(await scorerFilter("iexact", "filter-judge")).toEqual(labelled);
        expect(await scorerFilter("startswith", "Filter-")).toEqual(labelled);
        expect(await scorerFilter("icontains", "JUDGE")).toEqual(expect.arrayContaining(labelled));
        expect(await scorerFilter("in", ["Filter-Judge", "nobody"])).toEqual(labelled);
        expect(await scorerFilter("not", "Filter-Judge")).not.toContain(labelled[0]);
        expect(await scorerFilter("isnull", true)).not.toContain(labelled[0]);
      });
    });
  },
  seed,
);
