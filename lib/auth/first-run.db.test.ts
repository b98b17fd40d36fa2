import { beforeAll, expect, it } from "vitest";
import { memberships, organizations, projects } from "@/db/schema";
import { describeEachEngine } from "@/db/testing/engines";
import { setDatabaseForTests } from "@/lib/database";
import { createFirstOwner, hasAnyUser } from "./first-run";
import { signIn } from "./test-sessions";

const OWNER = {
  name: "Grace",
  email: "grace@first.test",
  password: "first-run-password",
  organization: "Acme",
  project: "Support Bot (EU)",
};

describeEachEngine("first run", (t) => {
  beforeAll(() => setDatabaseForTests(t.handle));

  it("creates the owner with a first project, once, and they can sign in", async () => {
    expect(await hasAnyUser(t.db)).toBe(false);
    expect(await createFirstOwner(t.db, OWNER)).toEqual({ projectId: "support-bot-eu" });
    expect(await t.db.select({ name: organizations.name }).from(organizations)).toEqual([{ name: "Acme" }]);
    expect(await t.db.select({ role: memberships.role }).from(memberships)).toEqual([{ role: "owner" }]);
    expect(await signIn(OWNER)).toMatch(/session_token/);

    await expect(createFirstOwner(t.db, { ...OWNER, email: "mallory@first.test" })).rejects.toMatchObject({
      code: "conflict",
    });
    expect(await t.db.select().from(memberships)).toHaveLength(1);
  });
});

describeEachEngine("first run after a headless project without a user", (t) => {
  beforeAll(async () => {
    setDatabaseForTests(t.handle);
    await t.db.insert(organizations).values({ id: "org", name: "Ops" });
    await t.db.insert(projects).values([
      { id: "prod", organizationId: "org", name: "Production" },
      { id: "staging", organizationId: "org", name: "Staging" },
    ]);
  });

  it("makes the owner an owner of every existing project instead of creating one", async () => {
    expect(await createFirstOwner(t.db, OWNER)).toEqual({ projectId: "prod" });
    expect(await t.db.select({ id: projects.id }).from(projects)).toHaveLength(2);
    const roles = await t.db
      .select({ projectId: memberships.projectId, role: memberships.role })
      .from(memberships);
    expect(roles.sort((a, b) => a.projectId.localeCompare(b.projectId))).toEqual([
      { projectId: "prod", role: "owner" },
      { projectId: "staging", role: "owner" },
    ]);
  });
});
