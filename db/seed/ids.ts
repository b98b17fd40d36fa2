import type { Prng } from "./prng";

/** Byte → two hex digits, so ids are built without per-call toString(16) and padding. */
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

function hex32(value: number): string {
  return HEX[value >>> 24] + HEX[(value >>> 16) & 0xff] + HEX[(value >>> 8) & 0xff] + HEX[value & 0xff];
}

/**
 * A UUID-v7-shaped id: the millisecond timestamp in the top 48 bits, then 74 PRNG bits.
 * The server generates v7 ids for scores too, so seeded ids sort by time like real ones and
 * inserts land at the right edge of the primary-key index.
 */
export function uuidV7(ms: number, rng: Prng): string {
  const high = Math.floor(ms / 0x10000); // top 32 of the 48 timestamp bits
  const low = ms & 0xffff;
  const r1 = rng.next();
  const r2 = rng.next();
  const r3 = rng.next();
  return (
    hex32(high) +
    "-" +
    HEX[low >>> 8] +
    HEX[low & 0xff] +
    "-7" +
    (r1 & 0xfff).toString(16).padStart(3, "0") +
    "-" +
    (0x8000 | ((r1 >>> 12) & 0x3fff)).toString(16) +
    "-" +
    HEX[(r1 >>> 26) & 0x3f] +
    HEX[r2 & 0xff] +
    hex32(r3)
  );
}

/** `bytes` random bytes as lowercase hex: OpenTelemetry-style trace (16 bytes) and span (8 bytes) ids. */
export function hexId(rng: Prng, bytes: 8 | 16): string {
  let out = hex32(rng.next()) + hex32(rng.next());
  if (bytes === 16) out += hex32(rng.next()) + hex32(rng.next());
  return out;
}
