import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { accounts, apiKeys, memberships, organizations, projects, users } from "@/db/schema";
import { describeEachEngine } from "@/db/testing/engines";
import { verifyApiKey } from "@/lib/auth/api-keys";
import { readConfig } from "@/lib/config";
import { applyInit, initRequestFrom } from "./headless-init";

const env = {
  SCORELENS_INIT_ORG_NAME: "Acme",
  SCORELENS_INIT_PROJECT_ID: "acme-prod",
  SCORELENS_INIT_PROJECT_NAME: "Acme production",
  SCORELENS_INIT_PROJECT_PUBLIC_KEY: "pk-sl-acme",
  SCORELENS_INIT_PROJECT_SECRET_KEY: "sk-sl-acme-secret-0123456789abcdef0123456789",
  SCORELENS_INIT_USER_EMAIL: "lead@acme.dev",
  SCORELENS_INIT_USER_PASSWORD: "correct horse battery",
};

describeEachEngine("headless init", (t) => {
  it("creates organization, project, hashed key and owner, and is idempotent", async () => {
    const init = initRequestFrom(readConfig(env))!;
    const first = await applyInit(t.db, init);
    const second = await applyInit(t.db, init);
    expect(second.userId).toBe(first.userId);

    expect(await t.db.select({ name: organizations.name }).from(organizations)).toEqual([{ name: "Acme" }]);
    expect(await t.db.select({ id: projects.id, name: projects.name }).from(projects)).toEqual([
      { id: "acme-prod", name: "Acme production" },
    ]);
    const keys = await t.db.select().from(apiKeys);
    expect(keys).toHaveLength(1);
    expect(keys[0].secretHash).not.toContain("sk-sl");
    expect(keys[0].secretHint).toBe("6789");
    expect(
      await verifyApiKey(t.db, { publicKey: "pk-sl-acme", secretKey: env.SCORELENS_INIT_PROJECT_SECRET_KEY }),
    ).toMatchObject({
      projectId: "acme-prod",
    });
    expect(await verifyApiKey(t.db, { publicKey: "pk-sl-acme", secretKey: "sk-sl-wrong" })).toBeNull();

    const [owner] = await t.db.select().from(users).where(eq(users.email, "lead@acme.dev"));
    expect(owner.name).toBe("lead");
    expect(await t.db.select({ role: memberships.role }).from(memberships)).toEqual([{ role: "owner" }]);
    const credentials = await t.db.select().from(accounts).where(eq(accounts.userId, owner.id));
    expect(credentials).toHaveLength(1);
    expect(credentials[0].password).not.toContain(env.SCORELENS_INIT_USER_PASSWORD);
  });

  it("keeps a password the owner changed when booting again with the init one", async () => {
    const init = initRequestFrom(readConfig(env))!;
    const { userId } = await applyInit(t.db, init);
    await t.db.update(accounts).set({ password: "changed-by-owner" }).where(eq(accounts.userId, userId!));
    await applyInit(t.db, init);
    const [row] = await t.db.select().from(accounts).where(eq(accounts.userId, userId!));
    expect(row.password).toBe("changed-by-owner");
  });

  it("refuses an init user without a password, or with a weak one", () => {
    const { SCORELENS_INIT_USER_PASSWORD: _password, ...noPassword } = env;
    expect(() => initRequestFrom(readConfig(noPassword))).toThrow(/SCORELENS_INIT_USER_PASSWORD/);
    expect(() =>
      initRequestFrom(readConfig({ ...env, SCORELENS_INIT_USER_PASSWORD: "lead@acme.dev" })),
    ).toThrow(/refused: Do not use your email/);
  });

  it("refuses half a key pair", () => {
    expect(() =>
      initRequestFrom(
        readConfig({ SCORELENS_INIT_PROJECT_ID: "x", SCORELENS_INIT_PROJECT_PUBLIC_KEY: "pk-1" }),
      ),
    ).toThrow(/both/);
  });
});
