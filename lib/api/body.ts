import { AppError, badRequest } from "@/lib/errors";

export const MAX_BODY_BYTES = 5 * 1024 * 1024;

/** Reads a JSON body, refusing anything over 5 MB before and while reading it. */
export async function readJsonBody(request: Request, maxBytes = MAX_BODY_BYTES): Promise<unknown> {
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
  const protoPath = findProtoKey(parsed, []);
  if (protoPath) {
    throw badRequest(`${protoPath}: the key "__proto__" is not allowed`, [
      { path: protoPath, message: 'The key "__proto__" is not allowed' },
    ]);
  }
  return parsed;
}

/**
 * JSON.parse keeps `__proto__` as an own key, but the first copy into an ordinary object (a zod
 * record, a spread into `{}` by key) turns it into a prototype and the data is gone without a
 * word. So a body holding it anywhere is refused up front, naming where.
 */
function findProtoKey(value: unknown, path: string[]): string | null {
  if (value === null || typeof value !== "object") return null;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const found = findProtoKey(value[index], [...path, String(index)]);
      if (found) return found;
    }
    return null;
  }
  for (const [key, child] of Object.entries(value)) {
    if (key === "__proto__") return [...path, key].join(".");
    const found = findProtoKey(child, [...path, key]);
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
