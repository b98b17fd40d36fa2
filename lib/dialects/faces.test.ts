import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { faceOf } from "./faces";

/**
 * Next.js answers a method a route file does not export with an empty 405, outside any face's
 * shape. So every route file of the four APIs exports all five methods, the unserved ones as
 * `unsupportedMethod` (405 in the face's shape). A route added later without them fails here.
 */
const ROOTS = ["app/api/v1", "app/api/public", "app/api/scores", "app/api/logs", "app/model-hub"];
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

describe("API faces", () => {
  it("every route file exports all five methods", () => {
    const missing = ROOTS.flatMap((root) => routeFiles(path.join(process.cwd(), root))).flatMap((file) => {
      const source = fs.readFileSync(file, "utf8");
      return METHODS.filter(
        (method) => !new RegExp(`export (?:const|async function|function) ${method}\\b`).test(source),
      ).map((method) => `${method} ${path.relative(process.cwd(), file)}`);
    });
    expect(missing).toEqual([]);
  });

  it("knows each face by its path", () => {
    expect(faceOf("/api/v1/scores")).toBe("native");
    expect(faceOf("/api/public/v3/scores")).toBe("langfuse");
    expect(faceOf("/api/scores/")).toBe("respan");
    expect(faceOf("/api/logs/x/scores")).toBe("respan");
    expect(faceOf("/model-hub/scores/")).toBe("futureagi");
    expect(faceOf("/api/health")).toBeNull();
    expect(faceOf("/projects/demo")).toBeNull();
  });
});
