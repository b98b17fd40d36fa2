import { beforeAll, expect, it, vi } from "vitest";
import type { Database } from "@/db/client";
import { describeEachEngine } from "@/db/testing/engines";
import { callRoute } from "@/lib/api/test-client";
import { setDatabaseForTests } from "@/lib/database";
import { LIST_SIZE, listScoreId, listScoreRows, seedListScores } from "@/lib/dialects/futureagi/test-scores";
import { futureAgiHeaders, KEYS, LABELS, PEOPLE, seedFutureAgi } from "@/lib/dialects/futureagi/test-seed";
import { GET as listLabels } from "../annotations-labels/route";
import { GET as listScores } from "./route";

type Page = {
  count: number;
  next: string | null;
  previous: string | null;
  results: { id: string; source_type: string; source_id: string }[];
  total_pages: number;
  current_page: number;
};

const ORIGIN = "http://scorelens.test";
const get = (path: string, headers: Record<string, string> = futureAgiHeaders()) =>
  callRoute(listScores, path, { headers });
const pageAt = async (path: string) => {
  const response = await get(path);
  expect(response.status, path).toBe(200);
  return response.body as Page;
};
/** A link as the route test client takes it: the path and query of an absolute URL on our origin. */
const pathOf = (link: string) => {
  const url = new URL(link);
  expect(url.origin).toBe(ORIGIN);
  return `${url.pathname}${url.search}`;
};

const rows = listScoreRows();
const newestFirst = (keep: (row: (typeof rows)[number]) => boolean) =>
  rows
    .filter(keep)
    .sort((a, b) => b.createdAt!.getTime() - a.createdAt!.getTime())
    .map((row) => row.id);

async function seed(db: Database) {
  await seedFutureAgi(db);
  await seedListScores(db);
}

