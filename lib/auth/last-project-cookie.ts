/**
 * The project a person last opened, so `/` can take them back to it. A module of its own with no
 * imports: a client component reads it, and importing cookie-names.ts would pull better-auth and
 * zod (about 45 KB gzip) into every dashboard page.
 */
export const LAST_PROJECT_COOKIE = "scorelens.last_project";
