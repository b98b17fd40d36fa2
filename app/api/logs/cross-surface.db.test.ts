import { beforeAll, expect, it } from "vitest";
import { describeEachEngine } from "@/db/testing/engines";
import { KEYS, headerStyles } from "@/lib/api/test-tenancy";
import { callRoute } from "@/lib/api/test-client";
import { setDatabaseForTests } from "@/lib/database";
import { bearer, seedRespanFixtures } from "@/lib/dialects/respan/test-fixtures";
import { GET as listNative, POST as createNative } from "../v1/scores/route";
import { GET as listLangfuseV3 } from "../public/v3/scores/route";
import { POST as createLangfuse } from "../public/scores/route";
import { GET as listLogScores, POST as postLogScore } from "./[log_id]/scores/route";

/**
 * One score store, three faces: a NUMERIC, a BOOLEAN, a multi-select CATEGORICAL, a TEXT and a
 * JSON score written through Respan's log route read back with the same values through /api/v1
 * and the Langfuse v3 list (which has no JSON type and one category per score), and scores
 * written through /api/v1 and Langfuse read back through Respan.
 */
type Row = Record<string, unknown>;
const basic = headerStyles.basic(KEYS.p2);

describeEachEngine(
  "Respan scores across surfaces",
  (t) => {
    beforeAll(() => setDatabaseForTests(t.handle));

    const postRespan = (logId: string, body: Row) =>
      callRoute(postLogScore, `/api/logs/${logId}/scores/`, {
        method: "POST",
        headers: bearer(),
        body: { environment: "xsurface", ...body },
        params: { log_id: logId },
      });

    it("scores written through Respan read back through /api/v1 and Langfuse v3", async () => {
      const writes: Row[] = [
        { evaluator_slug: "acc", numerical_value: 0.42 },
        { evaluator_slug: "is-ok", boolean_value: true },
        { evaluator_slug: "tags", categorical_value: ["bug", "docs"] },
        { evaluator_slug: "summary", string_value: "short summary" },
        { evaluator_slug: "extract", json_value: '{"a": [1, 2]}' },
      ];
      for (const body of writes) expect((await postRespan("log-x", body)).status).toBe(201);

      const native = await callRoute(listNative, "/api/v1/scores?observationId=log-x&sort=name&order=asc", {
        headers: basic,
      });
      const nativeValues = (native.body as { data: Row[] }).data.map((s) => [s.name, s.dataType, s.value]);
      expect(nativeValues).toEqual([
        ["accuracy", "NUMERIC", 0.42],
        ["extract", "JSON", { a: [1, 2] }],
        ["is-ok", "BOOLEAN", true],
        ["summary", "TEXT", "short summary"],
        ["tags", "CATEGORICAL", ["bug", "docs"]],
      ]);
      const sample = (native.body as { data: Row[] }).data[0];
      expect(sample).toMatchObject({
        observationId: "log-x",
        environment: "xsurface",
        source: "API",
        authorUserId: null,
      });

      const v3 = await callRoute(
        listLangfuseV3,
        "/api/public/v3/scores?environment=xsurface&fields=subject",
        {
          headers: basic,
        },
      );
      expect(v3.status).toBe(200);
      const v3Values = (v3.body as { data: Row[] }).data.map((s) => [s.name, s.dataType, s.value]).sort();
      expect(v3Values).toEqual([
        ["accuracy", "NUMERIC", 0.42],
        ["is-ok", "BOOLEAN", true],
        ["summary", "TEXT", "short summary"],
        ["tags", "CATEGORICAL", "bug"],
      ]);
      expect((v3.body as { data: Row[] }).data[0].subject).toEqual({ kind: "observation", id: "log-x" });
    });

    it("scores written through /api/v1 and Langfuse read back through Respan", async () => {
      const nativeWrites: Row[] = [
        { configId: "cfg-acc", value: 0.33 },
        { configId: "cfg-ok", value: false },
        { configId: "cfg-tags", value: ["docs", "ux"] },
        { name: "notes", dataType: "TEXT", value: "v1 text" },
        { name: "blob", dataType: "JSON", value: { b: true } },
      ];
      const response = await callRoute(createNative, "/api/v1/scores", {
        method: "POST",
        headers: basic,
        body: { scores: nativeWrites.map((score) => ({ ...score, observationId: "log-y", traceId: "t-y" })) },
      });
      expect(response.status).toBe(201);
      const langfuse = await callRoute(createLangfuse, "/api/public/scores", {
        method: "POST",
        headers: basic,
        body: {
          name: "toxicity",
          value: 1,
          dataType: "BOOLEAN",
          traceId: "t-y",
          observationId: "log-y",
          comment: "flagged",
        },
      });
      expect(langfuse.status).toBe(200);

      const page = await callRoute(listLogScores, "/api/logs/log-y/scores?sort_by=evaluator_name", {
        headers: bearer(),
        params: { log_id: "log-y" },
      });
      const values = (page.body as { results: Row[] }).results.map((s) => [
        s.evaluator_slug,
        s.type,
        s.numerical_value ?? s.boolean_value ?? s.categorical_value ?? s.json_value ?? s.string_value,
      ]);
      expect(values).toEqual([
        ["acc", "api", 0.33],
        ["blob", "api", '{"b":true}'],
        ["is-ok", "api", false],
        ["notes", "api", "v1 text"],
        ["tags", "api", ["docs", "ux"]],
        ["toxicity", "api", true],
      ]);
      const toxicity = (page.body as { results: Row[] }).results.at(-1)!;
      expect(toxicity).toMatchObject({ string_value: "flagged", evaluator_id: null, log_id: "log-y" });
    });
  },
  seedRespanFixtures,
);
