import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { POST as addMember } from "@/app/api/v1/members/route";
import { DELETE as removeMember, PATCH as changeRole } from "@/app/api/v1/members/[userId]/route";
import { GET as listScores, POST as createScore } from "@/app/api/v1/scores/route";
import { accounts, memberships, organizations, projects, users } from "@/db/schema";
import { describeEachEngine } from "@/db/testing/engines";
import { callRoute } from "@/lib/api/test-client";
import { clearPasswordChangeRequired, isPasswordChangeRequired } from "@/lib/auth/accounts";
import { createPerson, signIn } from "@/lib/auth/test-sessions";
import { setDatabaseForTests } from "@/lib/database";
import { errorResponseSchema } from "@/lib/scores/score-json";
import { addMemberResponseSchema } from "./member-input";

const person = (name: string) => ({ email: `${name}@team.test`, password: `${name}-secret-pass`, name });
const OWNER = person("olga");
const ADMIN = person("adam");
const OTHER = person("otto"); // has an account through another project
const cookies: Record<string, Record<string, string>> = {};
const as = (who: string, projectId = "alpha") => ({ headers: cookies[who], projectId });

async function send(
  handler: Parameters<typeof callRoute>[0],
  method: string,
  path: string,
  who: { headers: Record<string, string>; projectId: string },
  body?: unknown,
  params?: Record<string, string>,
) {
  return callRoute(handler, `${path}?projectId=${who.projectId}`, {
    method,
    headers: who.headers,
    body,
    params,
  });
}

