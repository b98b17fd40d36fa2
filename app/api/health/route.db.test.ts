import { afterAll, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { describeEachEngine } from "@/db/testing/engines";
import { setDatabaseForTests } from "@/lib/database";
import { GET } from "./route";

describeEachEngine("GET /api/health", (t) => {
  it("answers 200 with the engine and version", async () => {
    setDatabaseForTests(t.handle);
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: "ok",
      database: t.kind,
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
    });
  });
});

// A real postgres.js pool pointed at a port where nothing listens: the way an outage looks.
const unreachable = await openDatabase({ url: "postgres://postgres@127.0.0.1:9/none", migrate: false });
afterAll(() => unreachable.close());

it("answers 503 with Retry-After when the database cannot be reached", async () => {
  setDatabaseForTests(unreachable);
  const response = await GET();
  expect(response.status).toBe(503);
  expect(response.headers.get("retry-after")).toBe("5");
  expect((await response.json()).status).toBe("unavailable");
});