describeEachEngine(
  "FutureAGI list",
  (t) => {
    beforeAll(() => setDatabaseForTests(t.handle));

    it("answers the first page newest first, 20 by default, with counts and absolute links", async () => {
      const page = await pageAt("/model-hub/scores/");
      expect(page).toMatchObject({
        count: LIST_SIZE,
        next: `${ORIGIN}/model-hub/scores/?page=2`,
        previous: null,
        total_pages: 2,
        current_page: 1,
      });
      expect(page.results.map((score) => score.id)).toEqual(newestFirst(() => true).slice(0, 20));
    });

    for (const [sizeParam, path] of [
      ["page_size", "/model-hub/scores/"],
      ["limit", "/model-hub/scores"],
    ]) {
      it(`walks next to the last page and previous back with ${sizeParam} (${path})`, async () => {
        const first = `${path}?label_id=${LABELS.quality}&${sizeParam}=4`;
        const seen: string[] = [];
        const visited: Page[] = [];
        let link: string | null = first;
        while (link) {
          const page = await pageAt(link);
          visited.push(page);
          seen.push(...page.results.map((score) => score.id));
          link = page.next ? pathOf(page.next) : null;
          if (link) expect(link).toContain(`${sizeParam}=4`);
        }
        const expected = newestFirst((row) => row.configId === LABELS.quality);
        expect(seen).toEqual(expected);
        expect(visited.map((page) => page.current_page)).toEqual([1, 2]);
        expect(visited.at(-1)!.total_pages).toBe(Math.ceil(expected.length / 4));

        const back = await pageAt(pathOf(visited.at(-1)!.previous!));
        expect(back.current_page).toBe(1);
        expect(visited.at(-1)!.previous).toBe(`${ORIGIN}${path}?label_id=${LABELS.quality}&${sizeParam}=4`);
      });
    }

    it("walks every score in pages of 4 without gaps or repeats", async () => {
      const seen: string[] = [];
      let link: string | null = "/model-hub/scores/?page_size=4";
      let pages = 0;
      while (link) {
        const page = await pageAt(link);
        seen.push(...page.results.map((score) => score.id));
        link = page.next ? pathOf(page.next) : null;
        pages += 1;
      }
      expect(pages).toBe(7);
      expect(seen).toEqual(Array.from({ length: LIST_SIZE }, (_, i) => listScoreId(LIST_SIZE - 1 - i)));
    });

    it("filters by every source_type spelling, by source, label and annotator", async () => {
      const ids = async (query: string) =>
        (await pageAt(`/model-hub/scores/?page_size=100&${query}`)).results.map((score) => score.id);
      const traces = newestFirst((row) => row.subjectKind === "trace");
      const observations = newestFirst((row) => row.subjectKind === "observation");
      const sessions = newestFirst((row) => row.subjectKind === "session");
      expect(await ids("source_type=trace")).toEqual(traces);
      for (const alias of ["span", "generation", "observation_span"]) {
        expect(await ids(`source_type=${alias}`), alias).toEqual(observations);
      }
      for (const alias of ["session", "trace_session"])
        expect(await ids(`source_type=${alias}`)).toEqual(sessions);
      expect(await ids("source_type=trace&source_id=trace-0")).toEqual(
        newestFirst((row) => row.subjectKind === "trace" && row.traceId === "trace-0"),
      );
      expect(await ids("source_type=span&source_id=obs-1")).toEqual(
        newestFirst((row) => row.subjectKind === "observation" && row.observationId === "obs-1"),
      );
      expect(await ids("source_id=sess-0")).toEqual(newestFirst((row) => row.sessionId === "sess-0"));
      expect(await ids(`label_id=${LABELS.stars}`)).toEqual(
        newestFirst((row) => row.configId === LABELS.stars),
      );
      expect(await ids(`annotator_id=${PEOPLE.annotator.id}`)).toEqual(
        newestFirst((row) => row.authorUserId === PEOPLE.annotator.id),
      );
    });

    it("answers stored kinds with the documented spelling", async () => {
      const { results } = await pageAt("/model-hub/scores/?page_size=100");
      const spelled = new Map(results.map((score) => [score.id, [score.source_type, score.source_id]]));
      expect(spelled.get(listScoreId(0))).toEqual(["trace", "trace-0"]);
      expect(spelled.get(listScoreId(1))).toEqual(["generation", "obs-1"]);
      expect(spelled.get(listScoreId(2))).toEqual(["span", "obs-0"]);
      expect(spelled.get(listScoreId(3))).toEqual(["session", "sess-1"]);
    });

    it("links through the proxy the client came through", async () => {
      const proxied = {
        ...futureAgiHeaders(),
        "x-forwarded-host": "scores.example.com",
        "x-forwarded-proto": "https",
      };
      const page = (await get("/model-hub/scores/?limit=10&page=2", proxied)).body as Page;
      expect([page.next, page.previous]).toEqual([
        "https://scores.example.com/model-hub/scores/?limit=10&page=3",
        "https://scores.example.com/model-hub/scores/?limit=10",
      ]);
    });

    it("links to the host the client addressed, not the server's own address", async () => {
      vi.stubEnv("SCORELENS_PUBLIC_URL", "");
      try {
        const headers = { ...futureAgiHeaders(), host: "127.0.0.1:3206" };
        const page = (await get("/model-hub/scores?limit=10", headers)).body as Page;
        expect(page.next).toBe("http://127.0.0.1:3206/model-hub/scores?limit=10&page=2");
      } finally {
        vi.unstubAllEnvs();
      }
    });

    it("links from SCORELENS_PUBLIC_URL when it is set, on scores and labels alike", async () => {
      vi.stubEnv("SCORELENS_PUBLIC_URL", "https://scores.example.com/");
      try {
        const proxied = { ...futureAgiHeaders(), host: "10.0.0.5:3000" };
        const page = (await get("/model-hub/scores/?limit=10&page=2", proxied)).body as Page;
        expect([page.next, page.previous]).toEqual([
          "https://scores.example.com/model-hub/scores/?limit=10&page=3",
          "https://scores.example.com/model-hub/scores/?limit=10",
        ]);
        const labels = await callRoute(listLabels, "/model-hub/annotations-labels/?page_size=1", {
          headers: proxied,
        });
        expect((labels.body as Page).next).toBe(
          "https://scores.example.com/model-hub/annotations-labels/?page_size=1&page=2",
        );
      } finally {
        vi.unstubAllEnvs();
      }
    });

    it("keeps other projects out", async () => {
      expect(
        (await pageAt("/model-hub/scores/")).results.every((score) => score.id.startsWith("list-")),
      ).toBe(true);
      const other = (await get("/model-hub/scores/", futureAgiHeaders(KEYS.other))).body as Page;
      expect(other.results.map((score) => score.id).sort()).toEqual(["other-1", "other-2"]);
    });

    it("refuses bad parameters in the vendor's envelope, and a page past the end with 404", async () => {
      const refusals: [string, number, Record<string, unknown>][] = [
        ["page=3&page_size=20", 404, { detail: "Invalid page.", type: "not_found" }],
        ["page_size=5&limit=5", 400, { attr: "limit" }],
        ["sourceType=trace", 400, { details: { sourceType: ["Unknown field."] } }],
        ["page=0", 400, { attr: "page" }],
        ["limit=1000", 400, { attr: "limit" }],
        ["page=3000&limit=5", 400, { attr: "page" }],
        ["source_type=prototype_run", 400, { attr: "source_type" }],
      ];
      for (const [query, status, body] of refusals) {
        const response = await get(`/model-hub/scores/?${query}`);
        expect(response.status, query).toBe(status);
        expect(response.body).toMatchObject({ status: false, ...body });
      }
      expect((await pageAt("/model-hub/scores/?label_id=nothing")).total_pages).toBe(1);
    });
  },
  seed,
);
