import { randomFillSync } from "node:crypto";
import { v7 as uuidv7 } from "uuid";

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
