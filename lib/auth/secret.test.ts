import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readConfig } from "@/lib/config";
import type { Database } from "@/db/client";
import { authSecretPath, resolveAuthSecret } from "./secret";

/** The embedded path and given secrets never touch the database. */
const noDatabase = new Proxy({} as Database, {
  get: () => {
    throw new Error("the database was used");
  },
});

const given = "a".repeat(16) + "b".repeat(16);

describe("auth secret", () => {
  it("uses SCORELENS_AUTH_SECRET or BETTER_AUTH_SECRET when set, and refuses a short one", async () => {
    expect(
      await resolveAuthSecret(readConfig({ SCORELENS_AUTH_SECRET: given }), noDatabase, "production"),
    ).toBe(given);
    expect(await resolveAuthSecret(readConfig({ BETTER_AUTH_SECRET: given }), noDatabase, "production")).toBe(
      given,
    );
    expect(() => readConfig({ SCORELENS_AUTH_SECRET: "short" })).toThrow(
      /SCORELENS_AUTH_SECRET: must be at least 32/,
    );
  });

  it("generates one beside the embedded data folder (owner-only), and reuses it", async () => {
    const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "scorelens-secret-")), "data");
    const config = readConfig({ SCORELENS_DATA_DIR: dataDir });
    const first = await resolveAuthSecret(config, noDatabase, "production");
    expect(first.length).toBeGreaterThanOrEqual(43);
    expect(fs.statSync(authSecretPath(dataDir)).mode & 0o777).toBe(0o600);
    expect(await resolveAuthSecret(config, noDatabase, "production")).toBe(first);
    expect(fs.readdirSync(path.dirname(dataDir))).toEqual(["data.auth-secret"]);
  });
});
