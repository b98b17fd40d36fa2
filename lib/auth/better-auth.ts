import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { hashPassword, verifyPassword } from "better-auth/crypto";
import { nextCookies } from "better-auth/next-js";
import type { Database } from "@/db/client";
import { accounts, sessions, users, verifications } from "@/db/schema";
import { readConfig } from "@/lib/config";
import { getDatabase } from "@/lib/database";
import { newId } from "@/lib/ids";
import { log } from "@/lib/log";
import { AUTH_COOKIE_PREFIX } from "./cookie-names";
import { loginLimitPlugin } from "./login-limit-plugin";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password-policy";
import { passwordPolicyPlugin } from "./password-policy-plugin";
import { CLIENT_ADDRESS_HEADER, isHttpsRequest } from "./request-info";
import { resolveAuthSecret } from "./secret";

export type AuthOptions = {
  secret: string;
  /** Secure cookies (`__Secure-` prefix) for requests that reached us over HTTPS. */
  secure: boolean;
  /** Unset: Better Auth takes the origin of each request, so any host name the server answers works. */
  baseURL?: string;
};

/**
 * Email + password accounts with database sessions (no cookie cache: signing out or removing a
 * member takes effect on the next request). Sign-up is closed: accounts come from the first-run
 * setup, headless init and admins adding members.
 */
export function createAuth(db: Database, options: AuthOptions) {
  return betterAuth({
    appName: "Scorelens",
    secret: options.secret,
    baseURL: options.baseURL,
    database: drizzleAdapter(db, {
      provider: "pg",
      schema: { user: users, session: sessions, account: accounts, verification: verifications },
    }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
      // Named rather than defaulted: lib/auth/accounts.ts stores hashes made by the same function.
      password: { hash: hashPassword, verify: verifyPassword },
    },
    session: { expiresIn: 7 * 24 * 3600, updateAge: 24 * 3600 },
    // Better Auth's own per-address limiter for every /api/auth endpoint (per process); the
    // database-backed per-account and per-address sign-in limits come from loginLimitPlugin.
    rateLimit: { enabled: true, window: 60, max: 100 },
    advanced: {
      cookiePrefix: AUTH_COOKIE_PREFIX,
      useSecureCookies: options.secure,
      database: { generateId: () => newId() },
      // Never X-Forwarded-For as the client sent it: the address resolved by request-info.ts.
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
    },
    telemetry: { enabled: false },
    logger: {
      level: "warn",
      log: (level, message, ...args) => {
        const err = args.find((arg) => arg instanceof Error);
        // Leaving baseURL unset is deliberate (see AuthOptions), so its warning is only a debug note.
        const at = message.includes("Base URL is not set") ? "debug" : level;
        log[at]({ component: "better-auth", ...(err ? { err } : {}) }, message);
      },
    },
    // nextCookies last: it turns Set-Cookie from server actions into Next.js cookie writes.
    plugins: [loginLimitPlugin(db), passwordPolicyPlugin(), nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;

// One instance per database handle and cookie mode; tests swap the database, so the key is the handle.
const instances = new WeakMap<Database, Map<boolean, Auth>>();

export async function getAuth(options: { secure?: boolean } = {}): Promise<Auth> {
  const { db } = await getDatabase();
  const secure = options.secure ?? false;
  let byMode = instances.get(db);
  if (!byMode) instances.set(db, (byMode = new Map()));
  let auth = byMode.get(secure);
  if (!auth) {
    const config = readConfig();
    auth = createAuth(db, {
      secret: await resolveAuthSecret(config, db),
      secure,
      baseURL: config.SCORELENS_PUBLIC_URL,
    });
    byMode.set(secure, auth);
  }
  return auth;
}

/** The instance whose cookies match how this request reached us (HTTP or HTTPS). */
export function getAuthFor(headers: Headers, url?: string): Promise<Auth> {
  return getAuth({ secure: isHttpsRequest(headers, url, readConfig().SCORELENS_PUBLIC_URL) });
}
