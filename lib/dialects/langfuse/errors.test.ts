import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { classifyAuthorization, type AuthorizationKind } from "./auth-header";
import { customInputError, formatLangfuseError, invalidRequest, methodNotAllowed } from "./errors";

/** Langfuse's error bodies for every status the surface can answer. */
const basic = (text: string) => `Basic ${Buffer.from(text).toString("base64")}`;

async function answer(error: AppError, headers: Record<string, string> = {}) {
  const response = formatLangfuseError(error, "req-1", new Request("http://test/api/public/x", { headers }));
  return {
    status: response.status,
    body: await response.json(),
    retryAfter: response.headers.get("retry-after"),
  };
}

describe("classifyAuthorization", () => {
  const cases: [Record<string, string>, AuthorizationKind][] = [
    [{}, "none"],
    [{ authorization: basic("pk:sk") }, "basic"],
    [{ authorization: basic("pk") }, "basic-malformed"],
    [{ authorization: basic("pk:") }, "basic-public"],
    [{ authorization: basic(":sk") }, "basic-malformed"],
    [{ authorization: "Bearer pk-lf-1" }, "bearer-public"],
    [{ authorization: "bearer sk-sl-1" }, "bearer-secret"],
    [{ authorization: "Digest x" }, "unknown-scheme"],
    [{ "x-api-key": "pk", "x-secret-key": "sk" }, "api-key-headers"],
  ];
  it.each(cases)("%j is %s", (headers, kind) => {
    expect(classifyAuthorization(new Headers(headers))).toBe(kind);
  });
});

describe("formatLangfuseError", () => {
  it("400: zod-shaped issues under Invalid request data, engine issues as custom issues", async () => {
    expect((await answer(customInputError("bad", ["value"]))).body).toEqual({
      message: "Invalid request data",
      error: [{ code: "custom", path: ["value"], message: "bad" }],
    });
    const engine = new AppError("bad_request", "Invalid body", [
      { path: "scores.3.value", message: "too big" },
    ]);
    expect((await answer(engine)).body).toEqual({
      message: "Invalid request data",
      error: [{ code: "custom", path: ["scores", 3, "value"], message: "too big" }],
    });
    expect((await answer(invalidRequest("Invalid cursor format"))).body).toEqual({
      message: "Invalid cursor format",
      error: "InvalidRequestError",
    });
  });

  it("401: the reason follows the header, with a message only", async () => {
    const error = new AppError("unauthorized", "whatever the engine said");
    expect((await answer(error)).body).toEqual({ message: "No authorization header" });
    expect((await answer(error, { authorization: basic("pk:sk") })).body).toEqual({
      message: "Invalid credentials. Confirm that you've configured the correct host.",
    });
    expect((await answer(error, { authorization: "Bearer pk-1" })).body).toEqual({
      message: "Invalid public key. Confirm that you've configured the correct host.",
    });
  });

  it("other statuses: Langfuse error names, 500 without internals, 503 with Retry-After", async () => {
    expect(await answer(new AppError("forbidden", "no"))).toMatchObject({
      status: 403,
      body: { message: "no" },
    });
    expect(await answer(new AppError("not_found", "Score not found"))).toMatchObject({
      status: 404,
      body: { message: "Score not found", error: "LangfuseNotFoundError" },
    });
    expect((await answer(new AppError("conflict", "taken"))).body).toEqual({
      message: "taken",
      error: "LangfuseConflictError",
    });
    expect(await answer(new AppError("internal", "Internal server error"))).toMatchObject({
      status: 500,
      body: { message: "Internal Server Error", error: "Internal server error" },
    });
    const down = await answer(new AppError("unavailable", "db down", undefined, { "retry-after": "5" }));
    expect(down).toEqual({ status: 503, body: { message: "Service Unavailable" }, retryAfter: "5" });
  });

  it("405 for methods a route does not implement", async () => {
    const response = await methodNotAllowed();
    expect(response.status).toBe(405);
    expect(await response.json()).toEqual({ message: "Method not allowed", error: "MethodNotAllowedError" });
  });
});
