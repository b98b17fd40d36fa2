import { randomFillSync } from "node:crypto";
import { v5 as uuidv5, v7 as uuidv7 } from "uuid";

/**
 * Time-ordered ids (UUID v7): new rows land at the end of the primary-key index.
 * Random bytes come from a pooled buffer: one system call per 256 ids instead of one per id,
 * which matters when a batch of 1,000 scores needs 2,000 ids.
 */
const POOL_IDS = 256;
const pool = Buffer.alloc(16 * POOL_IDS);
let next = POOL_IDS;

export function newId(): string {
  if (next === POOL_IDS) {
    randomFillSync(pool);
    next = 0;
  }
  const random = pool.subarray(next * 16, next * 16 + 16);
  next += 1;
  return uuidv7({ random });
}

/**
 * Ids derived from an upsert key (UUID v5, RFC 4122: SHA-1 of a namespace and a name): the same
 * key always gives the same id, so two concurrent first writes of one key meet on one row instead
 * of making two. Each surface has its own namespace; the key's parts are JSON-encoded, so no two
 * different keys share a name.
 */
export function keyedId(namespace: string, parts: readonly (string | null)[]): string {
  return uuidv5(JSON.stringify(parts), namespace);
}
