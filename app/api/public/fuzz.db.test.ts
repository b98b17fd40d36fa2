import fc from "fast-check";
import { beforeAll, expect, it } from "vitest";
import { describeEachEngine } from "@/db/testing/engines";
import {
  expectSafeAnswer,
  HOSTILE_NUMBERS,
  queryStringArb,
  withHostileKey,
  type RouteHandler,
} from "@/lib/api/test-fuzz";
import { setDatabaseForTests } from "@/lib/database";
import { basicAuth, KEYS, QUEUE_ID, seedWriteFixtures } from "@/lib/scores/write-fixtures";
import { POST as createItem } from "./annotation-queues/[queueId]/items/route";
import { POST as createQueue } from "./annotation-queues/route";
import { POST as ingest } from "./ingestion/route";
import { POST as createConfig } from "./score-configs/route";
import { GET as listV1, POST as createScore } from "./scores/route";
import { GET as listV2 } from "./v2/scores/route";
import { GET as listV3 } from "./v3/scores/route";

/**
 * Property (lib/api/test-fuzz.ts): whatever a client sends to the Langfuse surface, it never answers 5xx, every error
 * has Langfuse's `{message}` shape, and a refused write changes nothing.
 */
const headers = basicAuth(KEYS);
const v3Keys = ["limit", "cursor", "fields", "id", "name", "source", "dataType", "environment", "value", "valueMin",
  "valueMax", "traceId", "sessionId", "observationId", "experimentId", "fromTimestamp", "toTimestamp", "userId"]; // prettier-ignore
const legacyKeys = [
  "page",
  "limit",
  "name",
  "operator",
  "value",
  "scoreIds",
  "dataType",
  "fields",
  "filter",
  "source",
];
const nasty = fc.constantFrom("", ",", "NaN", "1e309", "-0", "\u0000", "🙂", "2026-13-45", "+275760-09-13", "'", "%",
  "eyJ2IjoxfQ", "eyJ2IjoxLCJsYXN0VGltZXN0YW1wIjoiOTk5OTk5LTAxLTAxIiwibGFzdElkIjoiYSJ9", "a".repeat(300)); // prettier-ignore
const valueArb = fc.oneof(
  fc.string({ maxLength: 12 }),
  nasty,
  fc.double().map(String),
  fc.integer().map(String),
);
const queryArb = (keys: string[]) => queryStringArb(keys, valueArb, { maxNameLength: 6 });

const jsonArb = fc.jsonValue({ maxDepth: 4 });
const scoreBodyArb = fc.record(
  {
    id: fc.oneof(fc.string({ maxLength: 8 }), nasty),
    name: fc.oneof(fc.constantFrom("quality", "tone", "helpful"), fc.string({ maxLength: 8 })),
    value: fc.oneof(fc.double(), fc.constantFrom(...HOSTILE_NUMBERS), fc.string({ maxLength: 8 }), jsonArb),
    dataType: fc.constantFrom("NUMERIC", "BOOLEAN", "CATEGORICAL", "TEXT", "CORRECTION", "JSON", "x"),
    traceId: fc.oneof(fc.constant("t1"), nasty),
    sessionId: fc.constant("s1"),
    observationId: fc.string({ maxLength: 4 }),
    configId: fc.constantFrom("cfg-quality", "cfg-tone", "nope"),
    source: fc.constantFrom("API", "EVAL", "ANNOTATION", "x"),
    environment: fc.oneof(fc.string({ maxLength: 8 }), nasty),
    metadata: jsonArb,
    comment: fc.oneof(fc.string({ maxLength: 8 }), nasty),
  },
  { requiredKeys: [] },
);

describeEachEngine(
  "Langfuse surface fuzzing",
  (t) => {
    beforeAll(() => setDatabaseForTests(t.handle));

    // A refused write may change no row of any table (the default snapshot: a checksum of each).
    const langfuse = {
      isErrorBody: (body: unknown) => typeof (body as { message?: unknown }).message === "string",
    };

    it("never answers 5xx to any list query", async () => {
      const lists: [RouteHandler, string, string[]][] = [
        [listV3, "/api/public/v3/scores", v3Keys],
        [listV2, "/api/public/v2/scores", legacyKeys],
        [listV1, "/api/public/scores", legacyKeys],
      ];
      for (const [handler, path, keys] of lists) {
        const seen = new Set<number>();
        await fc.assert(
          fc.asyncProperty(queryArb(keys), async (query) => {
            const status = await expectSafeAnswer(t.db, langfuse, {
              handler,
              method: "GET",
              path: `${path}?${query}`,
              headers,
            });
            seen.add(status);
          }),
          { numRuns: 80, seed: 20261207 },
        );
        // Reached both sides: lists served and queries refused (not everything bounced off auth).
        expect([...seen], path).toEqual(expect.arrayContaining([200, 400]));
      }
    }, 120_000);

    it("never answers 5xx to any write, and a refused write changes nothing", async () => {
      const writes: [RouteHandler, fc.Arbitrary<unknown>, Record<string, string>][] = [
        [createScore, fc.oneof(scoreBodyArb, jsonArb), {}],
        [
          ingest,
          fc.record({
            batch: fc.array(
              fc.record({
                id: fc.string({ maxLength: 4 }),
                type: fc.constantFrom("score-create", "trace-create", "span-update", "sdk-log", "x"),
                timestamp: fc.constantFrom("2026-06-01T00:00:00Z", "soon", "0001-01-01T00:00:00Z"),
                body: fc.oneof(scoreBodyArb, fc.dictionary(fc.constantFrom("id", "input", "name", "startTime"), jsonArb)),
              }),
              { maxLength: 4 },
            ),
          }),
          {},
        ],
        [createConfig, fc.record({ name: valueArb, dataType: fc.constantFrom("NUMERIC", "CATEGORICAL", "BOOLEAN", "TEXT"), minValue: fc.double(), maxValue: fc.double(), categories: jsonArb }, { requiredKeys: [] }), {}],
        [createQueue, fc.record({ name: valueArb, description: jsonArb, scoreConfigIds: fc.array(valueArb, { maxLength: 3 }) }, { requiredKeys: [] }), {}],
        [createItem, fc.record({ objectId: valueArb, objectType: fc.constantFrom("TRACE", "SESSION", "x"), status: fc.constantFrom("PENDING", "done") }, { requiredKeys: [] }), { queueId: QUEUE_ID }],
      ]; // prettier-ignore
      const seen = new Set<number>();
      for (const [handler, bodyArb, params] of writes) {
        await fc.assert(
          fc.asyncProperty(withHostileKey(bodyArb), async (body) => {
            const request = { handler, method: "POST", path: "/api/public", headers, params };
            // A generated string goes as it is: malformed JSON is a request too.
            const sent = typeof body === "string" ? body : JSON.stringify(body);
            seen.add(await expectSafeAnswer(t.db, langfuse, { ...request, body: sent }));
          }),
          { numRuns: 60, seed: 20261207 },
        );
      }
      expect([...seen]).toEqual(expect.arrayContaining([200, 207, 400]));
    }, 300_000);
  },
  seedWriteFixtures,
);
