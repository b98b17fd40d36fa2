import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { Database } from "@/db/client";
import { describeEachEngine } from "@/db/testing/engines";
import { createPerson, signIn } from "@/lib/auth/test-sessions";
import { setDatabaseForTests } from "@/lib/database";
import { forbidden } from "@/lib/errors";
import { respanErrorFormatter } from "@/lib/dialects/respan/errors";
import { futureAgiErrors } from "@/lib/dialects/futureagi/errors";
import { P1, seedFixtures } from "@/lib/scores/test-fixtures";
import { route } from "./route";
import { callRoute } from "./test-client";
import { headerStyles, KEYS, seedKeys } from "./test-tenancy";

/**
 * route() authenticates before it parses anything: a caller without valid credentials (or
 * without the role) hears 401/403 whatever else is wrong with its request, in the surface's
 * own error shape; a caller that may ask hears what is wrong with the input.
 */
const PASSWORD = "viewer-password-123";
const WRONG_KEY = { authorization: "Bearer sk-sl-not-a-key-000000000000000000000000" };

const spec = {
  params: z.strictObject({ id: z.string().regex(/^s\d+$/) }),
  query: z.strictObject({ limit: z.coerce.number().int().positive() }),
  body: z.strictObject({ value: z.number() }),
};
const handler = async () => ({ ok: true });
const routes = {
  native: route({ auth: { permission: "scores:annotate" }, ...spec }, handler),
  respan: route({ auth: { permission: "scores:annotate" }, errors: respanErrorFormatter, ...spec }, handler),
  futureagi: route({ auth: { permission: "scores:annotate" }, errors: futureAgiErrors, ...spec }, handler),
  refusing: route(
    {
      auth: {
        permission: "scores:read",
        assertAllowed: () => {
          throw forbidden("This surface refuses this kind of key");
        },
      },
      ...spec,
    },
    handler,
  ),
};

async function seed(db: Database) {
  await seedFixtures(db);
  await seedKeys(db);
  await createPerson(
    db,
    { email: "viewer@route.test", password: PASSWORD, name: "Viewer" },
    { [P1]: "viewer" },
  );
}

type Call = { query?: string; id?: string; body?: unknown; headers: Record<string, string> };
const call = (
  handle: (typeof routes)["native"],
  { query = "limit=5", id = "s1", body = { value: 1 }, headers }: Call,
) =>
  callRoute(handle, `/things/${id}?${query}${headers.cookie ? `&projectId=${P1}` : ""}`, {
    method: "POST",
    headers,
    body,
    params: { id },
  });

const badInputs: [string, Omit<Call, "headers">][] = [
  ["a bad query", { query: "limit=-1&colour=red" }],
  ["a bad path parameter", { id: "not an id" }],
  ["a bad body", { body: { value: "high", extra: true } }],
  ["a body that is no JSON", { body: "{not json" }],
];

describeEachEngine(
  "route(): authentication before parsing",
  (t) => {
    let viewer: Record<string, string>;
    beforeAll(async () => {
      setDatabaseForTests(t.handle);
      viewer = { cookie: await signIn({ email: "viewer@route.test", password: PASSWORD }) };
    });

    describe.each(badInputs)("%s", (_, input) => {
      it("is 401 with a wrong key, or none, in each surface's shape", async () => {
        for (const headers of [WRONG_KEY, {}]) {
          const native = await call(routes.native, { ...input, headers });
          expect(native.status).toBe(401);
          expect(native.body).toMatchObject({ error: { code: "unauthorized" } });
          const respan = await call(routes.respan, { ...input, headers });
          expect(respan.status).toBe(401);
          expect(Object.keys(respan.body as object)).toEqual(["detail"]);
          const futureagi = await call(routes.futureagi, { ...input, headers });
          expect(futureagi.status).toBe(401);
          expect(futureagi.body).toMatchObject({ status: false, type: "authentication_error" });
        }
      });

      it("is 403 for a role that may not do this", async () => {
        const response = await call(routes.native, { ...input, headers: viewer });
        expect(response.status).toBe(403);
      });

      it("is 400 for a caller that may ask", async () => {
        const response = await call(routes.native, { ...input, headers: headerStyles.bearer(KEYS.p1) });
        expect(response.status).toBe(400);
      });
    });

    it("runs a surface's own rule after authentication and before parsing", async () => {
      const key = headerStyles.bearer(KEYS.p1);
      expect(await call(routes.refusing, { query: "limit=-1", headers: key })).toMatchObject({
        status: 403,
        body: { error: { message: "This surface refuses this kind of key" } },
      });
      expect((await call(routes.refusing, { query: "limit=-1", headers: WRONG_KEY })).status).toBe(401);
    });

    it("answers a good request from an allowed caller", async () => {
      const response = await call(routes.native, { headers: headerStyles.bearer(KEYS.p1) });
      expect(response).toMatchObject({ status: 200, body: { ok: true } });
    });
  },
  seed,
);
