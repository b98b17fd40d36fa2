import fc from "fast-check";
import { expect } from "vitest";
import { sql } from "drizzle-orm";
import { rowsOf, type Database } from "@/db/client";

/**
 * The promise every API surface makes under fuzzing (security.md, "Bad input"): whatever a client
 * sends, the answer is never 5xx, every error has the surface's own shape, and a refused request
 * leaves every row as it was. Each surface's test brings its generators and its error shape;
 * this sends the requests and checks the promise.
 */
export type RouteHandler = (
  request: Request,
  segment: { params: Promise<Record<string, string>> },
) => Promise<Response>;

export type FuzzedRequest = {
  handler: RouteHandler;
  method: string;
  /** Path and query string, as a client sends them. */
  path: string;
  headers?: Record<string, string>;
  /** Sent as is: the caller JSON-encodes a generated body, so it can send malformed JSON too. */
  body?: string;
  params?: Record<string, string>;
};

export type FuzzedSurface = {
  /** Whether a (parsed) error body has the surface's error shape for this status. */
  isErrorBody: (body: unknown, status: number) => boolean;
  /** What a refused request must leave as it was: every score, revision and config by default. */
  snapshot?: (db: Database) => Promise<unknown>;
};

/** A digest of every row a score request can write; cheap enough to take twice per request. */
export async function digestScoreTables(db: Database): Promise<string> {
  const digest = (table: string) =>
    sql`(select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from ${sql.identifier(table)} t)`;
  const tables = ["scores", "score_revisions", "score_configs"].map(digest);
  return rowsOf<{ digest: string }>(await db.execute(sql`select ${sql.join(tables, sql` || `)} as digest`))[0]
    .digest;
}

function parsedOrText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Sends one request through its route handler and checks the promise; returns the status. */
export async function expectSafeAnswer(
  db: Database,
  surface: FuzzedSurface,
  request: FuzzedRequest,
): Promise<number> {
  const snapshot = surface.snapshot ?? digestScoreTables;
  const before = await snapshot(db);
  const { handler, method, path, headers, body, params = {} } = request;
  const response = await handler(new Request(`http://scorelens.test${path}`, { method, headers, body }), {
    params: Promise.resolve(params),
  });
  const text = await response.text();
  const what = `${method} ${path} ${body ?? ""} → ${response.status} ${text}`;
  expect(response.status, what).toBeLessThan(500);
  if (response.status >= 400) {
    expect(surface.isErrorBody(parsedOrText(text), response.status), what).toBe(true);
    expect(await snapshot(db), what).toEqual(before);
  }
  return response.status;
}

/** A query string of up to `maxPairs` parameters: known names or random ones, repeats allowed. */
export function queryStringArb(
  names: string[],
  values: fc.Arbitrary<string>,
  { maxPairs = 5, maxNameLength = 8 } = {},
): fc.Arbitrary<string> {
  const name = fc.oneof(fc.constantFrom(...names), fc.string({ maxLength: maxNameLength }));
  return fc
    .array(fc.tuple(name, values), { maxLength: maxPairs })
    .map((pairs) => new URLSearchParams(pairs).toString());
}
