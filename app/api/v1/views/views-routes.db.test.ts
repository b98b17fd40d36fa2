import { beforeAll, expect, it } from "vitest";
import { describeEachEngine } from "@/db/testing/engines";
import { KEYS, headerStyles, seedKeys } from "@/lib/api/test-tenancy";
import { callRoute } from "@/lib/api/test-client";
import { createPerson, signIn } from "@/lib/auth/test-sessions";
import { setDatabaseForTests } from "@/lib/database";
import { errorResponseSchema } from "@/lib/scores/score-json";
import { P1, seedFixtures } from "@/lib/scores/test-fixtures";
import { viewJsonSchema } from "@/lib/views/view-input";
import { DELETE, PATCH } from "./[id]/route";
import { GET, POST } from "./route";

const people = {
  ann: { email: "ann@views.test", password: "ann-password-1234", name: "Ann" },
  bob: { email: "bob@views.test", password: "bob-password-1234", name: "Bob" },
  boss: { email: "boss@views.test", password: "boss-password-1234", name: "Boss" },
};
const url = (path: string) => `${path}?projectId=${P1}`;
const namesOf = (body: unknown) => (body as { data: { name: string }[] }).data.map((view) => view.name);

describeEachEngine(
  "saved views",
  (t) => {
    const as = {} as Record<keyof typeof people, { cookie: string }>;
    beforeAll(async () => {
      setDatabaseForTests(t.handle);
      for (const key of Object.keys(people) as (keyof typeof people)[]) {
        as[key] = { cookie: await signIn(people[key]) };
      }
    });

    const save = (who: keyof typeof people, body: unknown) =>
      callRoute(POST, url("/api/v1/views"), { method: "POST", headers: as[who], body });
    const patch = (who: keyof typeof people, id: string, body: unknown) =>
      callRoute(PATCH, url(`/api/v1/views/${id}`), {
        method: "PATCH",
        headers: as[who],
        params: { id },
        body,
      });
    const remove = (who: keyof typeof people, id: string) =>
      callRoute(DELETE, url(`/api/v1/views/${id}`), { method: "DELETE", headers: as[who], params: { id } });
    const list = (headers: Record<string, string>) => callRoute(GET, url("/api/v1/views"), { headers });

    it("saves personal and project views and shows each to whom it should", async () => {
      const mine = await save("ann", {
        name: "My tone",
        query: "name=tone&sort=value&cols=name,value&score=s06",
      });
      expect(mine.status).toBe(201);
      const view = viewJsonSchema.parse(mine.body);
      expect(view).toMatchObject({
        name: "My tone",
        query: "name=tone&sort=value&cols=name,value",
        visibility: "personal",
        author: { name: "Ann" },
        canEdit: true,
      });
      const shared = await save("ann", {
        name: "Team: prod",
        query: "environment=production",
        visibility: "project",
      });
      expect(shared.status).toBe(201);
      expect(namesOf((await list(as.ann)).body)).toEqual(["My tone", "Team: prod"]);
      expect(namesOf((await list(as.bob)).body)).toEqual(["Team: prod"]);
      expect(namesOf((await list(headerStyles.basic(KEYS.p1))).body)).toEqual(["Team: prod"]);
      const forBob = (await list(as.bob)).body as { data: { canEdit: boolean }[] };
      expect(forBob.data[0].canEdit).toBe(false);
    });

    it("lets the author and admins rename, update and delete; others get 403 or 404", async () => {
      const shared = viewJsonSchema.parse(
        (await save("ann", { name: "Shared", query: "source=EVAL", visibility: "project" })).body,
      );
      const personal = viewJsonSchema.parse((await save("ann", { name: "Private", query: "q=x" })).body);
      expect((await patch("bob", shared.id, { name: "Bob's now" })).status).toBe(403);
      expect((await remove("bob", shared.id)).status).toBe(403);
      expect((await patch("bob", personal.id, { name: "peek" })).status).toBe(404);
      expect((await patch("boss", personal.id, { name: "peek" })).status).toBe(404);

      const renamed = await patch("ann", shared.id, {
        name: "Shared evals",
        query: "source=EVAL&sort=value",
      });
      expect(renamed.status).toBe(200);
      expect(viewJsonSchema.parse(renamed.body)).toMatchObject({
        name: "Shared evals",
        query: "source=EVAL&sort=value",
      });
      const byAdmin = await patch("boss", shared.id, { name: "Evals (admin)" });
      expect(viewJsonSchema.parse(byAdmin.body).name).toBe("Evals (admin)");
      expect((await remove("boss", shared.id)).status).toBe(204);
      expect((await remove("ann", personal.id)).status).toBe(204);
      expect(namesOf((await list(as.ann)).body)).not.toContain("Private");
    });

    it("refuses bad bodies with 400 naming the field, and writes by API keys with 403", async () => {
      const bad = await save("ann", { name: " ", query: "sort=nope&limit=0", visibility: "team" });
      expect(bad.status).toBe(400);
      const paths = errorResponseSchema.parse(bad.body).error.issues?.map((issue) => issue.path);
      expect(paths).toEqual(expect.arrayContaining(["name", "query", "visibility"]));
      const unknown = await save("ann", { name: "x", query: "colour=red" });
      expect(errorResponseSchema.parse(unknown.body).error.issues?.[0]?.path).toBe("query");
      const empty = await patch("ann", "nope", {});
      expect(empty.status).toBe(400);
      const byKey = await callRoute(POST, "/api/v1/views", {
        method: "POST",
        headers: headerStyles.basic(KEYS.p1),
        body: { name: "key", query: "" },
      });
      expect(byKey.status).toBe(403);
    });
  },
  async (db) => {
    await seedFixtures(db);
    await seedKeys(db);
    await createPerson(db, people.ann, { [P1]: "viewer" });
    await createPerson(db, people.bob, { [P1]: "member" });
    await createPerson(db, people.boss, { [P1]: "admin" });
  },
);
