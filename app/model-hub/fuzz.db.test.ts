import fc from "fast-check";
import { beforeAll, expect, it } from "vitest";
import { z } from "zod";
import type { Database } from "@/db/client";
import { describeEachEngine } from "@/db/testing/engines";
import { expectSafeAnswer, queryStringArb, withHostileKey, type RouteHandler } from "@/lib/api/test-fuzz";
import { setDatabaseForTests } from "@/lib/database";
import { listScoreId, seedListScores } from "@/lib/dialects/futureagi/test-scores";
import { futureAgiHeaders, KEYS, LABELS, seedFutureAgi } from "@/lib/dialects/futureagi/test-seed";
import { GET as label } from "./annotations-labels/[id]/route";
import { GET as labels } from "./annotations-labels/route";
import { DELETE as remove, GET as retrieve, PATCH as patch, PUT as put } from "./scores/[id]/route";
import { POST as bulk } from "./scores/bulk/route";
import { GET as forSource } from "./scores/for-source/route";
import { GET as list, POST as create } from "./scores/route";

/**
 * Property (lib/api/test-fuzz.ts): whatever a client sends to /model-hub, the answer is never 5xx, every error has
 * FutureAGI's envelope, and a refused request leaves every row as it was.
 */
const envelope = z.object({
  status: z.literal(false),
  type: z.string(),
  code: z.string(),
  detail: z.string(),
  message: z.string(),
  details: z.record(z.string(), z.array(z.string())),
});

const queryKeys = [
  "source_type",
  "source_id",
  "label_id",
  "annotator_id",
  "page",
  "page_size",
  "limit",
  "type",
  "search",
  "archived",
];
const nasty = fc.constantFrom(
  "",
  " ",
  "0",
  "-1",
  "1e309",
  "NaN",
  "\u0000",
  "🙂",
  "span",
  "trace_session",
  "dataset_row",
  "'",
  "%",
);
const queryArb = queryStringArb(
  queryKeys,
  fc.oneof(nasty, fc.string({ maxLength: 12 }), fc.nat(30).map(String)),
);

const labelIdArb = fc.oneof(fc.constantFrom(...Object.values(LABELS)), fc.string({ maxLength: 8 }));
const valueArb = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(
    1,
    4,
    7,
    0.3,
    "up",
    "down",
    "Positive",
    ["bug", "docs"],
    { value: 3 },
    { rating: 2 },
    { selected: ["docs"] },
    { text: "t" },
  ),
);
const scoreArb = fc.record(
  {
    source_type: fc.oneof(
      fc.constantFrom(
        "trace",
        "span",
        "generation",
        "observation_span",
        "session",
        "trace_session",
        "call_execution",
      ),
      fc.string({ maxLength: 6 }),
    ),
    source_id: fc.oneof(fc.constantFrom("trace-0", "obs-1", "sess-0"), fc.string({ maxLength: 6 })),
    label_id: labelIdArb,
    value: valueArb,
    notes: fc.oneof(fc.string({ maxLength: 10 }), fc.constant(null), fc.integer()),
    score_source: fc.oneof(
      fc.constantFrom("human", "api", "auto", "imported", "sdk", "automation", "model"),
      fc.string({ maxLength: 5 }),
    ),
    queue_item_id: fc.option(fc.string({ maxLength: 6 })),
    sourceType: fc.string({ maxLength: 3 }),
  },
  { requiredKeys: [] },
);
const bodyArb = fc.oneof(
  scoreArb,
  fc.record(
    {
      source_type: fc.constantFrom("span", "trace", "nope"),
      source_id: fc.string({ maxLength: 6 }),
      scores: fc.array(
        fc.record(
          { label_id: labelIdArb, value: valueArb, score_source: fc.constantFrom("api", "robot") },
          { requiredKeys: ["label_id"] },
        ),
        { maxLength: 4 },
      ),
      span_notes: fc.option(fc.string({ maxLength: 3 })),
    },
    { requiredKeys: [] },
  ),
  fc.record(
    {
      value: valueArb,
      notes: fc.option(fc.string({ maxLength: 5 })),
      score_source: fc.string({ maxLength: 6 }),
    },
    { requiredKeys: [] },
  ),
  fc.jsonValue(),
);
const headersArb = fc.constantFrom(
  futureAgiHeaders(),
  futureAgiHeaders(KEYS.other),
  {},
  { "x-api-key": KEYS.project.publicKey },
  { "x-api-key": KEYS.project.publicKey, "x-secret-key": "wrong" },
);

const routes: Record<string, { handler: RouteHandler; method: string; path: string; withId?: boolean }> = {
  list: { handler: list, method: "GET", path: "/model-hub/scores/" },
  create: { handler: create, method: "POST", path: "/model-hub/scores/" },
  bulk: { handler: bulk, method: "POST", path: "/model-hub/scores/bulk/" },
  forSource: { handler: forSource, method: "GET", path: "/model-hub/scores/for-source/" },
  retrieve: { handler: retrieve, method: "GET", path: "/model-hub/scores/", withId: true },
  put: { handler: put, method: "PUT", path: "/model-hub/scores/", withId: true },
  patch: { handler: patch, method: "PATCH", path: "/model-hub/scores/", withId: true },
  remove: { handler: remove, method: "DELETE", path: "/model-hub/scores/", withId: true },
  labels: { handler: labels, method: "GET", path: "/model-hub/annotations-labels/" },
  label: { handler: label, method: "GET", path: "/model-hub/annotations-labels/", withId: true },
};

const requestArb = fc.record({
  endpoint: fc.constantFrom(...Object.keys(routes)),
  query: fc.oneof(fc.constant(""), queryArb),
  body: withHostileKey(bodyArb),
  rawBody: fc.oneof(
    { arbitrary: fc.constant(null), weight: 5 },
    { arbitrary: fc.string({ maxLength: 20 }), weight: 1 },
  ),
  id: fc.oneof(
    fc.constantFrom(listScoreId(0), listScoreId(7), listScoreId(12), LABELS.quality, "missing"),
    fc.string({ minLength: 1, maxLength: 10 }),
  ),
  headers: headersArb,
});

async function seed(db: Database) {
  await seedFutureAgi(db);
  await seedListScores(db);
}

describeEachEngine(
  "fuzzed /model-hub requests",
  (t) => {
    beforeAll(() => setDatabaseForTests(t.handle));

    const futureAgi = { isErrorBody: (body: unknown) => envelope.safeParse(body).success };

    it("never answers 5xx, always in the vendor's envelope, and never writes on a refusal", async () => {
      const seen = new Set<number>();
      await fc.assert(
        fc.asyncProperty(requestArb, async (r) => {
          const route = routes[r.endpoint];
          const hasBody = ["POST", "PUT", "PATCH"].includes(route.method);
          const status = await expectSafeAnswer(t.db, futureAgi, {
            handler: route.handler,
            method: route.method,
            path: `${route.path}${route.withId ? `${encodeURIComponent(r.id)}/` : ""}?${r.query}`,
            headers: r.headers,
            body: hasBody ? (r.rawBody ?? JSON.stringify(r.body)) : undefined,
            params: route.withId ? { id: r.id } : {},
          });
          seen.add(status);
        }),
        { numRuns: 400, seed: 20260601 },
      );
      expect([...seen].sort()).toEqual(expect.arrayContaining([200, 400, 401, 404]));
    }, 300_000);
  },
  seed,
);
