import { headers } from "next/headers";
import { GET as getScoreList } from "@/app/api/v1/scores/route";
import { scoreListPath, type ScoreListPage } from "@/lib/scores/use-score-list";

/**
 * The first page for the server render, fetched through GET /api/v1/scores itself: the route
 * handler is called in-process with the visitor's own request headers (session cookie, host,
 * forwarded protocol), so authentication, the strict parameter check, the project check and
 * the JSON are exactly what the browser would get over HTTP — no private data path, no
 * loopback connection. Any non-2xx answer is left to the client, which shows it with a retry.
 */
export async function fetchFirstScorePage(
  projectId: string,
  listQuery: string,
): Promise<ScoreListPage | null> {
  const incoming = await headers();
  const host = incoming.get("host") ?? "localhost";
  const protocol = incoming.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http";
  const request = new Request(new URL(scoreListPath(projectId, listQuery, null), `${protocol}://${host}`), {
    headers: new Headers(incoming),
  });
  const response = await getScoreList(request);
  if (!response.ok) return null;
  return (await response.json()) as ScoreListPage;
}
