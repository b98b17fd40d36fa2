import { expect, it } from "vitest";
import { instanceSecrets } from "@/db/schema";
import { describeEachEngine } from "@/db/testing/engines";
import { readConfig } from "@/lib/config";
import { ensureInstanceSecret } from "@/lib/instance-secrets";
import { AUTH_SECRET_NAME, resolveAuthSecret } from "@/lib/auth/secret";

const server = readConfig({ DATABASE_URL: "postgres://db.example/scorelens" });

describeEachEngine("instance secrets", (t) => {
  it("are created once: callers racing at start-up all get the same stored value", async () => {
    const values = await Promise.all(Array.from({ length: 8 }, () => ensureInstanceSecret(t.db, "race")));
    expect(new Set(values).size).toBe(1);
    expect(values[0]).toMatch(/^[\w-]{43}$/);
    expect(await ensureInstanceSecret(t.db, "race")).toBe(values[0]);
    expect(await ensureInstanceSecret(t.db, "another")).not.toBe(values[0]);
  });

  it("give a server without SCORELENS_AUTH_SECRET one session secret, kept in the database", async () => {
    const first = await resolveAuthSecret(server, t.db, "production");
    const rows = await t.db.select().from(instanceSecrets);
    expect(rows.find((row) => row.name === AUTH_SECRET_NAME)?.value).toBe(first);
    expect(first.length).toBeGreaterThanOrEqual(32);
    // Another process on the same database (or this one after a restart) signs with the same secret.
    expect(await resolveAuthSecret(server, t.db, "production")).toBe(first);
    expect(await resolveAuthSecret(server, t.db, "development")).toBe(first);
  });

  it("never replace a secret given in the environment", async () => {
    const given = "g".repeat(40);
    const config = readConfig({ DATABASE_URL: "postgres://db.example/x", SCORELENS_AUTH_SECRET: given });
    expect(await resolveAuthSecret(config, t.db, "production")).toBe(given);
  });
});
