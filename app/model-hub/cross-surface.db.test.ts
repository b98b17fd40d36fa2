import { beforeAll, expect, it } from "vitest";
import { GET as listV1, POST as createV1 } from "@/app/api/v1/scores/route";
import { PATCH as patchV1 } from "@/app/api/v1/scores/[id]/route";
import { GET as listV3 } from "@/app/api/public/v3/scores/route";
import { describeEachEngine } from "@/db/testing/engines";
import { callRoute } from "@/lib/api/test-client";
import { setDatabaseForTests } from "@/lib/database";
import { futureAgiHeaders, LABELS, seedFutureAgi } from "@/lib/dialects/futureagi/test-seed";
import { GET as retrieve } from "./scores/[id]/route";
import { GET as forSource } from "./scores/for-source/route";
import { POST as create } from "./scores/route";

/**
 * One score store, three faces: scores written here read back the same through /api/v1 and the
 * Langfuse v3 list, and scores written through /api/v1 read back here in FutureAGI's shapes.
 */
type FutureAgiScore = {
  id: string;
  label_id: string;
  value: unknown;
  score_source: string;
  source_type: string;
  notes: string | null;
};
type V1Score = {
  id: string;
  configId: string;
  value: unknown;
  dataType: string;
  source: string;
  comment: string | null;
  subject: object;
};

const headers = futureAgiHeaders();

/** label → [FutureAGI input, FutureAGI canonical value, /api/v1 value, Langfuse v3 value, data type] */
const SCORES: [string, unknown, unknown, unknown, unknown, string][] = [
  [LABELS.quality, 7, { value: 7 }, 7, 7, "NUMERIC"],
  [LABELS.stars, { rating: 4 }, { rating: 4 }, 4, 4, "NUMERIC"],
  [LABELS.thumbs, "up", { value: "up" }, true, true, "BOOLEAN"],
  [
    LABELS.sentiment,
    { selected: ["Positive"] },
    { selected: ["Positive"] },
    "Positive",
    "Positive",
    "CATEGORICAL",
  ],
  [LABELS.topics, ["bug", "docs"], { selected: ["bug", "docs"] }, ["bug", "docs"], "bug", "CATEGORICAL"],
  [LABELS.feedback, { text: "hello" }, { text: "hello" }, "hello", "hello", "TEXT"],
];

describeEachEngine(
  "FutureAGI across surfaces",
  (t) => {
    beforeAll(() => setDatabaseForTests(t.handle));

    it("reads scores created here consistently through /api/v1 and the Langfuse v3 list", async () => {
      const created = new Map<string, FutureAgiScore>();
      for (const [label, input, canonical] of SCORES) {
        const body = {
          source_type: "trace",
          source_id: "trace-cross",
          label_id: label,
          value: input,
          notes: `on ${label}`,
          score_source: "api",
        };
        const response = await callRoute(create, "/model-hub/scores/", { method: "POST", headers, body });
        const score = (response.body as { result: FutureAgiScore }).result;
        expect(score.value).toEqual(canonical);
        created.set(label, score);
      }

      const v1 = await callRoute(listV1, "/api/v1/scores?traceId=trace-cross&limit=50", { headers });
      expect(v1.status).toBe(200);
      const byConfig = new Map((v1.body as { data: V1Score[] }).data.map((score) => [score.configId, score]));
      for (const [label, , , nativeValue, , dataType] of SCORES) {
        expect(byConfig.get(label), label).toMatchObject({
          id: created.get(label)!.id,
          value: nativeValue,
          dataType,
          source: "API",
          comment: `on ${label}`,
          subject: { kind: "trace", id: "trace-cross" },
        });
      }

      const v3 = await callRoute(
        listV3,
        "/api/public/v3/scores?traceId=trace-cross&fields=details,annotation,subject",
        {
          headers,
        },
      );
      expect(v3.status).toBe(200);
      const v3ById = new Map(
        (v3.body as { data: Record<string, unknown>[] }).data.map((score) => [score.id, score]),
      );
      for (const [label, , , , langfuseValue, dataType] of SCORES) {
        expect(v3ById.get(created.get(label)!.id), label).toMatchObject({
          value: langfuseValue,
          dataType,
          configId: label,
          comment: `on ${label}`,
          source: "API",
        });
      }
    });

    it("reads scores created through /api/v1 here in canonical shapes, and upserts onto them", async () => {
      const scores = SCORES.map(([label, , , nativeValue], index) => ({
        configId: label,
        value: nativeValue,
        observationId: "obs-cross",
        observationType: "GENERATION",
        traceId: "trace-parent",
        source: index % 2 ? "EVAL" : "ANNOTATION",
        comment: index === 0 ? "native note" : null,
      }));
      const posted = await callRoute(createV1, "/api/v1/scores", {
        method: "POST",
        headers,
        body: { scores },
      });
      expect(posted.status).toBe(201);
      const nativeIds = (posted.body as { data: V1Score[] }).data.map((score) => score.id);

      const path = "/model-hub/scores/for-source/?source_type=observation_span&source_id=obs-cross";
      const here = (await callRoute(forSource, path, { headers })).body as { result: FutureAgiScore[] };
      const byLabel = new Map(here.result.map((score) => [score.label_id, score]));
      SCORES.forEach(([label, , canonical], index) => {
        expect(byLabel.get(label), label).toMatchObject({
          id: nativeIds[index],
          value: canonical,
          source_type: "generation",
          score_source: index % 2 ? "auto" : "human",
          notes: index === 0 ? "native note" : null,
        });
      });

      const [qualityId] = nativeIds;
      await callRoute(patchV1, `/api/v1/scores/${qualityId}`, {
        method: "PATCH",
        headers,
        body: { value: 9 },
        params: { id: qualityId },
      });
      const detail = await callRoute(retrieve, `/model-hub/scores/${qualityId}/`, {
        headers,
        params: { id: qualityId },
      });
      expect(detail.body).toMatchObject({ value: { value: 9 }, value_history: [{ value: { value: 7 } }] });

      const body = {
        source_type: "span",
        source_id: "obs-cross",
        label_id: LABELS.quality,
        value: { value: 10 },
      };
      const upserted = await callRoute(create, "/model-hub/scores/", { method: "POST", headers, body });
      expect((upserted.body as { result: FutureAgiScore }).result).toMatchObject({
        id: qualityId,
        value: { value: 10 },
      });
    });
  },
  seedFutureAgi,
);
