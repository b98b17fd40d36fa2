import type { BetterAuthPlugin } from "better-auth";
import { APIError, createAuthMiddleware } from "better-auth/api";
import type { Database } from "@/db/client";
import { beginLoginAttempt, settleSuccessfulLogin, type LoginAttempt } from "./login-limits";
import { readClientAddress } from "./request-info";

const SIGN_IN_PATH = "/sign-in/email";

type HookContext = { path?: string; body?: unknown; headers?: Headers; request?: Request };

function attemptOf(ctx: HookContext): LoginAttempt | null {
  const email = (ctx.body as { email?: unknown } | undefined)?.email;
  if (typeof email !== "string") return null; // Better Auth refuses the body itself
  const headers = ctx.headers ?? ctx.request?.headers ?? new Headers();
  return { email, address: readClientAddress(headers) };
}

/**
 * Runs inside Better Auth's hook pipeline, so the limits hold for the HTTP endpoint
 * (`POST /api/auth/sign-in/email`) and for server-side `auth.api.signInEmail` calls alike.
 */
export const loginLimitPlugin = (db: Database) =>
  ({
    id: "scorelens-login-limits",
    hooks: {
      before: [
        {
          matcher: (ctx) => ctx.path === SIGN_IN_PATH,
          handler: createAuthMiddleware(async (ctx) => {
            const attempt = attemptOf(ctx);
            if (!attempt) return;
            const verdict = await beginLoginAttempt(db, attempt);
            if (verdict.allowed) return;
            const minutes = Math.ceil(verdict.retryAfterSeconds / 60);
            throw new APIError(
              "TOO_MANY_REQUESTS",
              {
                code: "TOO_MANY_LOGIN_ATTEMPTS",
                message: `Too many failed sign-in attempts; try again in ${minutes} minute${minutes === 1 ? "" : "s"}`,
              },
              { "retry-after": String(verdict.retryAfterSeconds) },
            );
          }),
        },
      ],
      after: [
        {
          matcher: (ctx) => ctx.path === SIGN_IN_PATH,
          handler: createAuthMiddleware(async (ctx) => {
            const attempt = attemptOf(ctx);
            if (attempt && ctx.context.newSession) await settleSuccessfulLogin(db, attempt);
          }),
        },
      ],
    },
  }) satisfies BetterAuthPlugin;
