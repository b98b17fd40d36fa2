import { beforeAll, describe, expect, it } from "vitest";
import { describeEachEngine } from "@/db/testing/engines";
import { KEYS, headerStyles } from "@/lib/api/test-tenancy";
import { callRoute } from "@/lib/api/test-client";
import { setDatabaseForTests } from "@/lib/database";
import { INVALID_KEY_DETAIL, NO_CREDENTIALS_DETAIL } from "@/lib/dialects/respan/errors";
import { bearer, P2_ORDER, seedRespanFixtures } from "@/lib/dialects/respan/test-fixtures";
import { GET as listScores } from "./route";
import { POST as filterScores, GET as listScoresOld } from "./list/route";

/**
 * GET /api/scores/ and the paging of every Respan list over project P2 (ten scores):
 * the full score object, DRF pages with working next/previous links, query parameters and
 * their errors, and Respan's auth errors. Both path spellings are answered alike.
 */
type Score = Record<string, unknown> & { id: string };
type Page = { count: number; next: string | null; previous: string | null; results: Score[] };

const FORMS = ["/api/scores/", "/api/scores"];

describeEachEngine(
  "Respan score list",
  (t) => {
    beforeAll(() => setDatabaseForTests(t.handle));

    const get = (path: string, headers: Record<string, string> = bearer()) =>
      callRoute(listScores, path, { headers });
    /** Follows a `next` link the way a client does: the absolute URL, as is. */
    const follow = (link: string) => get(new URL(link).pathname + new URL(link).search);

    it.each(FORMS)("%s lists newest first with the full score object", async (path) => {
      const response = await get(path);
      expect(response.status).toBe(200);
      const page = response.body as Page;
      expect(page).toMatchObject({ count: 10, next: null, previous: null });
      expect(page.results.map((score) => score.id)).toEqual(P2_ORDER);
      expect(page.results[1]).toEqual({
        id: "r01",
        created_at: "2026-05-31T22:30:00.000Z",
        type: "llm",
        environment: "production",
        numerical_value: 0.9,
        string_value: null,
        boolean_value: null,
        categorical_value: null,
        json_value: null,
        is_passed: true,
        cost: 0.02,
        evaluator_id: "cfg-acc",
        evaluator_slug: "acc",
        evaluator_name: "accuracy",
        scorer: "ada@example.com",
        log_id: "log-1",
        prompt_id: "p-1",
        prompt_version_number: null,
        dataset_id: "d-1",
        automation_id: null,
        status: "completed",
        error_message: null,
        metadata: { model: "gpt-4o", tokens: 120, cached: true },
      });
      const byId = Object.fromEntries(page.results.map((score) => [score.id, score]));
      expect(byId.r02).toMatchObject({
        type: "code",
        string_value: "too short",
        scorer: "judge-bot",
        cost: 0,
      });
      expect(byId.r03).toMatchObject({ type: "human_boolean", boolean_value: true, numerical_value: null });
      expect(byId.r04).toMatchObject({ type: "api", boolean_value: false, string_value: "wrong" });
      expect(byId.r05).toMatchObject({
        type: "human_multi_select",
        categorical_value: ["bug", "ux"],
        scorer: null,
      });
      expect(byId.r06).toMatchObject({
        type: "human_text",
        string_value: "Needs a citation",
        evaluator_id: null,
      });
      expect(byId.r07).toMatchObject({ type: "llm", json_value: '{"rating":5}', evaluator_slug: "payload" });
      expect(byId.s01).toMatchObject({
        type: "api",
        string_value: "other project",
        evaluator_slug: "helpfulness",
      });
    });

    it.each(FORMS)(
      "%s: following next from the first page to the last visits every score once",
      async (path) => {
        let response = await get(`${path}?page_size=3&environment=production,staging`);
        const seen: string[] = [];
        const pages: Page[] = [];
        for (;;) {
          expect(response.status).toBe(200);
          const page = response.body as Page;
          pages.push(page);
          seen.push(...page.results.map((score) => score.id));
          if (!page.next) break;
          expect(page.next.startsWith(`http://scorelens.test${path}?`)).toBe(true);
          response = await follow(page.next);
        }
        const expected = P2_ORDER.filter((id) => id !== "r06");
        expect(seen).toEqual(expected);
        expect(pages.map((page) => page.count)).toEqual([9, 9, 9]);
        expect(pages[0].previous).toBeNull();
        expect(pages[1].previous).toBe(
          `http://scorelens.test${path}?page_size=3&environment=production%2Cstaging`,
        );
        expect(pages[2].previous).toBe(
          `http://scorelens.test${path}?page_size=3&environment=production%2Cstaging&page=2`,
        );
        const back = await follow(pages[2].previous!);
        expect((back.body as Page).results.map((score) => score.id)).toEqual(expected.slice(3, 6));
      },
    );

    it("the filter endpoint's next, followed with the same body, pages through the matches", async () => {
      const body = { filters: { numerical_value: { operator: "isnull", value: false } } };
      const seen: string[] = [];
      let link: string | null = "http://scorelens.test/api/scores/list/?page_size=1&sort_by=numerical_value";
      while (link) {
        const url = new URL(link);
        const response = await callRoute(filterScores, url.pathname + url.search, {
          method: "POST",
          headers: bearer(),
          body,
        });
        expect(response.status).toBe(200);
        const page = response.body as Page;
        expect(page.count).toBe(4);
        seen.push(...page.results.map((score) => score.id));
        link = page.next;
      }
      expect(seen).toEqual(["r02", "s01", "r08", "r01"]);
    });

    it("sorts by sort_by, narrows by start_time / end_time (inclusive) and environment", async () => {
      const ids = async (query: string) =>
        ((await get(`/api/scores/${query}`)).body as Page).results.map((s) => s.id);
      expect(await ids("?sort_by=created_at")).toEqual([...P2_ORDER].reverse());
      expect(await ids("?sort_by=-evaluator_name&environment=staging")).toEqual(["r04", "r02"]);
      expect(await ids("?start_time=2026-05-31T20:30:00Z&end_time=2026-05-31T22:30:00Z")).toEqual([
        "r01",
        "x02",
        "r02",
        "r03",
      ]);
      expect(await ids("?environment=DEVELOPMENT")).toEqual(["r06"]);
      expect(await ids("?start_time=2026-06-01T00:00:00Z")).toEqual([]);
    });

    it("the old GET /api/scores/list/ is the same list", async () => {
      const response = await callRoute(listScoresOld, "/api/scores/list?page_size=2", { headers: bearer() });
      expect(response.body).toMatchObject({
        count: 10,
        next: "http://scorelens.test/api/scores/list?page_size=2&page=2",
      });
    });

    describe("bad query parameters are 400 {detail}", () => {
      it.each([
        ["?page_size=101", 'page_size must be a whole number from 1 to 100, got "101"'],
        ["?page_size=0", 'page_size must be a whole number from 1 to 100, got "0"'],
        ["?page=0", 'page must be a whole number of at least 1, got "0"'],
        ["?page=two", 'page must be a whole number of at least 1, got "two"'],
        [
          "?page=101&page_size=100",
          "page × page_size may reach at most 10000 rows; narrow the list with start_time and end_time",
        ],
        [
          "?limit=5",
          "Unknown query parameter 'limit'. Supported: page, page_size, sort_by, start_time, end_time, environment",
        ],
        [
          "?sort_by=-cost",
          "Unknown sort_by '-cost'. Sortable: created_at, timestamp, numerical_value, evaluator_name (prefix '-' for descending)",
        ],
        ["?start_time=yesterday", 'start_time must be an ISO 8601 date-time, got "yesterday"'],
        ["?start_time=2026-06-02&end_time=2026-06-01", "end_time must not be earlier than start_time"],
        ["?environment=,", "environment takes 1 to 100 comma-separated names"],
      ])("%s", async (query, detail) => {
        for (const path of FORMS) {
          const response = await get(`${path}${query}`);
          expect(response.status).toBe(400);
          expect(response.body).toEqual({ detail });
        }
      });

      it("a page past the last one is DRF's 404", async () => {
        const response = await get("/api/scores/?page=3&page_size=5");
        expect(response.status).toBe(404);
        expect(response.body).toEqual({ detail: "Invalid page." });
      });
    });

    describe("auth", () => {
      it.each(FORMS)("%s: no credentials, a wrong key, a key of another project", async (path) => {
        const none = await get(path, {});
        expect([none.status, none.body]).toEqual([401, { detail: NO_CREDENTIALS_DETAIL }]);
        expect(NO_CREDENTIALS_DETAIL).toBe("Authentication credentials were not provided.");
        const wrong = await get(path, { authorization: "Bearer sk-sl-not-a-key" });
        expect([wrong.status, wrong.body]).toEqual([401, { detail: INVALID_KEY_DETAIL }]);
        expect(INVALID_KEY_DETAIL).toBe(
          "Your API key is invalid or expired; send a valid secret key as 'Authorization: Bearer <secret key>'.",
        );
        const p1 = await get(path, bearer(KEYS.p1));
        expect((p1.body as Page).results.every((score) => !score.id.startsWith("r"))).toBe(true);
      });
      it("accepts the other header styles of the same key", async () => {
        for (const style of [headerStyles.basic, headerStyles.xApiKey]) {
          expect((await get("/api/scores/", style(KEYS.p2))).status).toBe(200);
        }
      });
    });
  },
  seedRespanFixtures,
);
