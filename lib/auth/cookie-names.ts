import { getSessionCookie } from "better-auth/cookies";

/**
 * Names shared by the proxy, the layouts and Better Auth. Kept free of database imports: the
 * proxy runs before every dashboard page and only looks at cookies.
 */
export const AUTH_COOKIE_PREFIX = "scorelens";

export { LAST_PROJECT_COOKIE } from "./last-project-cookie";

/** Set by the proxy: the page being requested (path and query), for the return after login. */
export const REQUEST_PATH_HEADER = "x-scorelens-path";

/** Presence only (no database): for redirects; the layouts and routes verify the session itself. */
export const hasSessionCookie = (headers: Headers): boolean =>
  getSessionCookie(headers, { cookiePrefix: AUTH_COOKIE_PREFIX }) !== null;
