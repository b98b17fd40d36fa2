import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { log, redirectLogs } from "@/lib/log";
import { route } from "./route";
import * as database from "@/lib/database";

/**
 * Every 500 is one JSON log line with the request id, the route, status 500 and the cause, and
 * the answer is JSON even when the surface's own error formatter fails.
 */
describe("route() and unexpected errors", () => {
  const lines: Record<string, unknown>[] = [];
  const restore = redirectLogs({ write: (line) => lines.push(JSON.parse(line)) });
  const level = log.level;
  log.level = "info";
  afterEach(() => {
    lines.length = 0;
    vi.restoreAllMocks();
  });
  afterAll(() => {
    restore();
    log.level = level;
  });

  function call(handlerError: Error, formatterError?: Error) {
    vi.spyOn(database, "getDatabase").mockResolvedValue({ db: {} } as never);
    const handle = route(
      {
        auth: "none",
        errors: formatterError
          ? () => {
              throw formatterError;
            }
          : undefined,
      },
      async () => {
        throw handlerError;
      },
    );
    return handle(
      new Request("http://scorelens.test/api/v1/boom", { headers: { "x-request-id": "req-42" } }),
    );
  }

  it("logs a thrown error as JSON with status 500 and answers without internals", async () => {
    const response = await call(new Error("disk on fire"));
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: { code: "internal", message: "Internal server error" } });
    const failure = lines.find((line) => line.msg === "request failed");
    expect(failure).toMatchObject({ requestId: "req-42", route: "/api/v1/boom", status: 500 });
    expect(JSON.stringify(failure)).toContain("disk on fire");
  });

  it("answers JSON 500 and logs both causes when the error formatter itself throws", async () => {
    const response = await call(new Error("first"), new TypeError("formatter broke"));
    expect(response.status).toBe(500);
    expect(response.headers.get("content-type")).toContain("application/json");
    const failure = lines.find((line) => line.msg === "error formatter failed");
    expect(failure).toMatchObject({ requestId: "req-42", status: 500 });
    expect(JSON.stringify(failure)).toContain("formatter broke");
    expect(JSON.stringify(failure)).toContain("first");
  });
});
