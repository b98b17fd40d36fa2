import { createHash } from "node:crypto";
import { z } from "zod";
import { badRequest } from "@/lib/errors";
import { cursorSecret } from "./cursor-secret";
import { sortFields, sortOrders, type SortField, type SortOrder } from "./filters";

/**
 * Opaque keyset cursors. A cursor holds the sort, the direction of travel, the sort key and id
 * of the row to continue after, and a hash of the filters it was made for. A checksum makes any
 * edit detectable; replaying a cursor with other filters or another sort is a 400, because the
 * position would silently mean something else.
 */
export type CursorPosition = { value: string | number | null; id: string };
export type Cursor = {
  sort: SortField;
  order: SortOrder;
  direction: "next" | "prev";
  position: CursorPosition;
  filterHash: string;
};

const cursorSchema = z.object({
  s: z.enum(sortFields),
  o: z.enum(sortOrders),
  d: z.enum(["next", "prev"]),
  v: z.union([z.string(), z.number(), z.null()]),
  i: z.string().min(1),
  h: z.string(),
  c: z.string(),
});

const checksum = (payload: string) =>
  createHash("sha256").update(cursorSecret()).update(payload).digest("base64url").slice(0, 16);

/** A short stable hash of everything that decides which rows a list holds. */
export function hashFilters(canonicalFilters: string): string {
  return createHash("sha256").update(canonicalFilters).digest("base64url").slice(0, 16);
}

export function encodeCursor(cursor: Cursor): string {
  const body = {
    s: cursor.sort,
    o: cursor.order,
    d: cursor.direction,
    v: cursor.position.value,
    i: cursor.position.id,
    h: cursor.filterHash,
  };
  const payload = JSON.stringify(body);
  return Buffer.from(JSON.stringify({ ...body, c: checksum(payload) })).toString("base64url");
}

const invalidCursor = (message: string) => badRequest(message, [{ path: "cursor", message }]);

export function decodeCursor(
  token: string,
  expected: { sort: SortField; order: SortOrder; filterHash: string },
): Cursor {
  let parsed: z.infer<typeof cursorSchema>;
  try {
    parsed = cursorSchema.parse(JSON.parse(Buffer.from(token, "base64url").toString("utf8")));
  } catch {
    throw invalidCursor("cursor is not a cursor this API issued");
  }
  const { c, ...body } = parsed;
  if (checksum(JSON.stringify(body)) !== c) throw invalidCursor("cursor has been altered");
  if (body.s !== expected.sort || body.o !== expected.order) {
    throw invalidCursor(
      `cursor was issued for sort=${body.s}&order=${body.o}; repeat the same sort or drop the cursor`,
    );
  }
  if (body.h !== expected.filterHash) {
    throw invalidCursor("cursor was issued for other filters; repeat the same filters or drop the cursor");
  }
  return {
    sort: body.s,
    order: body.o,
    direction: body.d,
    position: { value: body.v, id: body.i },
    filterHash: body.h,
  };
}
