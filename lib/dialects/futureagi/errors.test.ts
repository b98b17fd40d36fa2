import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { fieldError, futureAgiErrors, inVendorTerms, renameIssueFields } from "./errors";

const request = (headers: Record<string, string> = {}) =>
  new Request("http://scorelens.test/model-hub/scores/", { headers });

async function render(error: AppError, headers: Record<string, string> = {}) {
  const response = futureAgiErrors(error, "req-1", request(headers));
  return { status: response.status, headers: response.headers, body: await response.json() };
}

describe("futureAgiErrors", () => {
  it("answers a 400 with the envelope, the first field as attr and every field in details", async () => {
    const error = fieldError([
      { path: "source_type", message: "bad" },
      { path: "colour", message: "Unknown field." },
    ]);
    expect(await render(error)).toMatchObject({
      status: 400,
      body: {
        status: false,
        type: "validation_error",
        code: "invalid",
        detail: "source_type: bad; colour: Unknown field.",
        message: "source_type: bad; colour: Unknown field.",
        error: "source_type: bad; colour: Unknown field.",
        result: "source_type: bad; colour: Unknown field.",
        attr: "source_type",
        details: { source_type: ["bad"], colour: ["Unknown field."] },
      },
    });
  });

  it("says required when every issue is a missing field", async () => {
    const { body } = await render(fieldError([{ path: "value", message: "This field is required." }]));
    expect(body.code).toBe("required");
  });

  it("words 401s as the vendor does, by whether credentials came at all", async () => {
    const missing = await render(new AppError("unauthorized", "x"));
    expect(missing.status).toBe(401);
    expect(missing.headers.get("www-authenticate")).toBe("ApiKey");
    expect(missing.body).toMatchObject({
      type: "authentication_error",
      code: "not_authenticated",
      detail: "Authentication credentials were not provided.",
      attr: null,
      details: {},
    });
    const wrong = await render(new AppError("unauthorized", "x"), {
      "x-api-key": "pk",
      "x-secret-key": "sk",
    });
    expect(wrong.body).toMatchObject({
      code: "authentication_failed",
      detail: "Invalid API key or secret key",
    });
  });

  it("maps the other statuses to the vendor's types", async () => {
    const cases: [AppError, number, string][] = [
      [new AppError("forbidden", "no"), 403, "permission_error"],
      [new AppError("not_found", "no"), 404, "not_found"],
      [new AppError("conflict", "no"), 409, "conflict"],
      [new AppError("internal", "Internal server error"), 500, "server_error"],
      [new AppError("unavailable", "down", undefined, { "retry-after": "5" }), 503, "service_unavailable"],
    ];
    for (const [error, status, type] of cases) {
      const rendered = await render(error);
      expect([rendered.status, rendered.body.type, rendered.body.status]).toEqual([status, type, false]);
    }
    expect((await render(cases[4][0])).headers.get("retry-after")).toBe("5");
  });
});

describe("engine errors in vendor terms", () => {
  it("renames the engine's fields to FutureAGI's and rewrites the message", async () => {
    expect(
      renameIssueFields([
        { path: "scores.0.configId", message: "m" },
        { path: "value", message: "v" },
      ]),
    ).toEqual([
      { path: "label_id", message: "m" },
      { path: "value", message: "v" },
    ]);
    const engine = new AppError("bad_request", "Invalid body: configId: gone", [
      { path: "configId", message: "gone" },
    ]);
    await expect(inVendorTerms(() => Promise.reject(engine))).rejects.toMatchObject({
      message: "label_id: gone",
      issues: [{ path: "label_id", message: "gone" }],
    });
    const forbidden = new AppError("forbidden", "Your role", [{ path: "source", message: "Your role" }]);
    await expect(inVendorTerms(() => Promise.reject(forbidden))).rejects.toMatchObject({
      code: "forbidden",
      issues: [{ path: "score_source", message: "Your role" }],
    });
  });
});
