import { beforeAll, describe, expect, it } from "vitest";
import { describeEachEngine } from "@/db/testing/engines";
import { createPerson, signIn } from "@/lib/auth/test-sessions";
import { KEYS, headerStyles, seedKeys } from "@/lib/api/test-tenancy";
import { callRoute } from "@/lib/api/test-client";
import { setDatabaseForTests } from "@/lib/database";
import { errorResponseSchema, scoreListResponseSchema } from "@/lib/scores/score-json";
import { P1, P2, seedFixtures } from "@/lib/scores/test-fixtures";
import { GET as list } from "../route";
import { GET as exportScores } from "./route";

/**
 * The export against files built here, independently, from the same rows: JSONL and JSON from
 * the list endpoint's pages (the native Score JSON), CSV by a small encoder of this file with
 * the column list spelled out, and one CSV written out by hand.
 */
const p1 = headerStyles.basic(KEYS.p1);
const VIEWER = { email: "viewer@export.test", password: "viewer-password-123", name: "Vera Viewer" };

const CSV_COLUMNS = [
  ["id", (s: Score) => s.id],
  ["projectId", (s: Score) => s.projectId],
  ["name", (s: Score) => s.name],
  ["dataType", (s: Score) => s.dataType],
  ["value", (s: Score) => s.value],
  ["numericValue", (s: Score) => s.numericValue],
  ["stringValue", (s: Score) => s.stringValue],
  ["categories", (s: Score) => s.categories],
  ["source", (s: Score) => s.source],
  ["subjectKind", (s: Score) => s.subject.kind],
  ["subjectId", (s: Score) => s.subject.id],
  ["traceId", (s: Score) => s.traceId],
  ["observationId", (s: Score) => s.observationId],
  ["observationType", (s: Score) => s.observationType],
  ["sessionId", (s: Score) => s.sessionId],
  ["experimentId", (s: Score) => s.experimentId],
  ["environment", (s: Score) => s.environment],
  ["configId", (s: Score) => s.configId],
  ["configName", (s: Score) => s.config?.name],
  ["authorUserId", (s: Score) => s.authorUserId],
  ["authorName", (s: Score) => s.author?.name],
  ["authorLabel", (s: Score) => s.authorLabel],
  ["queueId", (s: Score) => s.queueId],
  ["queueName", (s: Score) => s.queue?.name],
  ["queueItemId", (s: Score) => s.queueItemId],
  ["comment", (s: Score) => s.comment],
  ["metadata", (s: Score) => s.metadata],
  ["kind", (s: Score) => s.kind],
  ["isPassed", (s: Score) => s.isPassed],
  ["cost", (s: Score) => s.cost],
  ["status", (s: Score) => s.status],
  ["errorMessage", (s: Score) => s.errorMessage],
  ["promptId", (s: Score) => s.promptId],
  ["promptVersion", (s: Score) => s.promptVersion],
  ["datasetId", (s: Score) => s.datasetId],
  ["automationId", (s: Score) => s.automationId],
  ["executionTraceId", (s: Score) => s.executionTraceId],
  ["timestamp", (s: Score) => s.timestamp],
  ["createdAt", (s: Score) => s.createdAt],
  ["updatedAt", (s: Score) => s.updatedAt],
] as const;
type Score = ReturnType<typeof scoreListResponseSchema.parse>["data"][number];

