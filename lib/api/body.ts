import { AppError, badRequest } from "@/lib/errors";

export const MAX_BODY_BYTES = 5 * 1024 * 1024;

/** Reads a JSON body, refusing anything over 5 MB before and while reading it. */
export async function readJsonBody(
  request: Request,
  { maxBytes = MAX_BODY_BYTES, checkStorable = true } = {},
): Promise<unknown> {
  const tooLarge = () => new AppError("payload_too_large", `Request body is larger than ${maxBytes} bytes`);
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge();
  if (!request.body)
    throw badRequest("A JSON request body is required", [{ path: "(body)", message: "Required" }]);

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (text.trim() === "")
    throw badRequest("A JSON request body is required", [{ path: "(body)", message: "Required" }]);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw badRequest("Request body is not valid JSON", [{ path: "(body)", message: "Invalid JSON" }]);
  }
  if (checkStorable) assertStorable(parsed, "(body)");
  return parsed;
}

/**
 * What PostgreSQL cannot store, refused before anything is parsed, naming where it is:
 * - `__proto__` as a key: JSON.parse keeps it as an own key, but the first copy into an ordinary
 *   object (a zod record, a spread) turns it into a prototype and the data is silently gone;
 * - a NUL character in any text: neither `text` nor `jsonb` can hold one.
 * Used for bodies, query strings and path parameters alike, on every surface.
 */
export function assertStorable(value: unknown, what: string): void {
  const found = describeUnstorable(value);
  if (!found) return;
  const path = found.path || what;
  throw badRequest(`${path}: ${found.problem}`, [{ path, message: found.problem }]);
}

/** The first thing in `value` PostgreSQL cannot store, with its dotted path; null when none. */
export function describeUnstorable(value: unknown): { path: string; problem: string } | null {
  const found = findUnstorable(value, []);
  return found && { path: found.path.join("."), problem: found.problem };
}

function findUnstorable(value: unknown, path: string[]): { path: string[]; problem: string } | null {
  if (typeof value === "string") {
    return value.includes("\u0000") ? { path, problem: "Text must not contain the NUL character" } : null;
  }
  if (value === null || typeof value !== "object") return null;
  const entries = Array.isArray(value)
    ? value.map((item, index) => [String(index), item] as const)
    : Object.entries(value);
  for (const [key, child] of entries) {
    if (key === "__proto__") return { path: [...path, key], problem: 'The key "__proto__" is not allowed' };
    if (key.includes("\u0000"))
      return { path: [...path, key], problem: "Keys must not contain the NUL character" };
    const found = findUnstorable(child, [...path, key]);
    if (found) return found;
  }
  return null;
}

/** Query strings as a plain object; a repeated key joins its values with commas (lists are comma-separated). */
export function searchParamsObject(url: URL): Record<string, string> {
  // A Map, then own properties: a parameter named `constructor` or `__proto__` stays an
  // ordinary (unknown) parameter instead of meeting Object.prototype.
  const joined = new Map<string, string>();
  for (const [key, value] of url.searchParams) {
    const previous = joined.get(key);
    joined.set(key, previous === undefined ? value : `${previous},${value}`);
  }
  return Object.fromEntries(joined);
}
