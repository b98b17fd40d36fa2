import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./openapi";

/**
 * Every /api/v1 route file and method, as the file system declares them; the face's 404 and 405
 * answers (lib/dialects/faces.ts) are not operations.
 */
function declaredRoutes(dir = path.join(process.cwd(), "app/api/v1")): { path: string; method: string }[] {
  const found: { path: string; method: string }[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...declaredRoutes(full));
    else if (entry.name === "route.ts") {
      const source = fs.readFileSync(full, "utf8");
      const route = path
        .relative(path.join(process.cwd(), "app"), path.dirname(full))
        .replace(/\[([^\]]+)\]/g, "{$1}");
      for (const [, method] of source.matchAll(
        /export (?:const|async function|function) (GET|POST|PATCH|PUT|DELETE)\b(?! = (?:unsupportedMethod|unknownPath);)/g,
      )) {
        found.push({ path: `/${route}`, method: method.toLowerCase() });
      }
    }
  }
  return found;
}

describe("OpenAPI document", () => {
  it("describes every /api/v1 route and method there is", () => {
    const doc = buildOpenApiDocument() as unknown as { paths: Record<string, Record<string, unknown>> };
    const routes = declaredRoutes().filter((r) => r.path !== "/api/v1/openapi.json");
    expect(routes.length).toBeGreaterThan(15);
    const missing = routes.filter((r) => !doc.paths[r.path]?.[r.method]).map((r) => `${r.method} ${r.path}`);
    expect(missing).toEqual([]);
  });
});
