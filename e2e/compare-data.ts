import type { APIRequestContext } from "@playwright/test";
import { E2E_KEYS } from "./env";
import { readPeople } from "./explorer-data";

/**
 * Fixed rows for the comparison page: an EVAL judge and annotator A label the same traces with
 * the categorical label CORRECTNESS, in their own environment. Twelve traces judged, ten of them
 * also annotated, one annotated only. The confusion (rows A = EVAL, columns B = human):
 * correct/correct 5, correct/incorrect 2, incorrect/correct 1, incorrect/incorrect 2.
 */
export const COMPARE_ENV = "compare-e2e";
export const CORRECTNESS = "cmp-correctness";

const auth = {
  authorization: `Basic ${Buffer.from(`${E2E_KEYS.publicKey}:${E2E_KEYS.secretKey}`).toString("base64")}`,
};

export type ComparePairRow = { trace: string; judge?: string; human?: string };

// prettier-ignore
export const COMPARE_PAIRS: ComparePairRow[] = [
  { trace: "cmp-t01", judge: "correct", human: "correct" },
  { trace: "cmp-t02", judge: "correct", human: "correct" },
  { trace: "cmp-t03", judge: "correct", human: "correct" },
  { trace: "cmp-t04", judge: "correct", human: "correct" },
  { trace: "cmp-t05", judge: "correct", human: "correct" },
  { trace: "cmp-t06", judge: "correct", human: "incorrect" },
  { trace: "cmp-t07", judge: "correct", human: "incorrect" },
  { trace: "cmp-t08", judge: "incorrect", human: "correct" },
  { trace: "cmp-t09", judge: "incorrect", human: "incorrect" },
  { trace: "cmp-t10", judge: "incorrect", human: "incorrect" },
  { trace: "cmp-t11", judge: "correct" },
  { trace: "cmp-t12", judge: "incorrect" },
  { trace: "cmp-t13", human: "correct" },
];

export async function writeCompareRows(request: APIRequestContext) {
  const { annotatorA } = await readPeople(request);
  const base = Date.parse("2026-11-20T12:00:00.000Z");
  const scores = COMPARE_PAIRS.flatMap((pair, i) => [
    ...(pair.judge
      ? [
          {
            id: `cmp-e-${i}`,
            value: pair.judge,
            source: "EVAL",
            traceId: pair.trace,
            timestamp: base + i * 60_000,
          },
        ]
      : []),
    ...(pair.human
      ? [
          {
            id: `cmp-h-${i}`,
            value: pair.human,
            source: "ANNOTATION",
            authorUserId: annotatorA.id,
            traceId: pair.trace,
            timestamp: base + i * 60_000 + 1000,
          },
        ]
      : []),
  ]).map(({ timestamp, ...row }) => ({
    ...row,
    name: CORRECTNESS,
    dataType: "CATEGORICAL",
    environment: COMPARE_ENV,
    timestamp: new Date(timestamp).toISOString(),
  }));
  const response = await request.fetch("/api/v1/scores", { method: "POST", headers: auth, data: { scores } });
  if (!response.ok()) throw new Error(`POST /api/v1/scores: ${response.status()} ${await response.text()}`);
  return { annotatorA };
}

/** A fresh, empty review queue (no labels) for the "send to review" step; returns its id and name. */
export async function createReviewQueue(request: APIRequestContext) {
  const name = `Compare review ${Date.now()}`;
  const response = await request.fetch("/api/v1/queues", {
    method: "POST",
    headers: auth,
    data: { name, configIds: [] },
  });
  if (!response.ok())
    throw new Error(`creating the review queue: ${response.status()} ${await response.text()}`);
  return { id: ((await response.json()) as { id: string }).id, name };
}

/** The subject ids of a queue's items, read through the API. */
export async function queueItemSubjects(request: APIRequestContext, queueId: string): Promise<string[]> {
  const response = await request.fetch(`/api/v1/queues/${queueId}/items?limit=100`, { headers: auth });
  const body = (await response.json()) as { data: { objectId: string }[] };
  return body.data.map((item) => item.objectId).sort();
}
