import { beforeAll, expect, it } from "vitest";
import { describeEachEngine } from "@/db/testing/engines";
import { callRoute } from "@/lib/api/test-client";
import { setDatabaseForTests } from "@/lib/database";
import { futureAgiHeaders, KEYS, LABELS, seedFutureAgi } from "@/lib/dialects/futureagi/test-seed";
import { POST as createScore } from "./route";

const headers = futureAgiHeaders();
const post = (body: unknown, path = "/model-hub/scores/") =>
  callRoute(createScore, path, { method: "POST", headers, body });
const resultOf = (body: unknown) => (body as { status: boolean; result: Record<string, unknown> }).result;

/** Each label type: a canonical input, a bare input, and the canonical value both read back as. */
const cases: [label: string, canonical: unknown, bare: unknown, readBack: unknown][] = [
  [LABELS.quality, { value: 7 }, 7, { value: 7 }],
  [LABELS.clarity, { value: 0.3 }, 0.3, { value: 0.3 }],
  [LABELS.stars, { rating: 4 }, 4, { rating: 4 }],
  [LABELS.thumbs, { value: "up" }, "up", { value: "up" }],
  [LABELS.thumbs, { value: "down" }, false, { value: "down" }],
  [LABELS.sentiment, { selected: ["Positive"] }, "Positive", { selected: ["Positive"] }],
  [LABELS.topics, { selected: ["bug", "docs"] }, ["bug", "docs"], { selected: ["bug", "docs"] }],
  [LABELS.feedback, { text: "Clear answer" }, "Clear answer", { text: "Clear answer" }],
  [LABELS.payload, { json: { ok: true } }, { ok: true }, { json: { ok: true } }],
];

