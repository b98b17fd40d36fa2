import { describe, expect, it } from "vitest";
import { issueStrings, withIngestionErrors } from "./ingestion-errors";

/** Upstream web/src/pages/api/public/ingestion.ts: `{error: name, message}`, a bad batch `{message, errors}`. */
const answer = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  withIngestionErrors(async () => Response.json(body, { status, headers }))();

describe("ingestion error shapes", () => {
  it("names the error of a refused request and keeps status and headers", async () => {
    const refused = await answer(
      401,
      { message: "Invalid credentials." },
      { "access-control-allow-origin": "*" },
    );
    expect(refused.status).toBe(401);
    expect(refused.headers.get("access-control-allow-origin")).toBe("*");
    expect(await refused.json()).toEqual({ error: "UnauthorizedError", message: "Invalid credentials." });
    const unavailable = await answer(503, { message: "Service Unavailable" }, { "retry-after": "5" });
    expect(unavailable.headers.get("retry-after")).toBe("5");
    expect(await unavailable.json()).toEqual({
      error: "ServiceUnavailableError",
      message: "Service Unavailable",
    });
    expect(await (await answer(500, { message: "Internal Server Error", error: "x" })).json()).toEqual({
      error: "InternalServerError",
      message: "Internal Server Error",
    });
  });

  it("lists a bad batch's issues as strings", async () => {
    const bad = await answer(400, {
      message: "Invalid request data",
      error: [{ code: "invalid_type", path: ["batch"], message: "Invalid input: expected array" }],
    });
    expect(await bad.json()).toEqual({
      message: "Invalid request data",
      errors: ["batch: Invalid input: expected array"],
    });
    const plain = await answer(400, { message: "Body is not JSON", error: "InvalidRequestError" });
    expect(await plain.json()).toEqual({ message: "Invalid request data", errors: ["Body is not JSON"] });
  });

  it("passes every answer below 400 through untouched", async () => {
    const ok = await answer(207, { successes: [], errors: [] });
    expect(await ok.json()).toEqual({ successes: [], errors: [] });
  });

  it("words issues with and without a path", () => {
    expect(issueStrings([{ path: [], message: "m" }, { path: ["body", 0], message: "n" }, "s"])).toEqual([
      "m",
      "body.0: n",
      "s",
    ]);
  });
});
