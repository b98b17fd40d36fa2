import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readConfig } from "@/lib/config";
import { authSecretPath, resolveAuthSecret } from "./secret";

const given = "a".repeat(16) + "b".repeat(16);

describe("auth secret", () => {
  it("uses SCORELENS_AUTH_SECRET or BETTER_AUTH_SECRET when set, and refuses a short one", () => {
    expect(resolveAuthSecret(readConfig({ SCORELENS_AUTH_SECRET: given }), "production")).toBe(given);
    expect(resolveAuthSecret(readConfig({ BETTER_AUTH_SECRET: given }), "production")).toBe(given);
    expect(() => readConfig({ SCORELENS_AUTH_SECRET: "short" })).toThrow(
      /SCORELENS_AUTH_SECRET: must be at least 32/,
    );
  });

  it("generates one beside the data folder (owner-only), and reuses it", () => {
    const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "scorelens-secret-")), "data");
    const config = readConfig({ SCORELENS_DATA_DIR: dataDir });
    const first = resolveAuthSecret(config, "production");
    expect(first.length).toBeGreaterThanOrEqual(43);
    expect(fs.statSync(authSecretPath(dataDir)).mode & 0o777).toBe(0o600);
    expect(resolveAuthSecret(config, "production")).toBe(first);
    expect(fs.readdirSync(path.dirname(dataDir))).toEqual(["data.auth-secret"]);
  });

  it("requires it with a PostgreSQL server in production", () => {
    const config = readConfig({ DATABASE_URL: "postgres://db.example/scorelens" });
    expect(() => resolveAuthSecret(config, "production")).toThrow(/Set SCORELENS_AUTH_SECRET/);
  });
});
