import type { BetterAuthPlugin } from "better-auth";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { findPasswordProblem } from "./password-policy";

/** Endpoints that set a new password, and the body field holding it. */
const NEW_PASSWORD_PATHS = new Set(["/change-password", "/reset-password"]);

/**
 * The password policy for passwords set through Better Auth itself (its HTTP API included), not
 * only through the dashboard's forms: Better Auth alone checks nothing but the length.
 */
export const passwordPolicyPlugin = () =>
  ({
    id: "scorelens-password-policy",
    hooks: {
      before: [
        {
          matcher: (ctx) => NEW_PASSWORD_PATHS.has(ctx.path ?? ""),
          handler: createAuthMiddleware(async (ctx) => {
            const newPassword = (ctx.body as { newPassword?: unknown } | undefined)?.newPassword;
            if (typeof newPassword !== "string") return; // Better Auth refuses the body itself
            const email = ctx.context.session?.user.email;
            const problem = findPasswordProblem(newPassword, email);
            if (problem) throw new APIError("BAD_REQUEST", { code: "PASSWORD_POLICY", message: problem });
          }),
        },
      ],
    },
  }) satisfies BetterAuthPlugin;