describeEachEngine("member management", (t) => {
  const userIdOf = async (email: string) =>
    (await t.db.select({ id: users.id }).from(users).where(eq(users.email, email)))[0].id;

  beforeAll(async () => {
    setDatabaseForTests(t.handle);
    await t.db.insert(organizations).values({ id: "org", name: "Org" });
    await t.db.insert(projects).values([
      { id: "alpha", organizationId: "org", name: "Alpha" },
      { id: "beta", organizationId: "org", name: "Beta" },
    ]);
    await createPerson(t.db, OWNER, { alpha: "owner" });
    await createPerson(t.db, ADMIN, { alpha: "admin" });
    await createPerson(t.db, OTHER, { beta: "viewer" });
    await t.db.insert(users).values({ id: "no-password", email: "legacy@team.test", name: "Legacy" });
    cookies.owner = { cookie: await signIn(OWNER) };
    cookies.admin = { cookie: await signIn(ADMIN) };
  });

  it("creates an account with a one-time password that signs in once and must be replaced", async () => {
    const res = await send(addMember, "POST", "/api/v1/members", as("admin"), {
      email: "New.Person@Team.test",
      name: "New Person",
      role: "viewer",
    });
    expect(res.status).toBe(201);
    const body = addMemberResponseSchema.parse(res.body);
    expect(body.member).toMatchObject({ email: "new.person@team.test", name: "New Person", role: "viewer" });
    expect(body.oneTimePassword).toMatch(/^[A-Za-z2-9]{5}(-[A-Za-z2-9]{5}){3}$/);
    const [stored] = await t.db.select().from(accounts).where(eq(accounts.userId, body.member.id));
    expect(stored.password).not.toContain(body.oneTimePassword);
    expect(await isPasswordChangeRequired(t.db, body.member.id)).toBe(true);
    cookies.newcomer = {
      cookie: await signIn({ email: "new.person@team.test", password: body.oneTimePassword! }),
    };
    // Until the newcomer chooses a password, the API refuses their session and says why.
    const refused = await send(listScores, "GET", "/api/v1/scores", as("newcomer"));
    expect(refused).toMatchObject({ status: 403, body: { error: { code: "password_change_required" } } });
    await clearPasswordChangeRequired(t.db, body.member.id);
    expect((await send(listScores, "GET", "/api/v1/scores", as("newcomer"))).status).toBe(200);
  });

  it("adds an existing account without touching its password, and gives a passwordless one a password", async () => {
    const existing = await send(addMember, "POST", "/api/v1/members", as("owner"), {
      email: OTHER.email,
      role: "member",
    });
    expect(existing.status).toBe(201);
    expect(addMemberResponseSchema.parse(existing.body).oneTimePassword).toBeNull();
    expect(await signIn(OTHER)).toMatch(/session_token/);

    const legacy = await send(addMember, "POST", "/api/v1/members", as("owner"), {
      email: "legacy@team.test",
      role: "annotator",
    });
    expect(addMemberResponseSchema.parse(legacy.body).oneTimePassword).toEqual(expect.any(String));
  });

  it("refuses duplicates (409) and bad bodies (400 naming the field), changing nothing", async () => {
    const before = await t.db.select().from(memberships);
    const duplicate = await send(addMember, "POST", "/api/v1/members", as("owner"), {
      email: ADMIN.email,
      role: "viewer",
    });
    expect(duplicate.status).toBe(409);
    const cases: [unknown, string][] = [
      [{ email: "not-an-email", role: "viewer" }, "email"],
      [{ email: "x@team.test", role: "superuser" }, "role"],
      [{ email: "x@team.test", role: "viewer", admin: true }, "(root)"],
    ];
    for (const [body, field] of cases) {
      const res = await send(addMember, "POST", "/api/v1/members", as("owner"), body);
      expect(res.status).toBe(400);
      expect(errorResponseSchema.parse(res.body).error.issues?.map((issue) => issue.path)).toContain(field);
    }
    expect(await t.db.select().from(memberships)).toEqual(before);
  });

  it("lets only owners grant, change or remove the owner role", async () => {
    const ownerId = await userIdOf(OWNER.email);
    const adminId = await userIdOf(ADMIN.email);
    const grant = await send(addMember, "POST", "/api/v1/members", as("admin"), {
      email: "boss@team.test",
      role: "owner",
    });
    expect(grant.status).toBe(403);
    const demote = await send(
      changeRole,
      "PATCH",
      `/api/v1/members/${ownerId}`,
      as("admin"),
      { role: "viewer" },
      { userId: ownerId },
    );
    expect(demote.status).toBe(403);
    const remove = await send(removeMember, "DELETE", `/api/v1/members/${ownerId}`, as("admin"), undefined, {
      userId: ownerId,
    });
    expect(remove.status).toBe(403);
    const promote = await send(
      changeRole,
      "PATCH",
      `/api/v1/members/${adminId}`,
      as("owner"),
      { role: "owner" },
      { userId: adminId },
    );
    expect(promote.status).toBe(200);
    expect(promote.body).toMatchObject({ id: adminId, role: "owner" });
    await send(
      changeRole,
      "PATCH",
      `/api/v1/members/${adminId}`,
      as("owner"),
      { role: "admin" },
      { userId: adminId },
    );
  });

  it("keeps at least one owner", async () => {
    const ownerId = await userIdOf(OWNER.email);
    const self = { userId: ownerId };
    expect(
      (await send(changeRole, "PATCH", `/api/v1/members/${ownerId}`, as("owner"), { role: "admin" }, self))
        .status,
    ).toBe(409);
    expect(
      (await send(removeMember, "DELETE", `/api/v1/members/${ownerId}`, as("owner"), undefined, self)).status,
    ).toBe(409);
    expect((await t.db.select().from(memberships).where(eq(memberships.userId, ownerId)))[0].role).toBe(
      "owner",
    );
  });

  it("applies role changes and removals to the very next request", async () => {
    const id = await userIdOf("new.person@team.test");
    const score = { name: "quality", value: 1, dataType: "NUMERIC", traceId: "trace-1" };
    expect((await send(createScore, "POST", "/api/v1/scores", as("newcomer"), score)).status).toBe(403);
    await send(
      changeRole,
      "PATCH",
      `/api/v1/members/${id}`,
      as("owner"),
      { role: "annotator" },
      { userId: id },
    );
    expect((await send(createScore, "POST", "/api/v1/scores", as("newcomer"), score)).status).toBe(201);
    const removed = await send(removeMember, "DELETE", `/api/v1/members/${id}`, as("owner"), undefined, {
      userId: id,
    });
    expect(removed.status).toBe(204);
    expect((await send(listScores, "GET", "/api/v1/scores", as("newcomer"))).status).toBe(403);
    const again = await send(removeMember, "DELETE", `/api/v1/members/${id}`, as("owner"), undefined, {
      userId: id,
    });
    expect(again.status).toBe(404);
  });
});
