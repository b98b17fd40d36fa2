import fc from "fast-check";
import { beforeAll, expect, it } from "vitest";
import { describeEachEngine } from "@/db/testing/engines";
import { KEYS, headerStyles } from "@/lib/api/test-tenancy";
import { expectSafeAnswer, queryStringArb, withHostileKey, type RouteHandler } from "@/lib/api/test-fuzz";
import { setDatabaseForTests } from "@/lib/database";
import { filterFieldKinds, filterOperators } from "@/lib/dialects/respan/filter-fields";
import { seedRespanFixtures } from "@/lib/dialects/respan/test-fixtures";
import { GET as listScores, POST as createScore } from "./route";
import {
  DELETE as deleteScore,
  GET as getScore,
  PATCH as patchScore,
  PUT as replaceScore,
} from "./[id]/route";
import { GET as listOld, POST as filterScores } from "./list/route";
import { GET as listLog, POST as postLog } from "../logs/[log_id]/scores/route";
import {
  DELETE as deleteLogScore,
  GET as getLogScore,
  PATCH as patchLogScore,
  PUT as replaceLogScore,
} from "../logs/[log_id]/scores/[score_id]/route";

/**
 * Property (lib/api/test-fuzz.ts): whatever a client sends to the Respan endpoints, the answer is never 5xx, every
 * error has Respan's shape ({detail}, plus {errors} on 422), and a refused request changes no
 * score, revision or evaluator.
 */
const nasty = fc.constantFrom(
  "",
  " ",
  "\u0000",
  "🙂",
  "%",
  "_",
  "'",
  "\\",
  "1' or '1'='1",
  "a".repeat(300),
  "\ud800",
);
const scalar = fc.oneof(
  fc.string({ maxLength: 8 }),
  nasty,
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);
const fieldName = fc.oneof(
  fc.constantFrom(...Object.keys(filterFieldKinds), "metadata__model", "metadata__tokens", "error_message"),
  fc.string({ maxLength: 10 }),
);
const condition = fc.record(
  {
    operator: fc.oneof(
      fc.constantFrom(...filterOperators, "eq", "regex", "iexact"),
      fc.string({ maxLength: 5 }),
    ),
    value: fc.oneof(
      scalar,
      fc.array(scalar, { maxLength: 3 }),
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)),
    ),
    connector: fc.constantFrom("AND", "OR", "or"),
  },
  { requiredKeys: [] },
);
const { filters } = fc.letrec((tie) => ({
  filters: fc.dictionary(
    fieldName,
    fc.oneof({ depthSize: "small" }, condition, fc.array(condition, { maxLength: 2 }), tie("group")),
    {
      maxKeys: 4,
    },
  ),
  group: fc.record(
    { connector: fc.constantFrom("AND", "OR"), filter_params: tie("filters") },
    { requiredKeys: ["filter_params"] },
  ),
}));
const scoreBody = fc.record(
  {
    evaluator_slug: fc.oneof(fc.constantFrom("acc", "is-ok", "tags", "fresh"), fc.string({ maxLength: 6 })),
    evaluator_id: fc.oneof(fc.constantFrom("cfg-acc", "cfg-ok", "nope"), nasty),
    log_id: fc.oneof(fc.constantFrom("log-1", "log-fuzz"), nasty),
    numerical_value: fc.oneof(fc.double(), scalar),
    boolean_value: scalar,
    categorical_value: fc.oneof(fc.array(fc.constantFrom("bug", "ux", "x"), { maxLength: 3 }), scalar),
    string_value: scalar,
    json_value: fc.oneof(
      fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)),
      scalar,
    ),
    environment: fc.oneof(fc.constantFrom("production", "Pro d"), nasty),
    scorer: fc.oneof(fc.constantFrom("ada@example.com", "x@y"), nasty),
    type: fc.oneof(fc.constantFrom("llm", "human_boolean", "api"), nasty),
    cost: scalar,
    metadata: fc.oneof(fc.object({ maxDepth: 2 }), scalar),
    colour: fc.string({ maxLength: 3 }),
  },
  { requiredKeys: [] },
);
const query = queryStringArb(
  ["page", "page_size", "sort_by", "start_time", "end_time", "environment"],
  fc.oneof(
    fc.integer({ min: -1, max: 200 }).map(String),
    fc.constantFrom("-created_at", "numerical_value", "2026-05-31"),
    nasty,
  ),
  { maxPairs: 4, maxNameLength: 6 },
);

