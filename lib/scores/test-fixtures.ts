import type { Database } from "@/db/client";
import {
  annotationQueues,
  memberships,
  organizations,
  projects,
  scoreConfigs,
  scores,
  users,
  type NewScoreRow,
} from "@/db/schema";

/**
 * Fixed rows for the engine's database tests: two projects, exact timestamps from BASE_DATE,
 * ties on timestamp and value, null values, every data type, source and subject kind.
 */
export const BASE_DATE = new Date("2026-06-01T00:00:00.000Z");
export const P1 = "proj-one";
export const P2 = "proj-two";
const hoursBefore = (hours: number) => new Date(BASE_DATE.getTime() - hours * 3_600_000);

type Fixture = [
  id: string,
  name: string,
  dataType: NewScoreRow["dataType"],
  value: number | string | null,
  source: NewScoreRow["source"],
  environment: string,
  author: string | null,
  queue: string | null,
  subject: "trace" | "observation" | "session" | "experiment",
  comment: string | null,
  hoursAgo: number,
];

// prettier-ignore
export const FIXTURES: Fixture[] = [
  ["s01", "helpfulness", "NUMERIC", 0.9, "API", "production", null, null, "trace", null, 1],
  ["s02", "helpfulness", "NUMERIC", 0.4, "EVAL", "production", null, null, "observation", "too vague", 2],
  ["s03", "helpfulness", "NUMERIC", 0.9, "ANNOTATION", "staging", "u1", "q1", "trace", "Clear and correct", 2],
  ["s04", "toxicity", "BOOLEAN", 0, "EVAL", "staging", null, null, "observation", null, 3],
  ["s05", "toxicity", "BOOLEAN", 1, "EVAL", "production", null, null, "trace", "flagged: insult", 5],
  ["s06", "tone", "CATEGORICAL", "friendly", "ANNOTATION", "production", "u2", "q1", "session", null, 8],
  ["s07", "tone", "CATEGORICAL", "neutral", "ANNOTATION", "development", "u1", null, "trace", "ok 100% fine", 13],
  ["s08", "notes", "TEXT", "Missing citation", "ANNOTATION", "production", "u2", "q2", "trace", null, 21],
  ["s09", "correction", "CORRECTION", "The capital is Canberra", "ANNOTATION", "production", "u1", null, "observation", "fixed answer", 34],
  ["s10", "helpfulness", "NUMERIC", 0.1, "API", "development", null, null, "experiment", null, 55],
  ["s11", "helpfulness", "NUMERIC", null, "API", "production", null, null, "trace", null, 89],
  ["s12", "faithfulness", "NUMERIC", 3, "EVAL", "production", null, null, "trace", "score_3", 144],
  ["s13", "faithfulness", "NUMERIC", 5, "EVAL", "production", null, null, "trace", null, 144],
  ["s14", "faithfulness", "NUMERIC", 5, "EVAL", "canary", null, null, "session", null, 233],
  ["s15", "toxicity", "BOOLEAN", 0, "API", "production", null, null, "trace", null, 377],
  ["s16", "tone", "CATEGORICAL", "formal", "ANNOTATION", "production", "u1", "q2", "trace", "Too formal?", 610],
  ["s17", "notes", "TEXT", "great answer", "ANNOTATION", "production", "u2", null, "observation", null, 987],
  ["s18", "helpfulness", "NUMERIC", 0.7, "EVAL", "eval", null, null, "experiment", null, 1597],
  ["s19", "helpfulness", "NUMERIC", 0.7, "EVAL", "eval", null, null, "experiment", null, 1597],
  ["s20", "helpfulness", "NUMERIC", 0.7, "EVAL", "production", null, null, "trace", null, 1597],
  ["s21", "json-check", "JSON", null, "API", "production", null, null, "trace", null, 2584],
  ["s22", "tone", "CATEGORICAL", "friendly", "API", "staging", null, null, "trace", null, 3000],
  ["s23", "helpfulness", "NUMERIC", -2.5, "API", "production", null, null, "session", null, 3500],
  ["s24", "faithfulness", "NUMERIC", 1, "ANNOTATION", "production", "u2", "q1", "observation", "50_50 split", 4000],
];

