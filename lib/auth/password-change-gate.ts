import type { Database } from "@/db/client";
import { AppError } from "@/lib/errors";
import { isPasswordChangeRequired } from "./accounts";

/**
 * A member added with a one-time password must choose their own before using Scorelens: the
 * one-time password was shown to whoever added them. Dashboard pages redirect such a session to
 * /change-password (page-context.ts); the APIs answer it 403 `password_change_required`. The way
 * out is not behind this gate: the password page and sign-out are server actions, and Better
 * Auth's own endpoints (/api/auth/*: the session, sign-out) are not API routes. API keys are not
 * people and never meet this gate.
 */
export const PASSWORD_CHANGE_REQUIRED =
  "Your account still has the one-time password it was given: choose your own at /change-password before using the API with this session";

export async function assertOwnPasswordChosen(db: Database, userId: string): Promise<void> {
  if (await isPasswordChangeRequired(db, userId)) {
    throw new AppError("password_change_required", PASSWORD_CHANGE_REQUIRED);
  }
}
