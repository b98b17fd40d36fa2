import { beforeAll, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { describeEachEngine } from "@/db/testing/engines";
import { callRoute } from "@/lib/api/test-client";
import { setDatabaseForTests } from "@/lib/database";
import { listScoreRows, seedListScores } from "@/lib/dialects/futureagi/test-scores";
import { futureAgiHeaders, LABELS, PEOPLE, seedFutureAgi } from "@/lib/dialects/futureagi/test-seed";
import { GET as forSource } from "./route";

type Answer = {
  status: boolean;
  result: { id: string; label_name: string; created_at: string }[];
  span_notes?: unknown[];
};

const get = async (query: string, path = "/model-hub/scores/for-source/") => {
  const response = await callRoute(forSource, `${path}?${query}`, { headers: futureAgiHeaders() });
  return { status: response.status, body: response.body as Answer };
};

/** Label name, then newest: upstream's order. */
const expectedIds = (keep: (row: ReturnType<typeof listScoreRows>[number]) => boolean) =>
  listScoreRows()
    .filter(keep)
    .sort((a, b) => a.name.localeCompare(b.name) || b.createdAt!.getTime() - a.createdAt!.getTime())
    .map((row) => row.id);

async function seed(db: Database) {
  await seedFutureAgi(db);
  await seedListScores(db);
}

describeEachEngine(
  "FutureAGI for-source",
  (t) => {
    beforeAll(() => setDatabaseForTests(t.handle));

    it("answers every score on a span by label name, then newest, with span_notes", async () => {
      const isObs0 = (row: ReturnType<typeof listScoreRows>[number]) => row.observationId === "obs-0";
      for (const alias of ["span", "generation", "observation_span"]) {
        const { status, body } = await get(`source_type=${alias}&source_id=obs-0`);
        expect(status).toBe(200);
        expect(body.status).toBe(true);
        expect(body.result.map((score) => score.id)).toEqual(expectedIds(isObs0));
        expect(body.span_notes).toEqual([]);
      }
    });

    it("answers trace and session sources without span_notes, and both path forms", async () => {
      const { body } = await get("source_type=trace&source_id=trace-1", "/model-hub/scores/for-source");
      expect(body.result.map((score) => score.id)).toEqual(
        expectedIds((row) => row.subjectKind === "trace" && row.traceId === "trace-1"),
      );
      expect(body).not.toHaveProperty("span_notes");
      const sessions = await get("source_type=trace_session&source_id=sess-1");
      expect(sessions.body.result.map((score) => score.id)).toEqual(
        expectedIds((row) => row.subjectKind === "session" && row.sessionId === "sess-1"),
      );
    });

    it("narrows by label_id and annotator_id as the docs list them", async () => {
      const { body } = await get(
        `source_type=session&source_id=sess-1&label_id=${LABELS.thumbs}&annotator_id=${PEOPLE.otherAnnotator.id}`,
      );
      expect(body.result.map((score) => score.id)).toEqual(
        expectedIds(
          (row) =>
            row.sessionId === "sess-1" &&
            row.subjectKind === "session" &&
            row.configId === LABELS.thumbs &&
            row.authorUserId === PEOPLE.otherAnnotator.id,
        ),
      );
    });

    it("needs source_type and source_id, and refuses unknown keys", async () => {
      const missing = await get("source_id=obs-0");
      expect(missing.status).toBe(400);
      expect(missing.body).toMatchObject({
        code: "required",
        details: { source_type: ["This field is required."] },
      });
      const unknown = await get("source_type=span&source_id=obs-0&page=2");
      expect(unknown.body).toMatchObject({ details: { page: ["Unknown field."] } });
    });
  },
  seed,
);
