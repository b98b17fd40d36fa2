import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { memberships } from "@/db/schema";
import { describeEachEngine } from "@/db/testing/engines";
import { callRoute } from "@/lib/api/test-client";
import { headerStyles, KEYS, seedKeys } from "@/lib/api/test-tenancy";
import { clearPasswordChangeRequired, ensurePasswordUser, hashAccountPassword } from "@/lib/auth/accounts";
import { PASSWORD_CHANGE_REQUIRED } from "@/lib/auth/password-change-gate";
import { signIn } from "@/lib/auth/test-sessions";
import { setDatabaseForTests } from "@/lib/database";
import { P1, seedFixtures } from "@/lib/scores/test-fixtures";
import { GET as betterAuthGet } from "../auth/[...all]/route";
import { GET as listLangfuse } from "../public/v3/scores/route";
import { GET as listRespan } from "../scores/route";
import { GET as listFutureAgi } from "../../model-hub/scores/route";
import { GET as listProjects } from "./projects/route";
import { GET as listScores, POST as createScores } from "./scores/route";

/**
 * A member added with a one-time password may sign in, but until they choose their own password
 * their session gets 403 `password_change_required` from every API (each in its own shape),
 * while Better Auth's session endpoint, API keys, and the same session afterwards work.
 */
const NEWCOMER = { email: "newcomer@gate.test", password: "one-time-Abcde-23456", name: "Newcomer" };

let newcomerId = "";
async function seed(db: Database) {
  await seedFixtures(db);
  await seedKeys(db);
  const passwordHash = await hashAccountPassword(NEWCOMER.password);
  ({ userId: newcomerId } = await ensurePasswordUser(db, {
    ...NEWCOMER,
    passwordHash,
    passwordChangeRequired: true,
  }));
  await db.insert(memberships).values({ userId: newcomerId, projectId: P1, role: "member" });
}

describeEachEngine(
  "forced password change on the APIs",
  (t) => {
    let session: Record<string, string>;
    beforeAll(async () => {
      setDatabaseForTests(t.handle);
      session = { cookie: await signIn(NEWCOMER) };
    });

    const calls = (headers: Record<string, string>) => {
      // A session names its project; a key has one (and Langfuse refuses a projectId beside it).
      const inP1 = (path: string) =>
        headers.cookie ? `${path}${path.includes("?") ? "&" : "?"}projectId=${P1}` : path;
      return {
        nativeList: () => callRoute(listScores, inP1("/api/v1/scores"), { headers }),
        nativeWrite: () =>
          callRoute(createScores, inP1("/api/v1/scores"), {
            method: "POST",
            headers,
            body: { name: "gate", value: 1, traceId: "t-gate" },
          }),
        projects: () => callRoute(listProjects, "/api/v1/projects", { headers }),
        respan: () => callRoute(listRespan, inP1("/api/scores/"), { headers }),
        futureAgi: () => callRoute(listFutureAgi, inP1("/model-hub/scores/"), { headers }),
        langfuse: () => callRoute(listLangfuse, inP1("/api/public/v3/scores"), { headers }),
      };
    };

    describe("before the password is changed", () => {
      it("refuses the session everywhere, saying why, in each surface's shape", async () => {
        const call = calls(session);
        for (const send of [call.nativeList, call.nativeWrite, call.projects]) {
          expect(await send()).toMatchObject({
            status: 403,
            body: { error: { code: "password_change_required", message: PASSWORD_CHANGE_REQUIRED } },
          });
        }
        expect(await call.respan()).toMatchObject({
          status: 403,
          body: { detail: PASSWORD_CHANGE_REQUIRED },
        });
        expect(await call.futureAgi()).toMatchObject({
          status: 403,
          body: { status: false, type: "permission_error", code: "password_change_required" },
        });
        expect(await call.langfuse()).toMatchObject({
          status: 403,
          body: { message: PASSWORD_CHANGE_REQUIRED },
        });
      });

      it("a malformed request of that session hears the same, not what is wrong with it", async () => {
        const path = `/api/v1/scores?limit=-1&projectId=${P1}`;
        const response = await callRoute(listScores, path, { headers: session });
        expect(response).toMatchObject({
          status: 403,
          body: { error: { code: "password_change_required" } },
        });
      });

      it("leaves Better Auth's session endpoint open (the way to the password page)", async () => {
        const response = await callRoute(betterAuthGet, "/api/auth/get-session", { headers: session });
        expect(response.status).toBe(200);
        expect(response.body).toMatchObject({ user: { email: NEWCOMER.email } });
      });

      it("does not concern API keys", async () => {
        const call = calls(headerStyles.basic(KEYS.p1));
        for (const send of [call.nativeList, call.projects, call.respan, call.futureAgi, call.langfuse]) {
          expect((await send()).status).toBe(200);
        }
      });
    });

    it("lets the same session in once the password is the member's own", async () => {
      await clearPasswordChangeRequired(t.db, newcomerId);
      const call = calls(session);
      for (const send of [call.nativeList, call.projects, call.respan, call.futureAgi, call.langfuse]) {
        expect((await send()).status).toBe(200);
      }
    });
  },
  seed,
);
