import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import type { Metadata } from "next";
import { listQueryOf } from "@/components/scores/explorer-url";
import { readExplorerUrl } from "@/components/scores/explorer-url-parse";
import { fetchScoreDetail } from "@/components/score-detail/prefetch-score-detail";
import { fetchFirstScorePage } from "@/components/scores/prefetch-scores";
import { scoreColumnIds } from "@/components/scores/score-column-ids";
import { ScoresExplorer } from "@/components/scores/scores-explorer";
import { requireProjectPage } from "@/lib/projects/page-context";
import { scoreDetailKey } from "@/lib/scores/use-score-detail";
import { scoreListKey } from "@/lib/scores/use-score-list";

export const metadata: Metadata = { title: "Scores" };

type ScoresPageProps = {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const entriesOf = (search: Record<string, string | string[] | undefined>): [string, string][] =>
  Object.entries(search).flatMap(([key, value]) =>
    value === undefined
      ? []
      : (Array.isArray(value) ? value : [value]).map((v): [string, string] => [key, v]),
  );

/**
 * The explorer. The server renders the first rows (fetched through the list route handler, see
 * prefetch-scores.ts) and hands them to React Query under the key the browser computes from the
 * same URL, so the first paint needs no request from the browser. A link that opens a score
 * (`?score=`) also brings that score, so the drawer shows it as soon as its code has loaded.
 */
export default async function ScoresPage({ params, searchParams }: ScoresPageProps) {
  const [{ projectId }, search] = await Promise.all([params, searchParams]);
  await requireProjectPage(projectId); // the layout renders in parallel: this page checks for itself
  const entries = entriesOf(search);
  const url = readExplorerUrl(entries, scoreColumnIds);
  const listQuery = listQueryOf(url.params);
  const queryClient = new QueryClient();
  const [firstPage, openScore] = await Promise.all([
    fetchFirstScorePage(projectId, listQuery),
    url.scoreId ? fetchScoreDetail(projectId, url.scoreId) : null,
  ]);
  if (firstPage) {
    queryClient.setQueryData(scoreListKey(projectId, listQuery), { pages: [firstPage], pageParams: [null] });
  }
  // A missing score is left to the drawer, which fetches it and says so.
  if (url.scoreId && openScore?.kind === "found") {
    queryClient.setQueryData(scoreDetailKey(projectId, url.scoreId), openScore.detail);
  }
  return (
    <main className="flex flex-col gap-3 px-4 py-4 text-slate-900 dark:text-slate-100">
      <h1 className="text-xl font-semibold tracking-tight">Scores</h1>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <ScoresExplorer
          projectId={projectId}
          initialUrl={{ search: new URLSearchParams(entries).toString(), url }}
        />
      </HydrationBoundary>
    </main>
  );
}
