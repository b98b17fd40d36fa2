import { sql, type SQL } from "drizzle-orm";
import { rowsOf, type Database } from "@/db/client";
import { badRequest } from "@/lib/errors";
import { lookupNames } from "@/lib/scores/names";
import type { CompareRequest } from "./compare-params";
import { isoText, pairFilterSql } from "./compare-sql";

/**
 * The pairs behind a figure, newest A first, cursor-paged on (A's timestamp, kind, subject): a
 * page never skips or repeats a pair while the data stands still. The total is counted on the
 * first page only (no cursor), where a list header needs it.
 */
export type PairScore = {
  scoreId: string;
  value: string;
  numericValue: number | null;
  timestamp: string;
  source: string;
  author: { id: string; name: string | null } | null;
};
export type ComparePair = { subject: { kind: string; id: string }; a: PairScore; b: PairScore };

type Position = [timestamp: string, kind: string, subject: string];

const encodeCursor = (position: Position) => Buffer.from(JSON.stringify(position)).toString("base64url");

function decodeCursor(cursor: string): Position {
  try {
    const value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
    if (
      Array.isArray(value) &&
      value.length === 3 &&
      value.every((part) => typeof part === "string") &&
      !Number.isNaN(Date.parse(value[0]))
    )
      return value as Position;
  } catch {
    // falls through to the 400 below
  }
  throw badRequest("Invalid cursor: use pairs.nextCursor from the previous page", [
    { path: "cursor", message: "Not a cursor this endpoint issued" },
  ]);
}

type Row = Record<string, unknown> & { kind: string; subject: string };

function pairScore(row: Row, side: "a" | "b", names: Map<string, string>): PairScore {
  const author = row[`${side}_author`] as string | null;
  return {
    scoreId: row[`${side}_id`] as string,
    value: row[`${side}_v`] as string,
    numericValue: row[`${side}_n`] === null ? null : Number(row[`${side}_n`]),
    timestamp: row[`${side}_ts_text`] as string,
    source: row[`${side}_source`] as string,
    author: author ? { id: author, name: names.get(author) ?? null } : null,
  };
}

export async function listComparePairs(db: Database, projectId: string, cte: SQL, request: CompareRequest) {
  const filter = pairFilterSql(request.pairFilter) ?? sql`true`;
  const position = request.cursor ? decodeCursor(request.cursor) : null;
  const after = position
    ? sql`(a_ts, kind, subject) < (${position[0]}::timestamptz, ${position[1]}, ${position[2]})`
    : sql`true`;
  const [rows, counted] = await Promise.all([
    db.execute(sql`${cte}
      select kind, subject, a_id, a_v, a_n, a_source, a_author, ${isoText(sql`a_ts`)} as a_ts_text,
             b_id, b_v, b_n, b_source, b_author, ${isoText(sql`b_ts`)} as b_ts_text
      from pairs where ${filter} and ${after}
      order by a_ts desc, kind desc, subject desc limit ${request.limit + 1}`),
    position ? null : db.execute(sql`${cte} select count(*)::int as total from pairs where ${filter}`),
  ]);
  const page = rowsOf<Row>(rows);
  const more = page.length > request.limit;
  const data = more ? page.slice(0, request.limit) : page;
  const authors = data.flatMap((row) => [row.a_author, row.b_author]) as (string | null)[];
  const names = await lookupNames(
    db,
    projectId,
    authors.map((id) => ({ authorUserId: id, queueId: null, configId: null })),
  );
  const last = data[data.length - 1];
  return {
    data: data.map((row): ComparePair => ({
      subject: { kind: row.kind, id: row.subject },
      a: pairScore(row, "a", names.users),
      b: pairScore(row, "b", names.users),
    })),
    total: counted ? Number(rowsOf<{ total: unknown }>(counted)[0]?.total ?? 0) : null,
    nextCursor: more && last ? encodeCursor([last.a_ts_text as string, last.kind, last.subject]) : null,
  };
}
