/**
 * HTTP load through autocannon's programmatic API. Latencies are taken from its `response`
 * event (process.hrtime, fractional milliseconds) rather than its histogram, which rounds to
 * whole milliseconds: too coarse for goals of a few milliseconds.
 */
import autocannon, { type AutocannonOptions, type AutocannonRequest } from "autocannon";
import { summarize, type LatencySummary } from "./stats";

export type HttpTarget = { baseUrl: string; headers: Record<string, string> };

export type HttpFigures = {
  latency: LatencySummary;
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
};

export type LoadOptions = {
  /** One path, or several that each connection cycles through. */
  paths: string[];
  connections: number;
  /** Measured seconds; ignored when `amount` is set. */
  duration?: number;
  amount?: number;
  method?: "GET" | "POST";
  body?: string;
  /** Request bodies handed out one per request, in turn (for writes that must not repeat ids). */
  bodies?: Buffer[];
  timeoutSeconds?: number;
  /** Called when the measured part starts (after the warm-up). */
  onStart?: () => void;
};

async function fire(target: HttpTarget, options: LoadOptions): Promise<HttpFigures> {
  const latencies: number[] = [];
  const { bodies } = options;
  let handedOut = 0;
  const nextBody = (request: AutocannonRequest): AutocannonRequest => ({
    ...request,
    body: bodies![handedOut++ % bodies!.length],
  });
  const config: AutocannonOptions = {
    url: target.baseUrl,
    connections: options.connections,
    headers: {
      ...target.headers,
      ...(options.body || options.bodies ? { "content-type": "application/json" } : {}),
    },
    method: options.method ?? "GET",
    body: options.body,
    timeout: options.timeoutSeconds ?? 30,
    requests: options.paths.map((path) => ({ path, ...(bodies ? { setupRequest: nextBody } : {}) })),
    ...(options.amount ? { amount: options.amount } : { duration: options.duration ?? 5 }),
  };
  const started = performance.now();
  const instance = autocannon(config);
  instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await instance;
  const seconds = (performance.now() - started) / 1000;
  const statusCodes = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([code, stats]) => [code, stats.count]),
  );
  return {
    latency: summarize(latencies),
    requests: latencies.length,
    seconds,
    requestsPerSecond: latencies.length / seconds,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes,
  };
}

/** A warm-up (discarded), then the measured load. */
export async function measureHttp(
  target: HttpTarget,
  options: LoadOptions & { warmupSeconds?: number },
): Promise<HttpFigures> {
  const warmup = options.warmupSeconds ?? 1;
  if (warmup > 0) await fire(target, { ...options, duration: warmup, amount: undefined });
  options.onStart?.();
  return fire(target, options);
}

/** One request, for checks before measuring (status and JSON body). */
export async function getJson(target: HttpTarget, path: string, init: RequestInit = {}) {
  const response = await fetch(`${target.baseUrl}${path}`, {
    ...init,
    headers: { ...target.headers, ...(init.body ? { "content-type": "application/json" } : {}) },
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: keep the text for the error message
  }
  return { status: response.status, body };
}

export const basicAuth = (publicKey: string, secretKey: string) => ({
  authorization: `Basic ${Buffer.from(`${publicKey}:${secretKey}`).toString("base64")}`,
});
