import fc from "fast-check";
import { expect } from "vitest";
import type { Database } from "@/db/client";
import { fingerprintTables } from "./test-fingerprint";

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
  /** What a refused request must leave as it was: every row of every table by default. */
  snapshot?: (db: Database) => Promise<unknown>;
};

/**
 * Keys and values the security review found breaking a surface: Object.prototype names as keys,
 * numbers past a double's useful range, NUL, dates PostgreSQL cannot read back, broken escapes.
 * Every face's fuzz test mixes them into its queries and bodies.
 */
export const HOSTILE_KEYS = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf"];
export const HOSTILE_TEXT = [
  "\u0000",
  "a\u0000b",
  "+275760-09-13T00:00:00.000Z",
  "%ED%A0%80",
  "1e308",
  "-1e308",
];
export const HOSTILE_NUMBERS = [1e308, -1e308, 1e15 + 2, Number.MAX_SAFE_INTEGER * 4];

/** A body with one hostile key added as its own property (so `__proto__` is sent as data). */
export function withHostileKey<T>(body: fc.Arbitrary<T>): fc.Arbitrary<T | Record<string, unknown>> {
  return fc.oneof(
    { arbitrary: body, weight: 3 },
    {
      arbitrary: fc
        .tuple(body, fc.constantFrom(...HOSTILE_KEYS), fc.constantFrom<unknown>(1, "x", {}, null))
        .map(([base, key, value]) => {
          const copy: Record<string, unknown> =
            base !== null && typeof base === "object" && !Array.isArray(base) ? { ...base } : {};
          Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
          return copy;
        }),
      weight: 1,
    },
  );
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
  // Every row of every table (a checksum, not a count): a refused request changes nothing.
  const snapshot = surface.snapshot ?? fingerprintTables;
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
  const name = fc.oneof(
    fc.constantFrom(...names),
    fc.string({ maxLength: maxNameLength }),
    fc.constantFrom(...HOSTILE_KEYS),
  );
  values = fc.oneof(
    { arbitrary: values, weight: 4 },
    { arbitrary: fc.constantFrom(...HOSTILE_TEXT), weight: 1 },
  );
  return fc
    .array(fc.tuple(name, values), { maxLength: maxPairs })
    .map((pairs) => new URLSearchParams(pairs).toString());
}
