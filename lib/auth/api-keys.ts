import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import type { Database } from "@/db/client";
import { apiKeys } from "@/db/schema";
import { newId } from "@/lib/ids";
import type { KeyScope } from "./key-scope";

/**
 * Key pairs: a public key `pk-sl-…` names the key, a secret `sk-sl-…` (32 random bytes) proves it.
 * Only a sha256 of the secret is stored: the secret has full entropy, so a slow hash adds nothing.
 */
export type KeyPair = { publicKey: string; secretKey: string };

export const hashSecret = (secret: string): string => createHash("sha256").update(secret).digest("hex");

export function generateKeyPair(): KeyPair {
  return {
    publicKey: `pk-sl-${randomBytes(12).toString("hex")}`,
    secretKey: `sk-sl-${randomBytes(32).toString("base64url")}`,
  };
}

export async function storeApiKey(
  db: Database,
  input: { projectId: string; keys: KeyPair; note?: string; createdBy?: string },
): Promise<string> {
  const id = newId();
  await db.insert(apiKeys).values({
    id,
    projectId: input.projectId,
    publicKey: input.keys.publicKey,
    secretHash: hashSecret(input.keys.secretKey),
    secretHint: input.keys.secretKey.slice(-4),
    note: input.note,
    createdBy: input.createdBy,
  });
  return id;
}

/** Credentials as a request presents them; either part may be missing depending on the header style. */
export type PresentedKey = {
  publicKey?: string;
  secretKey?: string;
  /** Sent in a style that names a bare public key on purpose (see key-scope.ts). */
  publicKeyOnly?: boolean;
};

export type VerifiedKey = { apiKeyId: string; projectId: string; publicKey: string; scope: KeyScope };

function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, "hex");
  const right = Buffer.from(b, "hex");
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Finds the active key the credentials prove. With a public key the row is found by it and the
 * secret compared in constant time; with a secret alone (Bearer) the row is found by the hash.
 * A bare public key sent as such verifies with the `create-scores` scope; whether the route takes
 * that is key-scope.ts's rule, checked by the caller.
 */
export async function verifyApiKey(db: Database, presented: PresentedKey): Promise<VerifiedKey | null> {
  const { publicKey, secretKey } = presented;
  const presentedHash = secretKey ? hashSecret(secretKey) : undefined;
  if (!presentedHash && !presented.publicKeyOnly) return null;
  const where = publicKey
    ? eq(apiKeys.publicKey, publicKey)
    : presentedHash
      ? eq(apiKeys.secretHash, presentedHash)
      : undefined;
  if (!where) return null;
  const [row] = await db
    .select({
      id: apiKeys.id,
      projectId: apiKeys.projectId,
      publicKey: apiKeys.publicKey,
      secretHash: apiKeys.secretHash,
    })
    .from(apiKeys)
    .where(and(where, isNull(apiKeys.revokedAt)))
    .limit(1);
  if (!row) return null;
  if (presentedHash && !sameHash(presentedHash, row.secretHash)) return null;
  const scope: KeyScope = presentedHash ? "full" : "create-scores";
  return { apiKeyId: row.id, projectId: row.projectId, publicKey: row.publicKey, scope };
}
