import type { Database } from "@/db/client";
import { memberships, scoreConfigs, scores, subjects, type NewScoreRow } from "@/db/schema";
import { KEYS, headerStyles, seedKeys } from "@/lib/api/test-tenancy";
import { BASE_DATE, P2, seedFixtures } from "@/lib/scores/test-fixtures";

/**
 * Rows for the Respan route tests, on top of the engine's fixtures: project P2 gets three
 * evaluators and eight scores that carry every Respan field (kinds, costs, pass flags,
 * statuses, prompts, scorers, logs, metadata), so each filter has rows that match and rows
 * that do not. P2 already holds s01 (helpfulness 0.5, API, comment "other project",
 * metadata.model "gpt-4o") and x02 (toxicity true, EVAL), both without a config. Log log-1 has
 * ingested context (input, output, metadata) for a retrieve's `inputs`.
 */
export const bearer = (keys = KEYS.p2) => headerStyles.bearer(keys);

const hoursBefore = (hours: number) => new Date(BASE_DATE.getTime() - hours * 3_600_000);

const inP2 = { projectId: P2, createdAt: BASE_DATE, updatedAt: BASE_DATE };
const configs: (typeof scoreConfigs.$inferInsert)[] = [
  {
    ...inP2,
    id: "cfg-acc",
    name: "accuracy",
    slug: "acc",
    dataType: "NUMERIC",
    widget: "numeric",
    evaluatorType: "llm",
  },
  { ...inP2, id: "cfg-ok", name: "is-ok", dataType: "BOOLEAN", widget: "thumbs" },
  {
    ...inP2,
    id: "cfg-tags",
    name: "tags",
    dataType: "CATEGORICAL",
    widget: "multi_select",
    categories: [
      { label: "bug", value: 0 },
      { label: "docs", value: 1 },
      { label: "ux", value: 2 },
    ],
  },
];

function row(id: string, hoursAgo: number, fields: Partial<NewScoreRow>): NewScoreRow {
  const at = hoursBefore(hoursAgo);
  return {
    projectId: P2,
    id,
    name: "accuracy",
    dataType: "NUMERIC",
    source: "EVAL",
    environment: "production",
    subjectKind: fields.observationId ? "observation" : "trace",
    traceId: fields.observationId ? null : `t-${id}`,
    metadata: {},
    timestamp: at,
    createdAt: at,
    updatedAt: at,
    ...fields,
  };
}

// prettier-ignore
export const RESPAN_ROWS: NewScoreRow[] = [
  row("r01", 1.5, { configId: "cfg-acc", numericValue: 0.9, cost: 0.02, isPassed: true, status: "completed", promptId: "p-1", datasetId: "d-1", observationId: "log-1", authorUserId: "u1", metadata: { model: "gpt-4o", tokens: 120, cached: true } }),
  row("r02", 2.5, { configId: "cfg-acc", numericValue: 0.3, environment: "staging", kind: "code", isPassed: false, status: "failed", promptId: "p-2", observationId: "log-2", authorLabel: "judge-bot", comment: "too short", metadata: { model: "claude-3", tokens: 80 } }),
  row("r03", 3.5, { configId: "cfg-ok", name: "is-ok", dataType: "BOOLEAN", numericValue: 1, stringValue: "True", source: "ANNOTATION", observationId: "log-1", authorUserId: "u1", metadata: { model: "gpt-4o-mini", cached: false } }),
  row("r04", 4.5, { configId: "cfg-ok", name: "is-ok", dataType: "BOOLEAN", numericValue: 0, stringValue: "False", source: "API", environment: "staging", cost: 0, observationId: "log-3", comment: "wrong" }),
  row("r05", 5.5, { configId: "cfg-tags", name: "tags", dataType: "CATEGORICAL", numericValue: 0, stringValue: "bug", categories: ["bug", "ux"], source: "ANNOTATION", observationId: "log-2" }),
  row("r06", 6.5, { name: "notes", dataType: "TEXT", stringValue: "Needs a citation", source: "ANNOTATION", environment: "development", observationId: "log-1", authorUserId: "u1" }),
  row("r07", 7.5, { name: "payload", dataType: "JSON", jsonValue: { rating: 5 }, source: "API", kind: "llm", observationId: "log-4" }),
  row("r08", 8.5, { configId: "cfg-acc", numericValue: 0.6, cost: 0.5 }),
];

/** Every P2 score, newest first: the order of an unfiltered Respan list. */
export const P2_ORDER = ["s01", "r01", "x02", "r02", "r03", "r04", "r05", "r06", "r07", "r08"];

export async function seedRespanFixtures(db: Database): Promise<void> {
  await seedFixtures(db);
  await seedKeys(db);
  await db.insert(memberships).values({ userId: "u1", projectId: P2, role: "member" });
  await db.insert(scoreConfigs).values(configs);
  await db.insert(scores).values(RESPAN_ROWS);
  await db.insert(subjects).values({
    projectId: P2,
    kind: "observation",
    id: "log-1",
    traceId: "t-log-1",
    name: "answer",
    input: { question: "2 + 2?" },
    output: "4",
    metadata: { model: "gpt-4o" },
    timestamp: BASE_DATE,
  });
}
