import { describe, expect, it } from "vitest";
import { AppError, badRequest, forbidden, notFound } from "@/lib/errors";
import { INVALID_KEY_DETAIL, NO_CREDENTIALS_DETAIL, respanErrorFormatter, validationError } from "./errors";

async function render(error: AppError, headers: Record<string, string> = {}) {
  const response = respanErrorFormatter(error, "req-1", new Request("http://h/api/scores/", { headers }));
  return {
    status: response.status,
    body: await response.json(),
    requestId: response.headers.get("x-request-id"),
  };
}

describe("Respan error bodies", () => {
  it("401 words the failure by what the request carried", async () => {
    const error = new AppError("unauthorized", "Invalid or revoked API key");
    expect(await render(error)).toEqual({
      status: 401,
      body: { detail: NO_CREDENTIALS_DETAIL },
      requestId: "req-1",
    });
    expect((await render(error, { authorization: "Bearer nope" })).body).toEqual({
      detail: INVALID_KEY_DETAIL,
    });
  });

  it("field errors are 422 Validation error; other 400s, 403 and 409 carry their message", async () => {
    expect(await render(validationError("log_id", "This field is required."))).toMatchObject({
      status: 422,
      body: { detail: "Validation error", errors: { log_id: ["This field is required."] } },
    });
    expect((await render(badRequest("Unknown sort_by 'x'"))).body).toEqual({ detail: "Unknown sort_by 'x'" });
    expect(await render(forbidden("Your role (viewer) does not allow this"))).toMatchObject({ status: 403 });
  });

  it("404 never says what was missing, except DRF's invalid page; 500 hides its cause", async () => {
    expect((await render(notFound("Score s9 not found"))).body).toEqual({ detail: "Not found." });
    expect((await render(notFound("Invalid page."))).body).toEqual({ detail: "Invalid page." });
    expect(await render(new AppError("internal", "boom"))).toMatchObject({
      status: 500,
      body: { detail: "Internal server error", error_code: "INTERNAL_ERROR" },
    });
  });

  it("keeps headers such as Retry-After", async () => {
    const unavailable = new AppError("unavailable", "The database is unavailable", undefined, {
      "retry-after": "5",
    });
    const response = respanErrorFormatter(unavailable, "r", new Request("http://h/"));
    expect([response.status, response.headers.get("retry-after")]).toEqual([503, "5"]);
  });
});
