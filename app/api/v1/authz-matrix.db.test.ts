import fs from "node:fs";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { apiKeys, memberRoles, memberships, users } from "@/db/schema";
import { describeEachEngine } from "@/db/testing/engines";
import { callRoute } from "@/lib/api/test-client";
import { fingerprintTables } from "@/lib/api/test-fingerprint";
import { authHeaders, KEYS, seedKeys } from "@/lib/api/test-tenancy";
import { storeApiKey } from "@/lib/auth/api-keys";
import { createPerson, signIn } from "@/lib/auth/test-sessions";
import { setDatabaseForTests } from "@/lib/database";
import { errorResponseSchema } from "@/lib/scores/score-json";
import { P1, P2, seedFixtures } from "@/lib/scores/test-fixtures";
import { ACTORS, MATRIX, resolveForeign, type Actor, type MatrixCase, type Vars } from "./authz-matrix-cases";
import * as scoreItem from "./scores/[id]/route";
import * as scoreList from "./scores/route";

/**
 * Every /api/v1 route × every actor (five roles through real Better Auth sessions, and an API
 * key) × own project, other project, a resource of the other project, no credentials and a
 * revoked key. Each refusal must leave every table exactly as it was.
 */
const REVOKED = { publicKey: "pk-sl-revoked", secretKey: "sk-sl-revoked-secret-0000000000000000000000" };
const personFor = (role: string) => ({
  email: `${role}@matrix.test`,
  password: `${role}-password-123`,
  name: role,
});

function discoverRoutes(): string[] {
  const root = path.join(process.cwd(), "app/api/v1");
  const files = (fs.readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith("route.ts"));
  return files.flatMap((file) => {
    const source = fs.readFileSync(path.join(root, file), "utf8");
    const pattern = `/api/v1/${path.dirname(file)}`.replace(/\[([^\]]+)\]/g, "{$1}").replace(/\/\.$/, "");
    const methods = [
      // The face's 404 and 405 answers (lib/dialects/faces.ts) authorize nobody: not cases.
      ...source.matchAll(
        /export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b(?! = (?:unsupportedMethod|unknownPath);)/g,
      ),
    ];
    return methods.map((match) => `${match[1]} ${pattern}`);
  });
}

