import type { APIRequestContext } from "@playwright/test";
import { E2E_KEYS } from "./env";
import { readPeople, type FixedPeople } from "./explorer-data";

/**
 * Fixed rows for the drill-down pages: two annotators rate the same traces with a numeric and a
 * categorical label, and a fresh queue holds three of those traces. Rows are placed just after
 * the annotators' newest demo scores, so they are the newest on the annotator page.
 */
export const DRILL_ENV = "drilldown-e2e";
export const QUALITY = "dd quality"; // a space, so links and route segments must encode it
export const VERDICT = "dd-verdict";

const auth = {
  authorization: `Basic ${Buffer.from(`${E2E_KEYS.publicKey}:${E2E_KEYS.secretKey}`).toString("base64")}`,
};

async function send<T>(
  request: APIRequestContext,
  method: "GET" | "POST" | "PATCH",
  path: string,
  data?: object,
) {
  const response = await request.fetch(path, { method, headers: auth, data });
  if (!response.ok()) throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

async function newestScoreOf(request: APIRequestContext, userId: string): Promise<number> {
  const page = await send<{ data: { timestamp: string }[] }>(
    request,
    "GET",
    `/api/v1/scores?authorUserId=${encodeURIComponent(userId)}&limit=1`,
  );
  return page.data[0] ? Date.parse(page.data[0].timestamp) : 0;
}

export type DrillRow = {
  id: string;
  name: string;
  value: number | string;
  dataType: "NUMERIC" | "CATEGORICAL";
  authorUserId: string;
  traceId: string;
  timestamp: string;
  queueId?: string;
};

export async function writeDrilldownRows(request: APIRequestContext) {
  const people: FixedPeople = await readPeople(request);
  const { annotatorA: a, annotatorB: b } = people;
  // Langfuse (and so Scorelens) wants at least one score config on a queue: any label will do.
  const configs = await send<{ data: { id: string }[] }>(request, "GET", "/api/public/score-configs?limit=1");
  const queue = await send<{ id: string; name: string }>(request, "POST", "/api/public/annotation-queues", {
    name: `dd-queue-${Date.now()}`,
    description: "Drill-down review queue",
    scoreConfigIds: [configs.data[0].id],
  });
  const base = Math.max(
    await newestScoreOf(request, a.id),
    await newestScoreOf(request, b.id),
    Date.parse("2026-01-01"),
  );
  let tick = 0;
  const row = (
    name: string,
    value: number | string,
    author: string,
    traceId: string,
    queued = false,
  ): DrillRow => ({
    id: `dd-${String(++tick).padStart(2, "0")}`,
    name,
    value,
    dataType: typeof value === "number" ? "NUMERIC" : "CATEGORICAL",
    authorUserId: author,
    traceId,
    timestamp: new Date(base + tick * 1000).toISOString(),
    ...(queued ? { queueId: queue.id } : {}),
  });
  const rows = [
    row(QUALITY, 0.2, a.id, "dd-t1", true),
    row(QUALITY, 0.6, b.id, "dd-t1", true),
    row(QUALITY, 0.8, a.id, "dd-t2", true),
    row(QUALITY, 0.7, b.id, "dd-t2"),
    row(QUALITY, 1, a.id, "dd-t3"),
    row(VERDICT, "good", a.id, "dd-t1"),
    row(VERDICT, "good", b.id, "dd-t1"),
    row(VERDICT, "good", a.id, "dd-t2"),
    row(VERDICT, "bad", b.id, "dd-t2"),
    row(VERDICT, "bad", a.id, "dd-t3"),
    row(VERDICT, "bad", b.id, "dd-t3"),
    row(VERDICT, "bad", a.id, "dd-t4"),
    row(VERDICT, "bad", b.id, "dd-t4"),
  ];
  await send(request, "POST", "/api/v1/scores", {
    scores: rows.map((r) => ({ ...r, source: "ANNOTATION", environment: DRILL_ENV })),
  });
  const items = [
    { objectId: "dd-t1", status: "COMPLETED" },
    { objectId: "dd-t2", status: "COMPLETED" },
    { objectId: "dd-t3", status: "PENDING" },
  ];
  for (const item of items) {
    await send(request, "POST", `/api/public/annotation-queues/${queue.id}/items`, {
      ...item,
      objectType: "TRACE",
    });
  }
  return { people, queue, rows, items };
}
