import { z } from "zod";
import { route } from "@/lib/api/route";
import { getLabelStats } from "@/lib/analytics/label-stats";
import { strictListParamsParser } from "@/lib/scores/filter-codec";
import { scoreQueryFromParams } from "@/lib/scores/score-query";
import { unsupportedMethod } from "@/lib/dialects/faces";

export const runtime = "nodejs";

/** Distribution, daily trend and per-annotator breakdown of one label, under the list's filters. */
export const GET = route(
  {
    auth: { permission: "scores:read" },
    params: z.object({ name: z.string().min(1).max(255) }),
    query: strictListParamsParser,
  },
  async ({ db, projectId, params, query }) =>
    getLabelStats(db, projectId, params.name, scoreQueryFromParams(projectId, query).filters),
);

export const POST = unsupportedMethod;
export const PUT = unsupportedMethod;
export const PATCH = unsupportedMethod;
export const DELETE = unsupportedMethod;