export const P2_FIXTURES: Fixture[] = [
  ["s01", "helpfulness", "NUMERIC", 0.5, "API", "production", null, null, "trace", "other project", 1],
  ["x02", "toxicity", "BOOLEAN", 1, "EVAL", "production", null, null, "trace", null, 2],
];

/** Metadata on a few rows, for condition filters on `metadata.<key>` (number, text, boolean). */
const FIXTURE_METADATA: Record<string, Record<string, unknown>> = {
  s01: { model: "gpt-4o", latencyMs: 1200, flagged: false },
  s02: { model: "claude-3", latencyMs: 300, flagged: true },
  s05: { model: "gpt-4o-mini", latencyMs: "fast" },
};

function toRow(projectId: string, fixture: Fixture): NewScoreRow {
  const [id, name, dataType, value, source, environment, author, queue, subject, comment, hoursAgo] = fixture;
  const at = hoursBefore(hoursAgo);
  const isNumber = typeof value === "number";
  return {
    projectId,
    id,
    name,
    dataType,
    numericValue: isNumber
      ? value
      : dataType === "CATEGORICAL"
        ? { friendly: 2, neutral: 1, formal: 0 }[String(value)]
        : null,
    stringValue:
      dataType === "BOOLEAN" ? (value ? "True" : "False") : typeof value === "string" ? value : null,
    jsonValue: dataType === "JSON" ? { verdict: "pass", checks: [1, 2] } : null,
    source,
    environment,
    // The three newest helpfulness rows are bound to the project's label, the rest carry only the name.
    configId: projectId === P1 && ["s01", "s02", "s03"].includes(id) ? "cfg-helpfulness" : null,
    authorUserId: author,
    queueId: queue ? `${projectId}-${queue}` : null,
    traceId: subject === "experiment" ? null : `trace-${id}`,
    observationId: subject === "observation" ? `obs-${id}` : null,
    sessionId: subject === "session" ? `sess-${id}` : null,
    experimentId: subject === "experiment" ? `exp-${id}` : null,
    subjectKind: subject,
    comment,
    metadata: FIXTURE_METADATA[id] ?? {},
    timestamp: at,
    createdAt: new Date(at.getTime() + 60_000),
    updatedAt: new Date(at.getTime() + 120_000),
  };
}

export const fixtureRows = (projectId = P1) =>
  (projectId === P1 ? FIXTURES : P2_FIXTURES).map((f) => toRow(projectId, f));

export async function seedFixtures(db: Database): Promise<void> {
  await db.insert(organizations).values({ id: "org-1", name: "Fixture org" });
  await db.insert(projects).values([
    { id: P1, organizationId: "org-1", name: "Project one" },
    { id: P2, organizationId: "org-1", name: "Project two" },
  ]);
  await db.insert(users).values([
    { id: "u1", email: "ada@example.com", name: "Ada" },
    { id: "u2", email: "grace@example.com", name: "Grace" },
  ]);
  await db.insert(memberships).values([
    { userId: "u1", projectId: P1, role: "annotator" },
    { userId: "u2", projectId: P1, role: "member" },
  ]);
  await db.insert(annotationQueues).values([
    { id: `${P1}-q1`, projectId: P1, name: "Triage" },
    { id: `${P1}-q2`, projectId: P1, name: "Escalations" },
  ]);
  await db.insert(scoreConfigs).values({
    id: "cfg-helpfulness",
    projectId: P1,
    name: "helpfulness",
    dataType: "NUMERIC",
    widget: "slider",
    minValue: -5,
    maxValue: 5,
  });
  await db.insert(scores).values([...fixtureRows(P1), ...fixtureRows(P2)]);
}
