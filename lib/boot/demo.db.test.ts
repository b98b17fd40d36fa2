import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "@/db/testing/engines";
import { memberships, users } from "@/db/schema";
import { hasPassword, isPasswordChangeRequired } from "@/lib/auth/accounts";
import type { AppConfig } from "@/lib/config";
import { DEMO_ANNOTATOR, DEMO_OWNER, startDemo } from "./demo";

/** The first demo start: scores, an owner, a key pair, and an annotator who can sign in at once. */
describe("startDemo on an empty embedded database", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "scorelens-demo-test-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("seeds, and prints an owner and an annotator login", async () => {
    const handle = await openTestDatabase("pglite");
    try {
      const config = {
        SCORELENS_DATA_DIR: path.join(dir, "data"),
        SCORELENS_DEMO: "1",
        SCORELENS_DEMO_SCORES: 200,
      } as unknown as AppConfig;
      const credentials = await startDemo(handle, config, null);
      expect(credentials).toMatchObject({
        projectId: "demo",
        email: DEMO_OWNER.email,
        annotator: { email: DEMO_ANNOTATOR.email, password: DEMO_ANNOTATOR.password },
      });
      const [annotator] = await handle.db.select().from(users).where(eq(users.email, DEMO_ANNOTATOR.email));
      const [membership] = await handle.db
        .select()
        .from(memberships)
        .where(and(eq(memberships.userId, annotator.id), eq(memberships.projectId, "demo")));
      expect(membership.role).toBe("annotator");
      expect(await hasPassword(handle.db, annotator.id)).toBe(true);
      expect(await isPasswordChangeRequired(handle.db, annotator.id)).toBe(false);
      // A later start prints the same logins again.
      expect(await startDemo(handle, config, null)).toEqual(credentials);
    } finally {
      await handle.close();
    }
  }, 120_000);
});
