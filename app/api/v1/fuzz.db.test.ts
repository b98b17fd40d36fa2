import fc from "fast-check";
import { beforeAll, expect, it } from "vitest";
import { describeEachEngine } from "@/db/testing/engines";
import { expectSafeAnswer, queryStringArb, withHostileKey, type RouteHandler } from "@/lib/api/test-fuzz";
import { KEYS, headerStyles, seedKeys } from "@/lib/api/test-tenancy";
import { setDatabaseForTests } from "@/lib/database";
import { scoreListShape } from "@/lib/scores/filters";
import { errorResponseSchema } from "@/lib/scores/score-json";
import { P1, seedFixtures } from "@/lib/scores/test-fixtures";
import { PATCH as patchLabel } from "./configs/[id]/route";
import { GET as configs, POST as createLabel } from "./configs/route";
import { POST as submitItem } from "./queues/[id]/items/[itemId]/submit/route";
import { POST as addItems } from "./queues/[id]/items/route";
import { POST as claimNext } from "./queues/[id]/next/route";
import { POST as createQueue } from "./queues/route";
import { GET as environments } from "./environments/route";
import { GET as members } from "./members/route";
import { GET as queues } from "./queues/route";
import { GET as scoreDetail, PATCH as patchScore, DELETE as deleteScore } from "./scores/[id]/route";
import { GET as revisions } from "./scores/[id]/revisions/route";
import { GET as facets } from "./scores/facets/route";
import { GET as listScores, POST as createScores } from "./scores/route";
import { GET as subject } from "./subjects/[kind]/[id]/route";

/**
 * Property (lib/api/test-fuzz.ts): whatever a client sends, /api/v1 never answers 5xx, every 4xx
 * has the native error shape, and a rejected request leaves every row as it was.
 */
const knownKeys = [...Object.keys(scoreListShape), "projectId"];
const nasty = fc.constantFrom(
  "",
  " ",
  ",",
  ",,",
  "NaN",
  "-0",
  "1e309",
  "null",
  "true",
  "%",
  "_",
  "'",
  '"',
  "\\",
  "\u0000",
  "🙂",
  "2026-13-45",
  "1' or '1'='1",
  "a".repeat(300),
);
const valueArb = fc.oneof(
  fc.string({ maxLength: 20 }),
  nasty,
  fc.integer().map(String),
  fc.double().map(String),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
);
const validQueryArb = fc
  .record(
    {
      name: fc.constantFrom("helpfulness", "tone", "nope"),
      source: fc.constantFrom("API", "eval", "annotation,api"),
      environment: fc.constantFrom("production", "staging,canary"),
      sort: fc.constantFrom("timestamp", "value", "name", "createdAt", "updatedAt"),
      order: fc.constantFrom("asc", "desc"),
      limit: fc.integer({ min: 1, max: 500 }).map(String),
      count: fc.constantFrom("none", "capped", "estimate", "exact"),
      valueMin: fc.double({ min: -10, max: 10, noNaN: true }).map(String),
      q: fc.string({ maxLength: 5 }),
      range: fc.constantFrom("15m", "24h", "90d"),
    },
    { requiredKeys: [] },
  )
  .map((record) => new URLSearchParams(record).toString());
const randomQueryArb = queryStringArb(knownKeys, valueArb, { maxPairs: 6 });
const queryArb = fc.oneof(fc.constant(""), validQueryArb, randomQueryArb);

const scoreLike = fc.record(
  {
    name: fc.oneof(fc.constantFrom("helpfulness", "tone", "toxicity"), fc.string({ maxLength: 10 })),
    value: fc.oneof(
      fc.double(),
      fc.boolean(),
      fc.string({ maxLength: 10 }),
      fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
      fc.constant(null),
    ),
    dataType: fc.oneof(
      fc.constantFrom("NUMERIC", "BOOLEAN", "CATEGORICAL", "TEXT", "CORRECTION", "JSON"),
      fc.string({ maxLength: 6 }),
    ),
    traceId: fc.oneof(fc.constant("trace-s01"), fc.string({ maxLength: 6 })),
    configId: fc.oneof(fc.constant("cfg-helpfulness"), fc.string({ maxLength: 6 })),
    authorUserId: fc.oneof(fc.constantFrom("u1", "u2", "nobody"), fc.integer()),
    queueId: fc.oneof(fc.constant(`${P1}-q1`), fc.string({ maxLength: 6 })),
    timestamp: fc.oneof(
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      fc.string({ maxLength: 6 }),
    ),
    metadata: fc.oneof(fc.object(), fc.string({ maxLength: 4 })),
    environment: fc.oneof(fc.constantFrom("production", "PROD!"), fc.string({ maxLength: 6 })),
    id: fc.oneof(fc.constantFrom("s01", "s02"), fc.string({ maxLength: 8 })),
  },
  { requiredKeys: [] },
);
const validScore = fc.record({
  name: fc.constant("helpfulness"),
  value: fc.double({ min: -5, max: 5, noNaN: true }),
  traceId: fc.constantFrom("trace-fuzz-1", "trace-fuzz-2"),
  comment: fc.string({ maxLength: 40 }),
  metadata: fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
});
const bodyArb = fc.oneof(
  validScore,
  fc.record({ scores: fc.array(validScore, { minLength: 1, maxLength: 3 }) }),
  fc.record(
    { value: fc.double({ min: -5, max: 5, noNaN: true }), comment: fc.string({ maxLength: 10 }) },
    { requiredKeys: [] },
  ),
  scoreLike,
  fc.record({ scores: fc.array(scoreLike, { maxLength: 4 }) }),
  fc.record({ value: fc.anything(), comment: fc.anything(), metadata: fc.anything() }, { requiredKeys: [] }),
  fc.jsonValue(),
);
const idArb = fc.oneof(
  fc.constantFrom("s01", "s05", "x02", "missing"),
  fc.string({ minLength: 1, maxLength: 12 }),
);
const headersArb = fc.constantFrom(
  headerStyles.basic(KEYS.p1),
  headerStyles.bearer(KEYS.p1),
  headerStyles.xApiKey(KEYS.p2),
  {},
  { authorization: "Basic !!!" },
  { authorization: "Bearer " },
);

