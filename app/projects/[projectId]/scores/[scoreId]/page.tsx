import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { decodeSegment } from "@/components/drilldown/format";
import { fetchScoreDetail } from "@/components/score-detail/prefetch-score-detail";
import { ScoreDetail } from "@/components/score-detail/score-detail";
import { requireProjectPage } from "@/lib/projects/page-context";
import { scoreDetailKey } from "@/lib/scores/use-score-detail";

export const metadata: Metadata = { title: "Score" };

type ScorePageProps = { params: Promise<{ projectId: string; scoreId: string }> };

/**
 * One score as a page: the drawer's content at full width. The server fetches the score through
 * its route handler and hands it to React Query under the key the browser uses, so the first
 * paint needs no request; an unknown or deleted id is a 404 page (not-found.tsx).
 */
export default async function ScorePage({ params }: ScorePageProps) {
  const { projectId, scoreId: segment } = await params;
  await requireProjectPage(projectId); // the layout renders in parallel: this page checks for itself
  const scoreId = decodeSegment(segment);
  const prefetched = await fetchScoreDetail(projectId, scoreId);
  if (prefetched.kind === "not-found") notFound();
  const queryClient = new QueryClient();
  if (prefetched.kind === "found")
    queryClient.setQueryData(scoreDetailKey(projectId, scoreId), prefetched.detail);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <ScoreDetail projectId={projectId} scoreId={scoreId} mode="page" />
    </HydrationBoundary>
  );
}