function field(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text =
    typeof value === "string" ? value : typeof value === "object" ? JSON.stringify(value) : `${value}`;
  if (text.length === 0) return '""';
  return /[",\n\r]/.test(text) ? `"${text.split('"').join('""')}"` : text;
}

function expectedCsv(rows: Score[], only?: string[]): string {
  const columns = only ? only.map((name) => CSV_COLUMNS.find(([n]) => n === name)!) : CSV_COLUMNS;
  const lines = [columns.map(([name]) => name).join(",")];
  for (const row of rows) lines.push(columns.map(([, get]) => field(get(row))).join(","));
  return lines.map((line) => `${line}\r\n`).join("");
}

async function rowsFromList(query: string): Promise<Score[]> {
  const rows: Score[] = [];
  let cursor: string | null = null;
  do {
    const path: string = `/api/v1/scores?limit=7${query ? `&${query}` : ""}${cursor ? `&cursor=${cursor}` : ""}`;
    const page = scoreListResponseSchema.parse((await callRoute(list, path, { headers: p1 })).body);
    rows.push(...page.data);
    cursor = page.meta.nextCursor;
  } while (cursor);
  return rows;
}

async function exported(query: string, headers: Record<string, string> = p1) {
  const response = await exportScores(
    new Request(`http://scorelens.test/api/v1/scores/export?${query}`, { headers }),
  );
  return { response, text: await response.text() };
}

describeEachEngine(
  "GET /api/v1/scores/export",
  (t) => {
    beforeAll(() => setDatabaseForTests(t.handle));

    const cases = [
      "",
      "environment=production",
      "name=helpfulness,tone&sort=value&order=asc",
      "q=a&sort=name",
    ];
    for (const query of cases) {
      describe(`filters "${query || "(none)"}"`, () => {
        it("writes JSONL and JSON byte for byte as the list's Score JSON", async () => {
          const rows = await rowsFromList(query);
          expect(rows.length).toBeGreaterThan(0);
          const jsonl = await exported(`format=jsonl&${query}`);
          expect(jsonl.response.status).toBe(200);
          expect(jsonl.response.headers.get("content-type")).toBe("application/x-ndjson; charset=utf-8");
          expect(jsonl.text).toBe(rows.map((row) => `${JSON.stringify(row)}\n`).join(""));
          const json = await exported(`format=json&${query}`);
          expect(json.text).toBe(`[\n${rows.map((row) => JSON.stringify(row)).join(",\n")}\n]\n`);
        });

        it("writes CSV byte for byte, all columns and chosen ones", async () => {
          const rows = await rowsFromList(query);
          const csv = await exported(query);
          expect(csv.response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
          expect(csv.text).toBe(expectedCsv(rows));
          const chosen = ["comment", "id", "value", "metadata", "authorName"];
          expect((await exported(`format=csv&columns=${chosen.join(",")}&${query}`)).text).toBe(
            expectedCsv(rows, chosen),
          );
        });
      });
    }

    it("matches a file written by hand", async () => {
      const { response, text } = await exported(
        "id=s01,s07,s22&sort=timestamp&order=asc&columns=id,value,authorName,queueName,comment,metadata,timestamp",
      );
      expect(text).toBe(
        [
          "id,value,authorName,queueName,comment,metadata,timestamp",
          "s22,friendly,,,,{},2026-01-27T00:00:00.000Z",
          "s07,neutral,Ada,,ok 100% fine,{},2026-05-31T11:00:00.000Z",
          's01,0.9,,,,"{""model"":""gpt-4o"",""flagged"":false,""latencyMs"":1200}",2026-05-31T23:00:00.000Z',
          "",
        ].join("\r\n"),
      );
      expect(response.headers.get("content-disposition")).toBe(
        `attachment; filename="scores-proj-one-3-selected-${new Date().toISOString().slice(0, 10)}.csv"`,
      );
    });

    it("writes an empty JSON array and a header-only CSV when nothing matches", async () => {
      expect((await exported("format=json&name=nothing")).text).toBe("[]\n");
      expect((await exported("format=jsonl&name=nothing")).text).toBe("");
      expect((await exported("columns=id,name&name=nothing")).text).toBe("id,name\r\n");
    });

    it("exports only the given ids (a selection)", async () => {
      const { text } = await exported("format=csv&columns=id&id=s03,s01,s24");
      expect(text).toBe("id\r\ns01\r\ns03\r\ns24\r\n");
    });

    it("lets a viewer export and refuses a key of another project", async () => {
      const cookie = await signIn(VIEWER);
      const viewer = await exported(`projectId=${P1}&format=jsonl&name=tone`, { cookie });
      expect(viewer.response.status).toBe(200);
      expect(viewer.text.trim().split("\n")).toHaveLength(4);
      const other = await exported(`projectId=${P1}&format=jsonl`, headerStyles.basic(KEYS.p2));
      expect(other.response.status).toBe(403);
      const outsider = await exported(`projectId=${P2}&format=jsonl`, { cookie });
      expect(outsider.response.status).toBe(403);
      expect((await exported("format=jsonl", {})).response.status).toBe(401);
    });

    it("answers bad parameters with 400 naming each one", async () => {
      const bad = await callRoute(
        exportScores,
        "/api/v1/scores/export?format=xml&columns=id,colour&sort=nope&limit=5&valueMin=x",
        { headers: p1 },
      );
      expect(bad.status).toBe(400);
      const { error } = errorResponseSchema.parse(bad.body);
      expect(error.issues?.map((issue) => issue.path).sort()).toEqual([
        "(root)",
        "columns.1",
        "format",
        "sort",
        "valueMin",
      ]);
      const notCsv = await callRoute(exportScores, "/api/v1/scores/export?format=jsonl&columns=id", {
        headers: p1,
      });
      expect(errorResponseSchema.parse(notCsv.body).error.issues).toEqual([
        { path: "columns", message: "columns applies to format=csv only" },
      ]);
      const rules = await callRoute(exportScores, "/api/v1/scores/export?value=x", { headers: p1 });
      expect(errorResponseSchema.parse(rules.body).error.issues?.[0]?.path).toBe("value");
    });
  },
  async (db) => {
    await seedFixtures(db);
    await seedKeys(db);
    await createPerson(db, VIEWER, { [P1]: "viewer" });
  },
);
