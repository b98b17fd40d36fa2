import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import type { Database } from "@/db/client";
import type { AppConfig } from "@/lib/config";
import { ensureInstanceSecret } from "@/lib/instance-secrets";

/**
 * The secret that signs session cookies. Given by SCORELENS_AUTH_SECRET (or BETTER_AUTH_SECRET),
 * otherwise generated once and kept:
 * - with a PostgreSQL server, in the database (`instance_secrets`), so every process on it shares
 *   one secret without any setting;
 * - with the embedded database, beside its data folder (mode 0600), so sessions survive restarts.
 * Test processes get a throwaway secret and never write it anywhere.
 */
export const authSecretPath = (dataDir: string) =>
  `${path.resolve(/*turbopackIgnore: true*/ dataDir.replace(/\/+$/, ""))}.auth-secret`;

let throwaway: string | undefined;

export async function resolveAuthSecret(
  config: AppConfig,
  db: Database,
  nodeEnv = process.env.NODE_ENV,
): Promise<string> {
  const given = config.SCORELENS_AUTH_SECRET ?? config.BETTER_AUTH_SECRET;
  if (given) return given;
  if (nodeEnv === "test" || config.SCORELENS_DATA_DIR.startsWith("memory://")) {
    throwaway ??= randomBytes(32).toString("base64url");
    return throwaway;
  }
  if (config.DATABASE_URL) return ensureInstanceSecret(db, AUTH_SECRET_NAME);
  return readOrCreateSecret(authSecretPath(config.SCORELENS_DATA_DIR));
}

export const AUTH_SECRET_NAME = "auth";

function readOrCreateSecret(file: string): string {
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Written aside, then linked into place: when two processes race, one link wins and the other
  // reads a complete file, never a half-written one.
  const draft = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(draft, randomBytes(32).toString("base64url"), { mode: 0o600 });
  try {
    fs.linkSync(draft, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  } finally {
    fs.unlinkSync(draft);
  }
  return fs.readFileSync(file, "utf8").trim();
}
