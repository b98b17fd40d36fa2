import { beforeAll, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { describeEachEngine } from "@/db/testing/engines";
import { callRoute } from "@/lib/api/test-client";
import { setDatabaseForTests } from "@/lib/database";
import { listScoreRows, seedListScores } from "@/lib/dialects/futureagi/test-scores";
import { futureAgiHeaders, LABELS, PROJECT, seedFutureAgi } from "@/lib/dialects/futureagi/test-seed";
import { GET as retrieve } from "./[id]/route";
import { GET as list } from "./route";

type Label = {
  id: string;
  type: string;
  settings: object;
  output_type: string;
  archived: boolean;
  [key: string]: unknown;
};
type Page = {
  count: number;
  next: string | null;
  previous: string | null;
  results: Label[];
  total_pages: number;
};

const headers = futureAgiHeaders();
const listAt = async (query = "", path = "/model-hub/annotations-labels/") => {
  const response = await callRoute(list, `${path}${query ? `?${query}` : ""}`, { headers });
  return { status: response.status, body: response.body as Page };
};
const ids = (page: Page) => page.results.map((label) => label.id);

/** Seeded one minute apart in this order; the list answers newest first. */
const active = [
  LABELS.payload,
  LABELS.feedback,
  LABELS.topics,
  LABELS.sentiment,
  LABELS.thumbs,
  LABELS.stars,
  LABELS.clarity,
  LABELS.quality,
];

async function seed(db: Database) {
  await seedFutureAgi(db);
  await seedListScores(db);
}

describeEachEngine(
  "FutureAGI labels",
  (t) => {
    beforeAll(() => setDatabaseForTests(t.handle));

    it("lists the project's active labels, newest first, with the vendor's type and settings", async () => {
      const { status, body } = await listAt();
      expect(status).toBe(200);
      expect(body).toMatchObject({ count: active.length, next: null, previous: null, total_pages: 1 });
      expect(ids(body)).toEqual(active);
      const byId = new Map(body.results.map((label) => [label.id, label]));
      expect(byId.get(LABELS.quality)).toEqual({
        id: LABELS.quality,
        name: "quality",
        type: "numeric",
        organization: null,
        settings: { min: 0, max: 10, step_size: 1, display_type: "button" },
        project: PROJECT,
        description: "",
        allow_notes: true,
        created_at: "2026-06-01T00:01:00.000Z",
        archived: false,
        output_type: "score",
      });
      const summary = (id: string) => [byId.get(id)?.type, byId.get(id)?.settings, byId.get(id)?.output_type];
      expect(summary(LABELS.clarity)).toEqual([
        "numeric",
        { min: 0, max: 1, step_size: 0.1, display_type: "slider" },
        "score",
      ]);
      expect(summary(LABELS.stars)).toEqual(["star", { no_of_stars: 5 }, "score"]);
      expect(summary(LABELS.thumbs)).toEqual(["thumbs_up_down", {}, "Pass/Fail"]);
      expect(summary(LABELS.topics)).toEqual([
        "categorical",
        {
          options: [
            { label: "billing", value: 0 },
            { label: "bug", value: 1 },
            { label: "docs", value: 2 },
          ],
          multi_choice: true,
          rule_prompt: "",
          auto_annotate: false,
          strategy: null,
        },
        "choices",
      ]);
      expect(summary(LABELS.feedback)).toEqual([
        "text",
        { placeholder: "", min_length: 0, max_length: null },
        "text",
      ]);
      expect(summary(LABELS.payload)).toEqual(["json", {}, "json"]);
    });

    it("filters by type, name, archive state and project", async () => {
      expect(ids((await listAt("type=categorical")).body)).toEqual([LABELS.topics, LABELS.sentiment]);
      expect(ids((await listAt("type=numeric")).body)).toEqual([LABELS.clarity, LABELS.quality]);
      expect(ids((await listAt("search=STAR")).body)).toEqual([LABELS.stars]);
      expect(ids((await listAt("archived=true")).body)).toEqual([LABELS.retired]);
      expect(ids((await listAt("include_archived=true")).body)).toEqual([LABELS.retired, ...active]);
      expect(ids((await listAt(`project_id=${PROJECT}`)).body)).toEqual(active);
      expect((await listAt("project_id=elsewhere")).body.count).toBe(0);
    });

    it("pages with page_size or limit and working links, on both path forms", async () => {
      const first = (await listAt("page_size=3", "/model-hub/annotations-labels")).body;
      expect(first.next).toBe("http://scorelens.test/model-hub/annotations-labels?page_size=3&page=2");
      const seen = [...ids(first)];
      let next = first.next;
      while (next) {
        const url = new URL(next);
        const page = (await listAt(url.search.slice(1), url.pathname)).body;
        seen.push(...ids(page));
        next = page.next;
      }
      expect(seen).toEqual(active);
      expect(ids((await listAt("limit=2&page=4")).body)).toEqual(active.slice(6));
      expect((await listAt("limit=2&page=5")).status).toBe(404);
    });

    it("counts each label's scores when asked", async () => {
      const starRows = listScoreRows().filter((row) => row.configId === LABELS.stars);
      const onTraces = starRows.filter((row) => row.subjectKind === "trace").length;
      const { body } = await listAt(`include_usage_count=true&type=star`);
      expect(body.results[0]).toMatchObject({
        annotation_count: starRows.length,
        trace_annotations_count: onTraces,
      });
      expect(onTraces).toBeGreaterThan(0);
      const one = await callRoute(
        retrieve,
        `/model-hub/annotations-labels/${LABELS.stars}/?include_usage_count=1`,
        {
          headers,
          params: { id: LABELS.stars },
        },
      );
      expect(one.body).toMatchObject({ id: LABELS.stars, annotation_count: starRows.length });
    });

    it("retrieves one label; other projects' labels and unknown ids are 404", async () => {
      const get = (id: string) =>
        callRoute(retrieve, `/model-hub/annotations-labels/${id}/`, { headers, params: { id } });
      expect((await get(LABELS.retired)).body).toMatchObject({ id: LABELS.retired, archived: true });
      expect((await get(LABELS.retired)).body).not.toHaveProperty("annotation_count");
      for (const id of [LABELS.elsewhere, "lbl-nope"]) {
        expect((await get(id)).body).toMatchObject({
          status: false,
          type: "not_found",
          detail: "Label not found.",
        });
      }
    });

    it("refuses unknown and unsupported parameters by name", async () => {
      const { status, body } = await listAt("dataset=d1&colour=red&type=binary");
      expect(status).toBe(400);
      expect(Object.keys((body as unknown as { details: object }).details).sort()).toEqual([
        "colour",
        "dataset",
        "type",
      ]);
    });
  },
  seed,
);
