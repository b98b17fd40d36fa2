import { z } from "zod";
import type { ScoreRow } from "@/db/schema";
import type { CursorPosition } from "@/lib/scores/cursor";

/**
 * Langfuse's v3 cursor: base64url (no padding) of `{"v":1,"lastTimestamp":"<ISO ms>","lastId":"…"}`,
 * built from the last row of a page. It holds only the position — not the filters, the limit or
 * the project — so a replayed cursor just applies that position to the caller's own rows.
 * Extra keys are ignored; a missing or other `v` is a zod issue; text that is not base64url JSON
 * is reported separately ("Invalid cursor format"), as upstream throws for it.
 */
export const CURSOR_FORMAT_MARKER = "Invalid cursor format";

const positionSchema = z.discriminatedUnion("v", [
  z.object({ v: z.literal(1), lastTimestamp: z.coerce.date(), lastId: z.string() }),
]);

export const cursorSchema = z
  .string()
  .transform((token, context) => {
    try {
      return JSON.parse(Buffer.from(token, "base64url").toString("utf8")) as unknown;
    } catch {
      context.addIssue({ code: "custom", message: CURSOR_FORMAT_MARKER });
      return z.NEVER;
    }
  })
  .pipe(positionSchema);

export type V3Cursor = z.output<typeof positionSchema>;

export function encodeV3Cursor(row: Pick<ScoreRow, "timestamp" | "id">): string {
  const body = { v: 1, lastTimestamp: row.timestamp.toISOString(), lastId: row.id };
  return Buffer.from(JSON.stringify(body)).toString("base64url");
}

/** The engine's keyset position for `(timestamp desc, id desc)`. */
export const positionOfV3Cursor = (cursor: V3Cursor): CursorPosition => ({
  value: cursor.lastTimestamp.toISOString(),
  id: cursor.lastId,
});
