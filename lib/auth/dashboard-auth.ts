import { isAPIError } from "better-auth/api";
import { getDatabase } from "@/lib/database";
import { clearPasswordChangeRequired } from "./accounts";
import { getAuthFor } from "./better-auth";
import { withClientAddress } from "./request-info";

/**
 * The dashboard's sign-in, sign-out and password change, as server actions run them: through
 * Better Auth's server API with the request's headers, its nextCookies plugin writing the cookie.
 * Failures come back as a message for the form; anything unexpected is thrown.
 */
export type FlowResult = { ok: true } | { ok: false; message: string; field?: string };

function messageFor(error: unknown, wrongPassword: string): FlowResult {
  if (!isAPIError(error)) throw error;
  if (error.statusCode === 429) return { ok: false, message: error.body?.message ?? "Too many attempts" };
  if (error.statusCode === 401 || error.statusCode === 400) return { ok: false, message: wrongPassword };
  throw error;
}

export async function signInWithPassword(
  headers: Headers,
  input: { email: string; password: string },
): Promise<FlowResult> {
  const auth = await getAuthFor(headers);
  try {
    await auth.api.signInEmail({ body: input, headers: withClientAddress(headers) });
    return { ok: true };
  } catch (error) {
    return messageFor(error, "The email or password is incorrect");
  }
}

export async function signOutSession(headers: Headers): Promise<void> {
  const auth = await getAuthFor(headers);
  await auth.api.signOut({ headers }).catch((error) => {
    if (!isAPIError(error)) throw error; // no session to end is already signed out
  });
}

/** Replaces the signed-in person's password; their other sessions end, this one is renewed. */
export async function changeOwnPassword(
  headers: Headers,
  userId: string,
  input: { current: string; password: string },
): Promise<FlowResult> {
  const auth = await getAuthFor(headers);
  try {
    await auth.api.changePassword({
      body: { currentPassword: input.current, newPassword: input.password, revokeOtherSessions: true },
      headers: withClientAddress(headers),
    });
  } catch (error) {
    const result = messageFor(error, "The current password is incorrect");
    return { ...result, field: "current" } as FlowResult;
  }
  const { db } = await getDatabase();
  await clearPasswordChangeRequired(db, userId);
  return { ok: true };
}
