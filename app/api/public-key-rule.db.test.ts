import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { describeEachEngine } from "@/db/testing/engines";
import { fingerprintTables } from "@/lib/api/test-fingerprint";
import { PUBLIC_KEY_ROUTES, SECRET_KEY_REQUIRED } from "@/lib/auth/key-scope";
import { setDatabaseForTests } from "@/lib/database";
import { KEYS, TRACE_ID, seedWriteFixtures } from "@/lib/scores/write-fixtures";

/**
 * The public-key rule (lib/auth/key-scope.ts) as a table: every route file of every surface ×
 * every method it serves × every way of presenting a public key. A bare public key gets 401
 * everywhere but the two score-creating Langfuse routes, and a refused request changes no row.
 * Routes are found on disk, so a route added later is covered without touching this file.
 */
type Handler = (request: Request, segment: { params: Promise<Record<string, string>> }) => Promise<Response>;

const APP_DIR = path.join(process.cwd(), "app");
/** Routes without API-key authentication: sign-in itself, the health probe, the OpenAPI document. */
const UNAUTHENTICATED = new Set(["/api/auth/[...all]", "/api/health", "/api/v1/openapi.json"]);
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

const routePattern = (file: string) =>
  "/" +
  path
    .relative(APP_DIR, path.dirname(file))
    .split(path.sep)
    .filter((part) => !/^\(.*\)$/.test(part))
    .join("/");

/** A concrete path and params for a pattern: every dynamic segment becomes "x". */
function concrete(pattern: string) {
  const params: Record<string, string> = {};
  const url = pattern.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_all, name: string) => {
    params[name] = "x";
    return "x";
  });
  return { url, params };
}

const b64 = (text: string) => Buffer.from(text).toString("base64");
const publicOnly: Record<string, Record<string, string>> = {
  "Bearer pk": { authorization: `Bearer ${KEYS.publicKey}` },
  "Basic pk with an empty secret": { authorization: `Basic ${b64(`${KEYS.publicKey}:`)}` },
};
const secretMissing: Record<string, Record<string, string>> = {
  "X-Api-Key pk alone": { "x-api-key": KEYS.publicKey },
  "X-Api-Key pk with an empty X-Secret-Key": { "x-api-key": KEYS.publicKey, "x-secret-key": "" },
  "Basic pk with a wrong secret": { authorization: `Basic ${b64(`${KEYS.publicKey}:sk-sl-wrong`)}` },
  "X-Api-Key pk with a wrong secret": { "x-api-key": KEYS.publicKey, "x-secret-key": "sk-sl-wrong" },
};
const fullKey = { authorization: `Basic ${b64(`${KEYS.publicKey}:${KEYS.secretKey}`)}` };

type Case = { pattern: string; method: (typeof METHODS)[number]; handler: Handler };

async function discoverCases(): Promise<Case[]> {
  const cases: Case[] = [];
  for (const file of routeFiles(APP_DIR).sort()) {
    const pattern = routePattern(file);
    if (UNAUTHENTICATED.has(pattern)) continue;
    const exported = (await import(file)) as Partial<Record<string, Handler>>;
    for (const method of METHODS) {
      const handler = exported[method];
      if (handler) cases.push({ pattern, method, handler });
    }
  }
  return cases;
}

const isPublicKeyRoute = ({ pattern, method }: Case) =>
  PUBLIC_KEY_ROUTES.some((allowed) => allowed.path === pattern && allowed.method === method);

async function send(item: Case, headers: Record<string, string>, body?: unknown) {
  const { url, params } = concrete(item.pattern);
  const hasBody = item.method !== "GET" && item.method !== "DELETE";
  const request = new Request(`http://scorelens.test${url}`, {
    method: item.method,
    headers: { ...headers, ...(hasBody ? { "content-type": "application/json" } : {}) },
    body: hasBody ? JSON.stringify(body ?? {}) : undefined,
  });
  const response = await item.handler(request, { params: Promise.resolve(params) });
  const text = await response.text();
  return { status: response.status, text };
}