describeEachEngine(
  "authorization matrix",
  (t) => {
    const credentials = {} as Record<Actor, Record<string, string>>;
    let attempts = 0;
    beforeAll(async () => {
      setDatabaseForTests(t.handle);
      for (const role of memberRoles) credentials[role] = { cookie: await signIn(personFor(role)) };
      credentials.apiKey = authHeaders(KEYS.p1);
    });

    it("notices any change in any table (or the refusals below would prove nothing)", async () => {
      const before = await fingerprintTables(t.db);
      await t.db.update(users).set({ name: "Ada L." }).where(eq(users.id, "u1"));
      const after = await fingerprintTables(t.db);
      await t.db.update(users).set({ name: "Ada" }).where(eq(users.id, "u1"));
      expect(Object.keys(after).filter((table) => after[table] !== before[table])).toEqual(["users"]);
      expect(await fingerprintTables(t.db)).toEqual(before);
    });

    it("has a case for every route and method under /api/v1", () => {
      const covered = new Set(MATRIX.map((c) => `${c.method} ${c.route}`));
      expect(discoverRoutes().filter((route) => !covered.has(route))).toEqual([]);
    });

    async function attempt(
      c: MatrixCase,
      headers: Record<string, string>,
      scope: "own" | "other" | "foreign",
    ) {
      const n = ++attempts;
      let vars: Vars = { n: String(n), ...(c.prepare ? await c.prepare(t.db, n) : {}) };
      if (scope === "foreign") vars = await resolveForeign(t.db, { ...vars, ...c.foreign });
      const target = c.path(vars);
      const url = `${target}${target.includes("?") ? "&" : "?"}projectId=${scope === "other" ? P2 : P1}`;
      const before = await fingerprintTables(t.db);
      const response = await callRoute(c.handler, url, {
        method: c.method,
        headers,
        params: c.params?.(vars) ?? {},
        body: c.body?.(vars),
      });
      const unchanged = JSON.stringify(await fingerprintTables(t.db)) === JSON.stringify(before);
      return { ...response, unchanged };
    }

    for (const c of MATRIX) {
      it(`${c.method} ${c.route}`, async () => {
        const problems: string[] = [];
        const check = async (
          label: string,
          headers: Record<string, string>,
          scope: "own" | "other" | "foreign",
          expected: number,
        ) => {
          const result = await attempt(c, headers, scope);
          if (result.status !== expected) {
            problems.push(
              `${label}: expected ${expected}, got ${result.status} ${JSON.stringify(result.body)}`,
            );
          } else if (expected >= 400) {
            if (!result.unchanged) problems.push(`${label}: refused with ${expected} but changed data`);
            if (!errorResponseSchema.safeParse(result.body).success)
              problems.push(`${label}: not the native error shape`);
          }
        };
        for (const actor of ACTORS) {
          const allowed = c.open || c.allowed.includes(actor);
          const gated = c.open || (c.gate ?? c.allowed).includes(actor);
          await check(`${actor} / own project`, credentials[actor], "own", allowed ? c.status : 403);
          await check(
            `${actor} / other project`,
            credentials[actor],
            "other",
            c.open || c.ignoresProject ? c.status : 403,
          );
          if (c.foreign)
            await check(
              `${actor} / other project's resource`,
              credentials[actor],
              "foreign",
              gated ? 404 : 403,
            );
        }
        await check("no credentials", {}, "own", c.open ? c.status : 401);
        await check("revoked key", authHeaders(REVOKED), "own", c.open ? c.status : 401);
        expect(problems).toEqual([]);
      });
    }

    it("lets an annotator change and delete their own annotation, and no one else's", async () => {
      const as = { headers: credentials.annotator };
      const url = (path: string) => `${path}?projectId=${P1}`;
      const created = await callRoute(scoreList.POST, url("/api/v1/scores"), {
        ...as,
        method: "POST",
        body: {
          name: "tone",
          value: "neutral",
          dataType: "CATEGORICAL",
          source: "ANNOTATION",
          traceId: "t-own",
        },
      });
      expect(created.status).toBe(201);
      const id = (created.body as { id: string; authorUserId: string }).id;
      expect((created.body as { authorUserId: string }).authorUserId).toBeTruthy();
      const params = { id };
      const patch = (scoreId: string) =>
        callRoute(scoreItem.PATCH, url(`/api/v1/scores/${scoreId}`), {
          ...as,
          method: "PATCH",
          params: { id: scoreId },
          body: { comment: "mine" },
        });
      expect((await patch(id)).status).toBe(200);
      const before = await fingerprintTables(t.db);
      expect((await patch("s06")).status).toBe(403); // Grace's annotation
      expect(await fingerprintTables(t.db)).toEqual(before);
      const removed = await callRoute(scoreItem.DELETE, url(`/api/v1/scores/${id}`), {
        ...as,
        method: "DELETE",
        params,
      });
      expect(removed.status).toBe(204);
    });

    it("lists only the caller's own projects, whatever projectId says", async () => {
      for (const actor of ACTORS) {
        const res = await callRoute(
          MATRIX.find((c) => c.route === "/api/v1/projects")!.handler,
          `/api/v1/projects?projectId=${P2}`,
          {
            headers: credentials[actor],
          },
        );
        const ids = (res.body as { data: { id: string }[] }).data.map((project) => project.id);
        expect(ids, actor).toContain(P1);
        expect(ids, actor).not.toContain(P2);
      }
    });
  },
  async (db) => {
    await seedFixtures(db);
    await seedKeys(db);
    const revokedId = await storeApiKey(db, { projectId: P1, keys: REVOKED });
    await db
      .update(apiKeys)
      .set({ revokedAt: sql`now()` })
      .where(eq(apiKeys.id, revokedId));
    for (const role of memberRoles) await createPerson(db, personFor(role), { [P1]: role });
    await db.insert(users).values({ id: "p2-only", email: "p2-only@example.com", name: "Elsewhere" });
    await db.insert(memberships).values({ userId: "p2-only", projectId: P2, role: "viewer" });
  },
);
