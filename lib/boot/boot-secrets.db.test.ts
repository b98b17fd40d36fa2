import { afterEach, beforeAll, expect, it, vi } from "vitest";
import { instanceSecrets } from "@/db/schema";
import { describeEachEngine } from "@/db/testing/engines";
import { getAuth } from "@/lib/auth/better-auth";
import { createPerson, signIn } from "@/lib/auth/test-sessions";
import { setDatabaseForTests } from "@/lib/database";
import { cursorSecret, setStoredCursorSecret } from "@/lib/scores/cursor-secret";
import { bootScorelens } from "./index";

const OWNER = { email: "ops@example.com", password: "server-start-password-1", name: "Ops" };

/** A production process on a PostgreSQL server, with no SCORELENS_AUTH_SECRET and no cursor key. */
function serverEnvironment() {
  vi.stubEnv("NODE_ENV", "production");
  vi.stubEnv("DATABASE_URL", "postgres://unused.example/scorelens");
  vi.stubEnv("SCORELENS_DEMO", "0");
  for (const name of ["SCORELENS_AUTH_SECRET", "BETTER_AUTH_SECRET", "SCORELENS_CURSOR_SECRET"])
    vi.stubEnv(name, "");
}

describeEachEngine("server start without secrets", (t) => {
  beforeAll(async () => {
    setDatabaseForTests(t.handle);
    await createPerson(t.db, OWNER);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
    setStoredCursorSecret(undefined);
  });

  it("generates and stores the session and cursor secrets at boot, and sign-in works", async () => {
    serverEnvironment();
    vi.spyOn(console, "log").mockImplementation(() => {});
    await bootScorelens();
    const stored = Object.fromEntries(
      (await t.db.select().from(instanceSecrets)).map((r) => [r.name, r.value]),
    );
    expect(Object.keys(stored).sort()).toEqual(["auth", "cursor"]);
    expect(cursorSecret()).toBe(stored.cursor);
    // The dashboard's sign-in needs the session secret: it used to be refused only at this point.
    expect(await signIn(OWNER)).toMatch(/session_token=/);
    expect((await getAuth()).options.secret).toBe(stored.auth);
    // A second process booting on the same database keeps both.
    await bootScorelens();
    const again = Object.fromEntries(
      (await t.db.select().from(instanceSecrets)).map((r) => [r.name, r.value]),
    );
    expect(again).toEqual(stored);
  });
});
