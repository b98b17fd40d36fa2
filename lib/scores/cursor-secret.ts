import { readConfig } from "@/lib/config";

/**
 * The key of the checksum that makes list cursors tamper-evident: SCORELENS_CURSOR_SECRET when
 * set, else the one generated once and kept in the database (loaded at start-up by lib/boot, kept
 * on globalThis so every bundle of the process sees it), else a built-in key (tests, scripts).
 */
export const CURSOR_SECRET_NAME = "cursor";
const BUILT_IN = "scorelens-cursor-v1";
const STORED_KEY = Symbol.for("scorelens.cursor-secret");

type Global = typeof globalThis & { [STORED_KEY]?: string };

export function setStoredCursorSecret(value: string | undefined): void {
  (globalThis as Global)[STORED_KEY] = value;
}

export function cursorSecret(env: Record<string, string | undefined> = process.env): string {
  return readConfig(env).SCORELENS_CURSOR_SECRET ?? (globalThis as Global)[STORED_KEY] ?? BUILT_IN;
}
