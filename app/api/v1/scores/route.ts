import { route } from "@/lib/api/route";
import { strictListParamsParser } from "@/lib/scores/filter-codec";
import { listScoresResponse } from "@/lib/scores/list-response";
import { lookupNames } from "@/lib/scores/names";
import { parseCreateScoresBody } from "@/lib/scores/parse-score-body";
import { serializeScore } from "@/lib/scores/serialize";
import { createScores, etagOf } from "@/lib/scores/write";
import { unsupportedMethod } from "@/lib/dialects/faces";

export const runtime = "nodejs";

/** The list: filters, sort, cursor or page pagination and an optional total (api-native.md). */
export const GET = route(
  { auth: { permission: "scores:read" }, query: strictListParamsParser },
  async ({ db, principal, query }) => listScoresResponse(db, principal, query),
);

/** One score → 201 (200 when its id already existed); `{scores: [...]}` → 201 `{data: [...]}`, all or nothing. */
export const POST = route(
  { auth: { permission: "scores:annotate" }, body: parseCreateScoresBody },
  async ({ db, principal, projectId, body }) => {
    const { rows, created } = await createScores(db, principal, body.scores, {
      issuePrefix: body.batch ? undefined : () => [],
    });
    const names = await lookupNames(db, projectId, rows);
    if (body.batch) {
      return Response.json({ data: rows.map((row) => serializeScore(row, names)) }, { status: 201 });
    }
    const [row] = rows;
    return Response.json(serializeScore(row, names), {
      status: created[0] ? 201 : 200,
      headers: { etag: etagOf(row) },
    });
  },
);

export const PUT = unsupportedMethod;
export const PATCH = unsupportedMethod;
export const DELETE = unsupportedMethod;
