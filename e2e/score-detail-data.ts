import type { APIRequestContext } from "@playwright/test";
import { E2E_KEYS } from "./env";
import { readPeople, type FixedPeople } from "./explorer-data";

/**
 * Fixed rows for the detail drawer: five scores with fixed ids, dates and values, two labels with
 * a scale (a numeric range, categories), a trace whose context was ingested, and one evaluator
 * result. Ids, config names and the context are stable, so writing them again upserts.
 */
export const DETAIL_ENV = "detail-e2e";
export const QUALITY_LABEL = "sd-quality";
export const TONE_LABEL = "sd-tone";
export const TRACE = "sd-t1";
export const TRACE_CONTEXT = {
  name: "Refund chat",
  input: { question: "Can I get a refund?" },
  output: "Yes, within 30 days.",
  metadata: { channel: "web" },
};

const auth = {
  authorization: `Basic ${Buffer.from(`${E2E_KEYS.publicKey}:${E2E_KEYS.secretKey}`).toString("base64")}`,
};

async function send<T>(request: APIRequestContext, method: "GET" | "POST", path: string, data?: object) {
  const response = await request.fetch(path, { method, headers: auth, data });
  if (!response.ok()) throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

type Config = { id: string; name: string };

async function ensureConfig(request: APIRequestContext, body: { name: string } & Record<string, unknown>) {
  const { data } = await send<{ data: Config[] }>(request, "GET", "/api/v1/configs");
  return (
    data.find((config) => config.name === body.name) ??
    send<Config>(request, "POST", "/api/public/score-configs", body)
  );
}

export async function writeDetailRows(request: APIRequestContext) {
  const people: FixedPeople = await readPeople(request);
  const { annotatorA: a, annotatorB: b, queue } = people;
  const quality = await ensureConfig(request, {
    name: QUALITY_LABEL,
    dataType: "NUMERIC",
    minValue: 0,
    maxValue: 1,
  });
  const tone = await ensureConfig(request, {
    name: TONE_LABEL,
    dataType: "CATEGORICAL",
    categories: [
      { label: "good", value: 2 },
      { label: "ok", value: 1 },
      { label: "bad", value: 0 },
    ],
  });
  await send(request, "POST", "/api/public/ingestion", {
    batch: [
      {
        id: "sd-trace-event",
        type: "trace-create",
        timestamp: "2026-02-03T05:00:00.000Z",
        body: { id: TRACE, timestamp: "2026-02-03T05:00:00.000Z", ...TRACE_CONTEXT },
      },
    ],
  });
  const rows = [
    {
      id: "sd-01",
      name: QUALITY_LABEL,
      configId: quality.id,
      value: 0.75,
      source: "ANNOTATION",
      authorUserId: a.id,
      queueId: queue.id,
      traceId: TRACE,
      comment: "solid answer, one typo",
      metadata: { reviewer: { round: 2 }, tags: ["typo"] },
      timestamp: "2026-02-03T10:00:00.000Z",
    },
    {
      id: "sd-02",
      name: TONE_LABEL,
      configId: tone.id,
      value: "ok",
      dataType: "CATEGORICAL",
      source: "ANNOTATION",
      authorUserId: b.id,
      traceId: TRACE,
      timestamp: "2026-02-03T09:00:00.000Z",
    },
    {
      id: "sd-03",
      name: "sd-judge",
      value: true,
      dataType: "BOOLEAN",
      source: "EVAL",
      traceId: TRACE,
      kind: "llm_judge",
      isPassed: true,
      cost: 0.0042,
      status: "success",
      promptId: "p-judge",
      promptVersion: 3,
      datasetId: "ds-7",
      executionTraceId: "sd-exec-1",
      timestamp: "2026-02-03T08:00:00.000Z",
    },
    {
      id: "sd-04",
      name: "sd-remark",
      value: "Needs a citation",
      dataType: "TEXT",
      source: "API",
      authorLabel: "citation-bot",
      traceId: "sd-t2",
      sessionId: "sd-s1",
      status: "error",
      errorMessage: "citation check timed out",
      timestamp: "2026-02-03T07:00:00.000Z",
    },
    {
      id: "sd-05",
      name: "sd-structure",
      value: { spans: 3, ok: true },
      dataType: "JSON",
      source: "API",
      traceId: "sd-t2",
      timestamp: "2026-02-03T06:00:00.000Z",
    },
  ].map((row) => ({ environment: DETAIL_ENV, ...row }));
  await send(request, "POST", "/api/v1/scores", { scores: rows });
  return { people, rows, configs: { quality, tone } };
}

/** More rows than one page of the explorer (100), alone in their environment so its facets stay quick. */
export const PAGING_ENV = "detail-paging";

export async function writePagingRows(request: APIRequestContext, count = 150) {
  const base = Date.parse("2026-03-01T00:00:00.000Z");
  const rows = Array.from({ length: count }, (_, i) => ({
    id: `sp-${String(i).padStart(3, "0")}`,
    name: "sd-paging",
    value: i % 7,
    source: "API",
    environment: PAGING_ENV,
    traceId: `sp-t${i}`,
    timestamp: new Date(base + i * 60_000).toISOString(),
  }));
  await send(request, "POST", "/api/v1/scores", { scores: rows });
  return rows;
}