describe("the public-key route list", () => {
  it("names only routes that exist", async () => {
    const cases = await discoverCases();
    for (const allowed of PUBLIC_KEY_ROUTES) {
      expect(cases.some((item) => isPublicKeyRoute(item) && item.pattern === allowed.path)).toBe(true);
    }
  });
});

describeEachEngine(
  "A public key without its secret",
  (t) => {
    const cases: Case[] = [];
    beforeAll(async () => {
      setDatabaseForTests(t.handle);
      // 405 answers (a method a surface does not implement) are not routes.
      for (const item of await discoverCases()) {
        if ((await send(item, fullKey)).status !== 405) cases.push(item);
      }
      expect(cases.length).toBeGreaterThan(40);
    });

    it("is refused with 401 on every route but score creation, changing nothing", async () => {
      const before = await fingerprintTables(t.db);
      const reached: string[] = [];
      for (const item of cases) {
        for (const [style, headers] of Object.entries({ ...publicOnly, ...secretMissing })) {
          const allowed = isPublicKeyRoute(item) && style in publicOnly;
          const { status, text } = await send(item, headers);
          const what = `${item.method} ${item.pattern} with ${style} → ${status} ${text}`;
          if (allowed) {
            expect(status, what).not.toBe(401);
            reached.push(`${item.method} ${item.pattern}`);
          } else expect(status, what).toBe(401);
        }
      }
      expect(new Set(reached)).toEqual(new Set(PUBLIC_KEY_ROUTES.map((r) => `${r.method} ${r.path}`)));
      expect(await fingerprintTables(t.db)).toEqual(before);
    });

    it("with the right secret, passes authentication on every route", async () => {
      for (const item of cases) {
        const { status, text } = await send(item, fullKey);
        expect(status, `${item.method} ${item.pattern} → ${status} ${text}`).not.toBe(401);
        expect(status).toBeLessThan(500);
      }
    });

    it("explains itself on the native surface and in Langfuse's words", async () => {
      const native = cases.find((c) => c.pattern === "/api/v1/scores" && c.method === "GET")!;
      const langfuse = cases.find((c) => c.pattern === "/api/public/v3/scores" && c.method === "GET")!;
      const nativeAnswer = await send(native, publicOnly["Bearer pk"]);
      expect(JSON.parse(nativeAnswer.text).error.message).toBe(SECRET_KEY_REQUIRED);
      const langfuseAnswer = await send(langfuse, publicOnly["Bearer pk"]);
      expect(JSON.parse(langfuseAnswer.text)).toEqual({
        message: "Access denied - need to use basic auth with secret key",
      });
    });

    it("creates a score through POST /api/public/scores and ingestion, refusing other events one by one", async () => {
      const scoresRoute = cases.find((c) => c.pattern === "/api/public/scores" && c.method === "POST")!;
      const created = await send(scoresRoute, publicOnly["Bearer pk"], {
        name: "quality",
        value: 3,
        traceId: TRACE_ID,
      });
      expect(created.status, created.text).toBe(200);

      const ingestion = cases.find((c) => c.pattern === "/api/public/ingestion")!;
      const timestamp = "2026-06-01T00:00:00.000Z";
      const batch = {
        batch: [
          {
            id: "e1",
            type: "score-create",
            timestamp,
            body: { name: "quality", value: 4, traceId: TRACE_ID },
          },
          { id: "e2", type: "trace-create", timestamp, body: { id: "trace-pk", name: "sneaky" } },
        ],
      };
      const answer = await send(ingestion, publicOnly["Basic pk with an empty secret"], batch);
      expect(answer.status).toBe(207);
      const result = JSON.parse(answer.text);
      expect(result.successes).toEqual([{ id: "e1", status: 201 }]);
      expect(result.errors).toEqual([
        { id: "e2", status: 401, message: "Authentication error", error: "Access Scope Denied" },
      ]);
    });
  },
  seedWriteFixtures,
);
