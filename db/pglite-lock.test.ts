import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { acquireDataDirLock, DataDirLockedError } from "./pglite-lock";

const folder = path.join(os.tmpdir(), `scorelens-lock-test-${process.pid}`);
afterEach(() => fs.rmSync(`${folder}.lock`, { force: true }));

describe("PGlite data folder lock", () => {
  it("refuses a second holder with a message naming the folder and the owner", () => {
    const release = acquireDataDirLock(folder);
    expect(() => acquireDataDirLock(folder)).toThrow(DataDirLockedError);
    expect(() => acquireDataDirLock(folder)).toThrow(new RegExp(`${folder}.*process ${process.pid}`));
    release();
    const again = acquireDataDirLock(folder);
    again();
  });

  it("takes over a lock whose process is gone", () => {
    fs.writeFileSync(`${folder}.lock`, "999999999");
    const release = acquireDataDirLock(folder);
    expect(fs.readFileSync(`${folder}.lock`, "utf8")).toBe(String(process.pid));
    release();
    expect(fs.existsSync(`${folder}.lock`)).toBe(false);
  });
});