type Target = {
  handler: RouteHandler;
  method: string;
  path: (id: string, log: string) => string;
  withBody?: boolean;
};
const targets: Target[] = [
  { handler: listScores, method: "GET", path: () => "/api/scores/" },
  { handler: createScore, method: "POST", path: () => "/api/scores", withBody: true },
  { handler: getScore, method: "GET", path: (id) => `/api/scores/${id}/` },
  { handler: patchScore, method: "PATCH", path: (id) => `/api/scores/${id}`, withBody: true },
  { handler: replaceScore, method: "PUT", path: (id) => `/api/scores/${id}/`, withBody: true },
  { handler: deleteScore, method: "DELETE", path: (id) => `/api/scores/${id}/` },
  { handler: filterScores, method: "POST", path: () => "/api/scores/list/", withBody: true },
  { handler: listOld, method: "GET", path: () => "/api/scores/list" },
  { handler: listLog, method: "GET", path: (_, log) => `/api/logs/${log}/scores/` },
  { handler: postLog, method: "POST", path: (_, log) => `/api/logs/${log}/scores`, withBody: true },
  { handler: getLogScore, method: "GET", path: (id, log) => `/api/logs/${log}/scores/${id}/` },
  {
    handler: patchLogScore,
    method: "PATCH",
    path: (id, log) => `/api/logs/${log}/scores/${id}`,
    withBody: true,
  },
  {
    handler: replaceLogScore,
    method: "PUT",
    path: (id, log) => `/api/logs/${log}/scores/${id}/`,
    withBody: true,
  },
  { handler: deleteLogScore, method: "DELETE", path: (id, log) => `/api/logs/${log}/scores/${id}/` },
];

describeEachEngine(
  "Respan endpoints under fuzzing",
  (t) => {
    beforeAll(() => setDatabaseForTests(t.handle));

    // Respan's shape: {detail}, plus {errors} on 422.
    const respan = {
      isErrorBody: (body: unknown, status: number) => {
        const { detail, errors } = body as { detail?: unknown; errors?: unknown };
        return (
          typeof detail === "string" && (status !== 422 || (typeof errors === "object" && errors !== null))
        );
      },
    };

    it("never answers 5xx, always in Respan's error shape, and refused requests write nothing", async () => {
      const seen = new Set<number>();
      await fc.assert(
        fc.asyncProperty(
          fc.nat({ max: targets.length - 1 }),
          withHostileKey(
            fc.oneof(
              scoreBody,
              fc.record({ filters, is_exporting: fc.oneof(fc.boolean(), scalar) }, { requiredKeys: [] }),
              fc.jsonValue(),
            ),
          ),
          query,
          fc.oneof(fc.constantFrom("r01", "r04", "r05", "missing"), nasty),
          fc.oneof(fc.constantFrom("log-1", "log-2"), nasty),
          fc.constantFrom(
            headerStyles.bearer(KEYS.p2),
            headerStyles.basic(KEYS.p2),
            {},
            { authorization: "Bearer x" },
          ),
          async (index, body, search, id, log, headers) => {
            const target = targets[index];
            const [pathId, pathLog] = [id, log].map((part) => encodeURIComponent(part.toWellFormed()));
            const status = await expectSafeAnswer(t.db, respan, {
              handler: target.handler,
              method: target.method,
              path: `${target.path(pathId, pathLog)}?${search}`,
              headers,
              // A generated string goes as it is: malformed JSON is a request too.
              body: !target.withBody ? undefined : typeof body === "string" ? body : JSON.stringify(body),
              params: { id, score_id: id, log_id: log },
            });
            seen.add(status);
          },
        ),
        { numRuns: 400, seed: 20260601 },
      );
      // Reached both sides, not only refusals at the door.
      expect([...seen]).toEqual(expect.arrayContaining([200, 400, 401, 404]));
    }, 300_000);
  },
  seedRespanFixtures,
);
