import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loginPathFor, safeReturnPath } from "./return-path";

describe("return path after sign-in", () => {
  it("keeps a page of this site with its query", () => {
    expect(safeReturnPath("/projects/demo/scores?name=tone&range=7d")).toBe(
      "/projects/demo/scores?name=tone&range=7d",
    );
    expect(safeReturnPath("/projects/a/../b")).toBe("/projects/b");
  });

  it("refuses other sites, odd schemes, auth pages and junk", () => {
    for (const next of [
      "https://evil.example/x",
      "//evil.example/x",
      "/\\evil.example",
      "javascript:alert(1)",
      "/login?next=/login",
      "/setup",
      "/change-password/x",
      "/projects/a/../../login",
      "/a\nb",
      "",
      undefined,
      42,
    ]) {
      expect(safeReturnPath(next), String(next)).toBe("/");
    }
  });

  it("never leaves the site, whatever the input", () => {
    fc.assert(
      fc.property(fc.string(), (next) => {
        const result = safeReturnPath(next);
        expect(result.startsWith("/")).toBe(true);
        expect(new URL(result, "http://scorelens.test").origin).toBe("http://scorelens.test");
      }),
    );
  });

  it("builds /login links that round-trip the page", () => {
    expect(loginPathFor("/projects/p/settings/api-keys?x=1")).toBe(
      "/login?next=%2Fprojects%2Fp%2Fsettings%2Fapi-keys%3Fx%3D1",
    );
    expect(loginPathFor("/")).toBe("/login");
    expect(loginPathFor("//evil.example")).toBe("/login");
  });
});
