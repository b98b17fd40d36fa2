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
  try {
    return JSON.parse(text);
  } catch {
    throw badRequest("Request body is not valid JSON", [{ path: "(body)", message: "Invalid JSON" }]);
  }
}

/** Query strings as a plain object; a repeated key joins its values with commas (lists are comma-separated). */
export function searchParamsObject(url: URL): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of url.searchParams) {
    result[key] = key in result ? `${result[key]},${value}` : value;
  }
  return result;
}