describeEachEngine(
  "FutureAGI create",
  (t) => {
    beforeAll(() => setDatabaseForTests(t.handle));

    cases.forEach(([label, canonical, bare, readBack], index) => {
      it(`${label}: canonical and bare input both read back canonical (${index})`, async () => {
        const first = await post({
          source_type: "trace",
          source_id: `trace-c${index}`,
          label_id: label,
          value: canonical,
        });
        expect(first.status).toBe(200);
        expect(first.body).toMatchObject({ status: true, result: { label_id: label, value: readBack } });
        const second = await post({
          source_type: "trace",
          source_id: `trace-b${index}`,
          label_id: label,
          value: bare,
        });
        expect(second.status).toBe(200);
        expect(resultOf(second.body).value).toEqual(readBack);
      });
    });

    it("answers the score in the vendor's shape, with an empty value_history", async () => {
      const response = await post({
        source_type: "span",
        source_id: "obs-shape",
        label_id: LABELS.quality,
        value: { value: 5 },
        notes: "fine",
        score_source: "api",
      });
      expect(response.body).toEqual({
        status: true,
        result: {
          id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
          source_type: "span",
          source_id: "obs-shape",
          label_id: LABELS.quality,
          label_name: "quality",
          label_type: "numeric",
          label_settings: { min: 0, max: 10, step_size: 1, display_type: "button" },
          label_allow_notes: true,
          value: { value: 5 },
          value_history: [],
          score_source: "api",
          notes: "fine",
          annotator: null,
          annotator_id: null,
          annotator_name: null,
          annotator_email: null,
          queue_item: null,
          queue_id: null,
          created_at: expect.any(String),
          updated_at: expect.any(String),
        },
      });
    });

    it("upserts on (source, label, annotator, queue item): the second write updates the first", async () => {
      const body = { source_type: "trace", source_id: "trace-upsert", label_id: LABELS.stars, value: 2 };
      const first = resultOf((await post(body)).body);
      const second = resultOf((await post({ ...body, value: { rating: 5 } })).body);
      expect(second.id).toBe(first.id);
      expect(second.value).toEqual({ rating: 5 });
      expect(second.value_history).toEqual([{ value: { rating: 2 }, at: expect.any(String) }]);
      const otherItem = resultOf((await post({ ...body, queue_item_id: "item-1" })).body);
      expect(otherItem.id).not.toBe(first.id);
      expect(otherItem.queue_item).toBe("item-1");
    });

    // observation_span reads back as written: upstream's model_hub/tests/test_scores_api.py asserts it.
    it("accepts every source_type spelling; observations read back as written", async () => {
      const spellings = {
        trace: "trace",
        span: "span",
        generation: "generation",
        observation_span: "observation_span",
        session: "session",
        trace_session: "session",
      };
      for (const [alias, answered] of Object.entries(spellings)) {
        const body = { source_type: alias, source_id: `src-${alias}`, label_id: LABELS.quality, value: 1 };
        const result = resultOf((await post(body)).body);
        expect([result.source_type, result.source_id]).toEqual([answered, `src-${alias}`]);
      }
    });

    it("accepts every score_source spelling and answers human, api or auto", async () => {
      const spellings = {
        human: "human",
        api: "api",
        auto: "auto",
        imported: "api",
        sdk: "api",
        automation: "auto",
        model: "auto",
      };
      for (const [alias, answered] of Object.entries(spellings)) {
        const body = {
          source_type: "trace",
          source_id: `origin-${alias}`,
          label_id: LABELS.quality,
          value: 2,
        };
        expect(resultOf((await post({ ...body, score_source: alias })).body).score_source).toBe(answered);
      }
      const omitted = {
        source_type: "trace",
        source_id: "origin-default",
        label_id: LABELS.quality,
        value: 2,
      };
      expect(resultOf((await post(omitted)).body).score_source).toBe("human");
    });

    it("refuses bad requests in the vendor's envelope, naming the field", async () => {
      const base = { source_type: "trace", source_id: "trace-bad", label_id: LABELS.quality, value: 3 };
      const refusals: [unknown, number, string, RegExp][] = [
        [{ ...base, sourceId: "x" }, 400, "sourceId", /^Unknown field\.$/],
        [{ ...base, source_type: "dataset_row" }, 400, "source_type", /not supported.*trace, span/],
        [{ ...base, score_source: "robot" }, 400, "score_source", /not a valid choice/],
        [{ ...base, value: { rating: 3 } }, 400, "value", /numeric label takes \{"value"/],
        [{ ...base, value: 11 }, 400, "value", /above the maximum 10/],
        [{ ...base, value: 2.5 }, 400, "value", /step grid/],
        [{ ...base, label_id: LABELS.stars, value: 6 }, 400, "value", /1 to 5/],
        [{ ...base, label_id: LABELS.thumbs, value: "maybe" }, 400, "value", /"up" or "down"/],
        [{ ...base, label_id: LABELS.sentiment, value: "Angry" }, 400, "value", /"Angry" is not a category/],
        [{ ...base, label_id: LABELS.sentiment, value: ["Positive", "Neutral"] }, 400, "value", /one option/],
        [{ ...base, label_id: LABELS.feedback, value: 5 }, 400, "value", /must be a string/],
        [{ ...base, label_id: LABELS.retired }, 400, "label_id", /archived/],
        [{ ...base, label_id: "lbl-missing" }, 404, "", /^Label not found: lbl-missing$/],
        [{ ...base, label_id: LABELS.elsewhere }, 404, "", /^Label not found: lbl-elsewhere$/],
      ];
      for (const [body, status, field, message] of refusals) {
        const response = await post(body);
        expect(response.status, JSON.stringify(body)).toBe(status);
        const envelope = response.body as {
          status: boolean;
          detail: string;
          details: Record<string, string[]>;
        };
        expect(envelope.status).toBe(false);
        if (field) expect(envelope.details[field]?.[0], JSON.stringify(body)).toMatch(message);
        else expect(envelope.detail).toMatch(message);
      }
      const list = await callRoute(createScore, "/model-hub/scores/", {
        method: "POST",
        headers,
        body: "[1]",
      });
      expect(list.status).toBe(400);
      expect(list.body).toMatchObject({ status: false, attr: "non_field_errors" });
    });

    it("needs both keys of a pair: 401 in the vendor's words, without and with wrong credentials", async () => {
      const body = { source_type: "trace", source_id: "t", label_id: LABELS.quality, value: 1 };
      const none = await callRoute(createScore, "/model-hub/scores/", { method: "POST", body });
      expect(none.status).toBe(401);
      expect(none.headers.get("www-authenticate")).toBe("ApiKey");
      expect(none.body).toMatchObject({ code: "not_authenticated", type: "authentication_error" });
      const wrong = { "x-api-key": KEYS.project.publicKey, "x-secret-key": "sk-sl-wrong" };
      const refused = await callRoute(createScore, "/model-hub/scores/", {
        method: "POST",
        headers: wrong,
        body,
      });
      expect(refused.body).toMatchObject({
        code: "authentication_failed",
        detail: "Invalid API key or secret key",
      });
      const halfPair = { "x-api-key": KEYS.project.publicKey };
      expect(
        (await callRoute(createScore, "/model-hub/scores/", { method: "POST", headers: halfPair, body }))
          .status,
      ).toBe(401);
    });
  },
  seedFutureAgi,
);
