import type { APIRequestContext } from "@playwright/test";
import { E2E_KEYS } from "./env";

/**
 * Fixed rows for the explorer's end-to-end tests, written through POST /api/v1/scores with the
 * init keys. They live in their own environment, so a filter on it isolates them from the demo
 * data; ids are fixed, so writing them again (a retry, a second spec) upserts the same rows.
 * Rows in the relative time windows are placed relative to the moment of writing.
 */
export const FIXED_ENV = "explorer-e2e";
export const BULK_ENV = "explorer-bulk";

const auth = {
  authorization: `Basic ${Buffer.from(`${E2E_KEYS.publicKey}:${E2E_KEYS.secretKey}`).toString("base64")}`,
};

export type FixedPeople = {
  annotatorA: { id: string; name: string };
  annotatorB: { id: string; name: string };
  queue: { id: string; name: string };
};

async function getJson<T>(request: APIRequestContext, path: string): Promise<T> {
  const response = await request.get(path, { headers: auth });
  if (!response.ok()) throw new Error(`GET ${path}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

async function postScores(request: APIRequestContext, scores: object[]) {
  const response = await request.post("/api/v1/scores", { headers: auth, data: { scores } });
  if (!response.ok()) throw new Error(`POST /api/v1/scores: ${response.status()} ${await response.text()}`);
}

/** Two named members and a queue of the e2e project, chosen by a stable order. */
export async function readPeople(request: APIRequestContext): Promise<FixedPeople> {
  const members = await getJson<{ data: { id: string; name: string | null; email: string }[] }>(
    request,
    "/api/v1/members",
  );
  const queues = await getJson<{ data: { id: string; name: string }[] }>(request, "/api/v1/queues");
  const named = members.data.filter((m) => m.name).sort((a, b) => a.email.localeCompare(b.email)) as {
    id: string;
    name: string;
  }[];
  if (named.length < 2 || queues.data.length === 0)
    throw new Error("the e2e project needs two members and a queue");
  return { annotatorA: named[0], annotatorB: named[1], queue: queues.data[0] };
}

const HOUR = 3_600_000;

/** The fixed rows; `now` places the ones that the relative windows (1h, 24h, 7d) must find. */
export function fixedRows(people: FixedPeople, now: number) {
  const { annotatorA: a, annotatorB: b, queue } = people;
  const at = (iso: string) => iso;
  const ago = (ms: number) => new Date(now - ms).toISOString();
  return [
    {
      id: "xe-01",
      name: "e2e-accuracy",
      value: 0.2,
      source: "API",
      authorUserId: a.id,
      traceId: "t-001",
      comment: "needs review: hallucinated date",
      timestamp: at("2026-01-10T10:00:00Z"),
    },
    {
      id: "xe-02",
      name: "e2e-accuracy",
      value: 0.9,
      source: "EVAL",
      traceId: "t-002",
      observationId: "o-002",
      timestamp: at("2026-01-11T10:00:00Z"),
    },
    {
      id: "xe-03",
      name: "e2e-accuracy",
      value: 0.55,
      source: "ANNOTATION",
      authorUserId: b.id,
      queueId: queue.id,
      traceId: "t-003",
      timestamp: at("2026-01-12T10:00:00Z"),
    },
    {
      id: "xe-04",
      name: "e2e-pass",
      value: true,
      dataType: "BOOLEAN",
      source: "EVAL",
      sessionId: "s-004",
      timestamp: ago(0.5 * HOUR),
    },
    {
      id: "xe-05",
      name: "e2e-pass",
      value: false,
      dataType: "BOOLEAN",
      source: "API",
      traceId: "t-001",
      comment: "rude tone",
      timestamp: ago(5 * HOUR),
    },
    {
      id: "xe-06",
      name: "e2e-topic",
      value: "billing",
      dataType: "CATEGORICAL",
      source: "ANNOTATION",
      authorUserId: a.id,
      queueId: queue.id,
      traceId: "t-006",
      timestamp: ago(72 * HOUR),
    },
    {
      id: "xe-07",
      name: "e2e-note",
      value: "refund requested twice",
      dataType: "TEXT",
      source: "API",
      experimentId: "x-007",
      timestamp: at("2026-01-15T10:00:00Z"),
    },
    {
      id: "xe-08",
      name: "e2e-accuracy",
      value: 0.75,
      source: "ANNOTATION",
      authorUserId: a.id,
      queueId: queue.id,
      traceId: "t-001",
      timestamp: at("2026-01-16T10:00:00Z"),
    },
    {
      id: "xe-09",
      name: "e2e-note",
      value: "all good",
      dataType: "TEXT",
      source: "EVAL",
      traceId: "t-009",
      timestamp: at("2026-01-17T10:00:00Z"),
    },
  ].map((row) => ({ environment: FIXED_ENV, ...row }));
}

/** Newest first, as the explorer lists them by default. */
export const idsByTimeDesc = (rows: { id: string; timestamp: string }[]) =>
  [...rows].sort((x, y) => y.timestamp.localeCompare(x.timestamp)).map((row) => row.id);

export async function writeFixedRows(request: APIRequestContext) {
  const people = await readPeople(request);
  const rows = fixedRows(people, Date.now());
  await postScores(request, rows);
  return { people, rows };
}

/** Enough extra rows that the project holds more than 10,000 (the capped total) with the demo data. */
export async function writeBulkRows(request: APIRequestContext, count: number) {
  const base = Date.parse("2025-06-01T00:00:00Z");
  for (let start = 0; start < count; start += 1000) {
    const batch = Array.from({ length: Math.min(1000, count - start) }, (_, i) => ({
      id: `xb-${String(start + i).padStart(5, "0")}`,
      name: "e2e-bulk",
      value: (start + i) % 10,
      source: "API",
      environment: BULK_ENV,
      traceId: `tb-${start + i}`,
      timestamp: new Date(base + (start + i) * 60_000).toISOString(),
    }));
    await postScores(request, batch);
  }
}