const requestArb = fc.record({
  endpoint: fc.constantFrom(
    "list",
    "facets",
    "configs",
    "queues",
    "members",
    "environments",
    "subject",
    "create",
    "detail",
    "patch",
    "delete",
    "revisions",
    "createLabel",
    "patchLabel",
    "createQueue",
    "addItems",
    "claimNext",
    "submitItem",
  ),
  query: queryArb,
  body: withHostileKey(bodyArb),
  rawBody: fc.oneof(
    { arbitrary: fc.constant(null), weight: 4 },
    { arbitrary: fc.string({ maxLength: 30 }), weight: 1 },
  ),
  id: idArb,
  kind: fc.oneof(
    fc.constantFrom("trace", "session", "observation", "experiment"),
    fc.string({ maxLength: 6 }),
  ),
  headers: headersArb,
  ifMatch: fc.option(fc.string({ maxLength: 20 })),
});

type Target = {
  handler: RouteHandler;
  method: string;
  path: (r: { id: string; kind: string }) => string;
  params?: (r: { id: string; kind: string }) => Record<string, string>;
};
const byId = (r: { id: string }) => ({ id: r.id });
const routes: Record<string, Target> = {
  list: { handler: listScores, method: "GET", path: () => "/api/v1/scores" },
  facets: { handler: facets, method: "GET", path: () => "/api/v1/scores/facets" },
  configs: { handler: configs, method: "GET", path: () => "/api/v1/configs" },
  createLabel: { handler: createLabel, method: "POST", path: () => "/api/v1/configs" },
  patchLabel: { handler: patchLabel, method: "PATCH", path: (r) => `/api/v1/configs/${r.id}`, params: byId },
  createQueue: { handler: createQueue, method: "POST", path: () => "/api/v1/queues" },
  addItems: { handler: addItems, method: "POST", path: (r) => `/api/v1/queues/${r.id}/items`, params: byId },
  claimNext: { handler: claimNext, method: "POST", path: (r) => `/api/v1/queues/${r.id}/next`, params: byId },
  submitItem: {
    handler: submitItem,
    method: "POST",
    path: (r) => `/api/v1/queues/${P1}-q1/items/${r.id}/submit`,
    params: (r) => ({ id: `${P1}-q1`, itemId: r.id }),
  },
  queues: { handler: queues, method: "GET", path: () => "/api/v1/queues" },
  members: { handler: members, method: "GET", path: () => "/api/v1/members" },
  environments: { handler: environments, method: "GET", path: () => "/api/v1/environments" },
  subject: {
    handler: subject,
    method: "GET",
    path: (r) => `/api/v1/subjects/${r.kind}/${r.id}`,
    params: (r) => ({ kind: r.kind, id: r.id }),
  },
  create: { handler: createScores, method: "POST", path: () => "/api/v1/scores" },
  detail: { handler: scoreDetail, method: "GET", path: (r) => `/api/v1/scores/${r.id}`, params: byId },
  patch: { handler: patchScore, method: "PATCH", path: (r) => `/api/v1/scores/${r.id}`, params: byId },
  delete: { handler: deleteScore, method: "DELETE", path: (r) => `/api/v1/scores/${r.id}`, params: byId },
  revisions: {
    handler: revisions,
    method: "GET",
    path: (r) => `/api/v1/scores/${r.id}/revisions`,
    params: byId,
  },
};

describeEachEngine(
  "fuzzed /api/v1 requests",
  (t) => {
    beforeAll(() => setDatabaseForTests(t.handle));

    const native = { isErrorBody: (body: unknown) => errorResponseSchema.safeParse(body).success };

    it("never answers 5xx and never writes on a rejected request", async () => {
      const seen = new Set<number>();
      await fc.assert(
        fc.asyncProperty(requestArb, async (r) => {
          const route = routes[r.endpoint];
          const hasBody = route.method === "POST" || route.method === "PATCH";
          const headers: Record<string, string> = {
            ...r.headers,
            ...(r.ifMatch ? { "if-match": r.ifMatch } : {}),
            ...(hasBody ? { "content-type": "application/json" } : {}),
          };
          const status = await expectSafeAnswer(t.db, native, {
            handler: route.handler,
            method: route.method,
            path: `${route.path(r)}?${r.query}`,
            headers,
            body: hasBody ? (r.rawBody ?? JSON.stringify(r.body)) : undefined,
            params: route.params?.(r),
          });
          seen.add(status);
        }),
        { numRuns: 400, seed: 20261207 },
      );
      // The run must reach both sides: successful reads and writes as well as every kind of refusal.
      // Which write succeeds (201 create, 204 delete) depends on the generated sequence; one must.
      expect([...seen].sort()).toEqual(expect.arrayContaining([200, 400, 401, 404]));
      expect([...seen].some((status) => status === 201 || status === 204)).toBe(true);
    }, 300_000);
  },
  async (db) => {
    await seedFixtures(db);
    await seedKeys(db);
  },
);
