import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

/** The CLI validates before it opens any database, so these runs touch nothing. */
const runCli = (...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", "db/seed/cli.ts", ...args], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: "", SCORELENS_DATA_DIR: "/nonexistent/never-opened" },
  });

describe("npm run seed", () => {
  it("exits with 2 and a clear message on invalid arguments", () => {
    const result = runCli("--scores", "0");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("--scores must be a positive integer");
    expect(result.stderr).toContain("Usage: npm run seed");
  });

  it("prints usage with --help", () => {
    const result = runCli("--help");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("--seed S");
  });
});
