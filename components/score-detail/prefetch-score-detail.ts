import { headers } from "next/headers";
import { GET as getScore } from "@/app/api/v1/scores/[id]/route";
import type { ScoreDetailJson } from "@/lib/scores/score-detail";
import { scoreDetailPath } from "@/lib/scores/use-score-detail";

export type PrefetchedDetail =
  { kind: "found"; detail: ScoreDetailJson } | { kind: "not-found" } | { kind: "other" };

/**
 * The score for the full page's server render, through GET /api/v1/scores/{id} itself (called
 * in-process with the visitor's own headers, like prefetch-scores.ts does for the list): the same
 * authentication, project check and JSON the browser would get. A 404 is the page's not-found;
 * any other failure is left to the client, which shows the API's message with a retry.
 */
export async function fetchScoreDetail(projectId: string, scoreId: string): Promise<PrefetchedDetail> {
  const incoming = await headers();
  const host = incoming.get("host") ?? "localhost";
  const protocol = incoming.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http";
  const request = new Request(new URL(scoreDetailPath(projectId, scoreId), `${protocol}://${host}`), {
    headers: new Headers(incoming),
  });
  const response = await getScore(request, { params: Promise.resolve({ id: scoreId }) });
  if (response.status === 404) return { kind: "not-found" };
  if (!response.ok) return { kind: "other" };
  return { kind: "found", detail: (await response.json()) as ScoreDetailJson };
}
