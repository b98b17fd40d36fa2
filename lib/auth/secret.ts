import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import type { AppConfig } from "@/lib/config";

/**
 * The secret that signs session cookies. Given by SCORELENS_AUTH_SECRET (or BETTER_AUTH_SECRET),
 * otherwise generated once and kept beside the data folder (mode 0600) so sessions survive restarts.
 *
 * With a PostgreSQL server in production the secret is required: several processes share that
 * database, and a secret generated on one machine would not validate cookies set by another.
 * Test processes get a throwaway secret and never write files.
 */
export const authSecretPath = (dataDir: string) =>
  `${path.resolve(/*turbopackIgnore: true*/ dataDir.replace(/\/+$/, ""))}.auth-secret`;

let throwaway: string | undefined;

export function resolveAuthSecret(config: AppConfig, nodeEnv = process.env.NODE_ENV): string {
  const given = config.SCORELENS_AUTH_SECRET ?? config.BETTER_AUTH_SECRET;
  if (given) return given;
  if (nodeEnv === "test" || config.SCORELENS_DATA_DIR.startsWith("memory://")) {
    throwaway ??= randomBytes(32).toString("base64url");
    return throwaway;
  }
  if (config.DATABASE_URL && nodeEnv === "production") {
    throw new Error(
      "Set SCORELENS_AUTH_SECRET (32+ random characters, e.g. `openssl rand -base64 32`): " +
        "with a PostgreSQL server every Scorelens process must sign sessions with the same secret",
    );
  }
  return readOrCreateSecret(authSecretPath(config.SCORELENS_DATA_DIR));
}

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
