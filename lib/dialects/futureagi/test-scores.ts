import type { Database } from "@/db/client";
import { scores, type NewScoreRow } from "@/db/schema";
import { BASE_DATE, LABELS, OTHER_PROJECT, PEOPLE, PROJECT } from "./test-seed";

/**
 * 25 fixed scores for the list tests, one minute apart (created_at decides the order), cycling
 * through five labels, four subject spellings and three annotators; two more in the other project.
 */
export const LIST_SIZE = 25;

const labels = [
  {
    id: LABELS.quality,
    name: "quality",
    dataType: "NUMERIC",
    value: (i: number) => ({ numericValue: i % 11 }),
  },
  {
    id: LABELS.stars,
    name: "stars",
    dataType: "NUMERIC",
    value: (i: number) => ({ numericValue: 1 + (i % 5) }),
  },
  {
    id: LABELS.thumbs,
    name: "thumbs",
    dataType: "BOOLEAN",
    value: (i: number) => ({ numericValue: i % 2, stringValue: i % 2 ? "True" : "False" }),
  },
  {
    id: LABELS.sentiment,
    name: "sentiment",
    dataType: "CATEGORICAL",
    value: () => ({ numericValue: 0, stringValue: "Positive" }),
  },
  {
    id: LABELS.feedback,
    name: "feedback",
    dataType: "TEXT",
    value: (i: number) => ({ stringValue: `note ${i}` }),
  },
] as const;

const subjects = [
  (i: number) => ({ subjectKind: "trace", traceId: `trace-${i % 3}` }),
  (i: number) => ({
    subjectKind: "observation",
    traceId: "trace-0",
    observationId: `obs-${i % 2}`,
    observationType: "GENERATION",
  }),
  (i: number) => ({
    subjectKind: "observation",
    traceId: "trace-1",
    observationId: `obs-${i % 2}`,
    observationType: "SPAN",
  }),
  (i: number) => ({ subjectKind: "session", sessionId: `sess-${i % 2}`, traceId: `trace-${i % 3}` }),
] as const;

const authors = [PEOPLE.annotator.id, PEOPLE.otherAnnotator.id, null];

export const listScoreId = (i: number) => `list-${String(i).padStart(2, "0")}`;

export function listScoreRows(): NewScoreRow[] {
  return Array.from({ length: LIST_SIZE }, (_, i) => {
    const label = labels[i % labels.length];
    const at = new Date(BASE_DATE.getTime() + i * 60_000);
    return {
      projectId: PROJECT,
      id: listScoreId(i),
      name: label.name,
      configId: label.id,
      dataType: label.dataType,
      ...label.value(i),
      source: i % 3 === 2 ? "API" : "ANNOTATION",
      ...subjects[i % subjects.length](i),
      authorUserId: authors[i % authors.length],
      timestamp: at,
      createdAt: at,
      updatedAt: at,
    } as NewScoreRow;
  });
}

export async function seedListScores(db: Database): Promise<void> {
  const elsewhere = (id: string): NewScoreRow => ({
    projectId: OTHER_PROJECT,
    id,
    name: "quality",
    configId: LABELS.elsewhere,
    dataType: "NUMERIC",
    numericValue: 1,
    source: "API",
    subjectKind: "trace",
    traceId: "trace-0",
    createdAt: BASE_DATE,
  });
  await db.insert(scores).values([...listScoreRows(), elsewhere("other-1"), elsewhere("other-2")]);
}
