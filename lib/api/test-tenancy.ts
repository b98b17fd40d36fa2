import type { Database } from "@/db/client";
import { storeApiKey } from "@/lib/auth/api-keys";
import { P1, P2 } from "@/lib/scores/test-fixtures";

/** Fixed key pairs for route tests: one per fixture project, plus a revoked one. */
export const KEYS = {
  p1: { publicKey: "pk-sl-test-p1", secretKey: "sk-sl-test-p1-secret-000000000000000000000000" },
  p2: { publicKey: "pk-sl-test-p2", secretKey: "sk-sl-test-p2-secret-000000000000000000000000" },
};

export async function seedKeys(db: Database): Promise<void> {
  await storeApiKey(db, { projectId: P1, keys: KEYS.p1 });
  await storeApiKey(db, { projectId: P2, keys: KEYS.p2 });
}

type KeyPair = (typeof KEYS)["p1"];

/** The three header styles every surface accepts, for one key pair. */
export const headerStyles = {
  basic: (k: KeyPair) => ({
    authorization: `Basic ${Buffer.from(`${k.publicKey}:${k.secretKey}`).toString("base64")}`,
  }),
  bearer: (k: KeyPair) => ({ authorization: `Bearer ${k.secretKey}` }),
  xApiKey: (k: KeyPair) => ({ "x-api-key": k.publicKey, "x-secret-key": k.secretKey }),
} as const;

export const authHeaders = headerStyles.basic;
