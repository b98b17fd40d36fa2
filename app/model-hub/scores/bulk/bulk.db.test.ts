import { beforeAll, expect, it } from "vitest";
import { describeEachEngine } from "@/db/testing/engines";
import { callRoute } from "@/lib/api/test-client";
import { setDatabaseForTests } from "@/lib/database";
import { futureAgiHeaders, LABELS, seedFutureAgi } from "@/lib/dialects/futureagi/test-seed";
import { GET as forSource } from "../for-source/route";
import { POST as bulk } from "./route";

type Score = { id: string; label_id: string; value: unknown; notes: string | null; score_source: string };
type BulkAnswer = { status: boolean; result: { scores: Score[]; errors: string[] } };

const headers = futureAgiHeaders();
const send = (body: unknown, path = "/model-hub/scores/bulk/") =>
  callRoute(bulk, path, { method: "POST", headers, body });
const scoresOn = async (sourceId: string) =>
  (
    (
      await callRoute(forSource, `/model-hub/scores/for-source/?source_type=span&source_id=${sourceId}`, {
        headers,
      })
    ).body as { result: Score[] }
  ).result;

describeEachEngine(
  "FutureAGI bulk",
  (t) => {
    beforeAll(() => setDatabaseForTests(t.handle));

    it("writes several labels on one source, canonical and bare values alike", async () => {
      const response = await send({
        source_type: "observation_span",
        source_id: "obs-bulk",
        notes: "for all",
        scores: [
          { label_id: LABELS.quality, value: { value: 8 } },
          { label_id: LABELS.stars, value: 3, notes: "own note", score_source: "sdk" },
          { label_id: LABELS.thumbs, value: "down" },
          { label_id: LABELS.topics, value: { selected: ["docs"] } },
          { label_id: LABELS.feedback, value: "terse" },
        ],
      });
      expect(response.status).toBe(200);
      const { status, result } = response.body as BulkAnswer;
      expect(status).toBe(true);
      expect(result.errors).toEqual([]);
      expect(
        result.scores.map((score) => [score.label_id, score.value, score.notes, score.score_source]),
      ).toEqual([
        [LABELS.quality, { value: 8 }, "for all", "human"],
        [LABELS.stars, { rating: 3 }, "own note", "api"],
        [LABELS.thumbs, { value: "down" }, "for all", "human"],
        [LABELS.topics, { selected: ["docs"] }, "for all", "human"],
        [LABELS.feedback, { text: "terse" }, "for all", "human"],
      ]);
      expect((await scoresOn("obs-bulk")).map((score) => score.id).sort()).toEqual(
        result.scores.map((score) => score.id).sort(),
      );
    });

    it("reports the scores it could not write in errors and writes the rest", async () => {
      const response = await send({
        source_type: "span",
        source_id: "obs-partial",
        scores: [
          { label_id: "lbl-missing", value: 1 },
          { label_id: LABELS.stars, value: { rating: 9 } },
          { label_id: LABELS.sentiment, value: { selected: ["Neutral"] } },
        ],
      });
      expect(response.status).toBe(200);
      const { result } = response.body as BulkAnswer;
      expect(result.errors).toEqual([
        "Label not found: lbl-missing",
        `Label ${LABELS.stars}: value: A star rating must be a whole number from 1 to 5`,
      ]);
      expect(result.scores.map((score) => score.label_id)).toEqual([LABELS.sentiment]);
      expect((await scoresOn("obs-partial")).map((score) => score.label_id)).toEqual([LABELS.sentiment]);
    });

    it("refuses a request that writes nothing with 400 naming each score, leaving no trace", async () => {
      const response = await send({
        source_type: "span",
        source_id: "obs-none",
        scores: [
          { label_id: "lbl-missing", value: 1 },
          { label_id: LABELS.quality, value: 99 },
        ],
      });
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({
        status: false,
        details: {
          "scores.0.label_id": ["Label not found: lbl-missing"],
          "scores.1.value": [expect.stringContaining("above the maximum 10")],
        },
      });
      expect(await scoresOn("obs-none")).toEqual([]);
    });

    it("upserts: the same label twice, or sent again, leaves one score with the last value", async () => {
      const body = {
        source_type: "span",
        source_id: "obs-twice",
        scores: [
          { label_id: LABELS.quality, value: 1 },
          { label_id: LABELS.quality, value: 2 },
        ],
      };
      const first = (await send(body)).body as BulkAnswer;
      expect(first.result.scores.map((score) => score.id)).toEqual([
        first.result.scores[0].id,
        first.result.scores[0].id,
      ]);
      const again = (
        await send({ ...body, scores: [{ label_id: LABELS.quality, value: 5 }] }, "/model-hub/scores/bulk")
      ).body as BulkAnswer;
      expect(again.result.scores[0].id).toBe(first.result.scores[0].id);
      expect((await scoresOn("obs-twice")).map((score) => score.value)).toEqual([{ value: 5 }]);
    });

    it("refuses malformed bodies in the vendor's envelope", async () => {
      const base = { source_type: "span", source_id: "obs-x" };
      const cases: [unknown, string][] = [
        [{ ...base, scores: [] }, "scores"],
        [{ ...base, scores: [{ label_id: LABELS.quality, value: 1, colour: "red" }] }, "scores.0.colour"],
        [
          { ...base, scores: [{ label_id: LABELS.quality, value: 1 }], span_notes: "whole item" },
          "span_notes",
        ],
        [
          { ...base, source_type: "dataset_row", scores: [{ label_id: LABELS.quality, value: 1 }] },
          "source_type",
        ],
      ];
      for (const [body, field] of cases) {
        const response = await send(body);
        expect(response.status, field).toBe(400);
        expect((response.body as { details: Record<string, unknown> }).details).toHaveProperty([field]);
      }
    });
  },
  seedFutureAgi,
);
