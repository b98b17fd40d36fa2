"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type KeyboardEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { formatCount, formatNumber } from "@/components/scores/format";
import { drilldownHref, personName } from "@/components/drilldown/format";
import { cellClass, headClass, linkClass, tableClass } from "@/components/drilldown/section";
import type { ComparePair, PairScore } from "@/lib/analytics/compare-pairs";
import { keyActionOf } from "@/lib/scores/use-explorer-keys";
import { fetchApi } from "@/lib/scores/use-score-list";
import { describeDrill, type Drill, type SeriesKey } from "./compare-url";
import { AddToQueueDialog } from "@/components/scores/selection/add-to-queue-dialog";
import { subjectsOf, type SubjectRef } from "@/components/scores/selection/selection-model";
import { useViewer } from "@/components/shell/viewer-context";
import { hasPermission } from "@/lib/auth/roles";

type PairPage = { pairs: { data: ComparePair[]; total: number | null; nextCursor: string | null } };
const PAGE = 50;

/**
 * The pairs behind the selected figure, both scores side by side, newest A first, 50 a page.
 * The explorer's keyboard: with the list focused, j/k or arrows move the row, Enter opens the
 * row's subject; each score's value links to it in the explorer.
 */
export function PairList({
  projectId,
  series,
  drill,
  onClear,
}: {
  projectId: string;
  series: Partial<Record<SeriesKey, string>>;
  drill: Drill;
  onClear: () => void;
}) {
  const router = useRouter();
  const viewer = useViewer();
  const mayQueue = viewer !== null && hasPermission(viewer.role, "labels:manage");
  const [queueing, setQueueing] = useState(false);
  const base = new URLSearchParams({ ...series, ...drill, include: "pairs", limit: String(PAGE), projectId });
  const query = useInfiniteQuery({
    queryKey: ["compare-pairs", base.toString()],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => {
      const search = new URLSearchParams(base);
      if (pageParam) search.set("cursor", pageParam);
      return fetchApi<PairPage>(`/api/v1/analytics/compare?${search}`, signal);
    },
    getNextPageParam: (last) => last.pairs.nextCursor,
  });
  const [active, setActive] = useState(0);
  const pairs = query.data?.pages.flatMap((page) => page.pairs.data) ?? [];
  const total = query.data?.pages[0]?.pairs.total ?? null;
  const described = describeDrill(drill, formatNumber);
  const current = Math.min(active, Math.max(0, pairs.length - 1));

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return; // links and buttons inside keep their keys
    const action = keyActionOf({
      key: event.key,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
      altKey: event.altKey,
      typing: false,
      inGrid: true,
      onControl: false,
      inDrawer: false,
    });
    if (!action || pairs.length === 0) return;
    event.preventDefault();
    if (action === "next") setActive(Math.min(current + 1, pairs.length - 1));
    else if (action === "previous") setActive(Math.max(current - 1, 0));
    else if (action === "first") setActive(0);
    else if (action === "last") setActive(pairs.length - 1);
    else if (action === "open") {
      const { subject } = pairs[current];
      router.push(drilldownHref.subject(projectId, subject.kind, subject.id));
    }
  };

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <p role="status" aria-label="Pairs shown">
          {total === null ? "Counting pairs…" : `${formatCount(total)} pairs`}
          {described ? ` where ${described}` : ""}
        </p>
        {described && (
          <Button variant="secondary" onClick={onClear}>
            Show all pairs
          </Button>
        )}
        {mayQueue && total !== null && total > 0 && (
          <Button variant="secondary" onClick={() => setQueueing(true)}>
            Add these subjects to a queue
          </Button>
        )}
      </div>
      {mayQueue && (
        <AddToQueueDialog
          projectId={projectId}
          open={queueing}
          onClose={() => setQueueing(false)}
          loadSubjects={() => loadPairSubjects(base)}
        />
      )}
      {query.isError && (
        <Alert tone="error">
          <p>The pairs could not be loaded: {query.error.message}</p>
          <Button variant="secondary" className="mt-2" onClick={() => void query.refetch()}>
            Retry
          </Button>
        </Alert>
      )}
      <div
        tabIndex={0}
        role="region"
        aria-label="Pairs list: j and k move, Enter opens the subject"
        onKeyDown={onKeyDown}
        className="overflow-x-auto rounded-md focus:outline-2 focus:outline-sky-600"
      >
        <table className={tableClass}>
          <caption className="sr-only">Pairs: the subject and both scores side by side</caption>
          <thead>
            <tr>
              <th scope="col" className={headClass}>
                Subject
              </th>
              <th scope="col" className={headClass}>
                A
              </th>
              <th scope="col" className={headClass}>
                B
              </th>
            </tr>
          </thead>
          <tbody>
            {pairs.map((pair, index) => (
              <tr
                key={`${pair.subject.kind}:${pair.subject.id}`}
                id={`pair-${index}`}
                aria-current={index === current ? "true" : undefined}
                data-testid="pair-row"
                onClick={() => setActive(index)}
                className={index === current ? "bg-sky-50 dark:bg-sky-950" : undefined}
              >
                <td className={cellClass}>
                  <Link
                    className={linkClass}
                    href={drilldownHref.subject(projectId, pair.subject.kind, pair.subject.id)}
                  >
                    {pair.subject.kind} {pair.subject.id}
                  </Link>
                </td>
                <ScoreCell projectId={projectId} score={pair.a} />
                <ScoreCell projectId={projectId} score={pair.b} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {query.isPending && <p className="text-sm">Loading pairs…</p>}
      {!query.isPending && pairs.length === 0 && !query.isError && <p className="text-sm">No pairs.</p>}
      {query.hasNextPage && (
        <div>
          <Button
            variant="secondary"
            disabled={query.isFetchingNextPage}
            onClick={() => void query.fetchNextPage()}
          >
            {query.isFetchingNextPage ? "Loading…" : `Load ${PAGE} more`}
          </Button>
        </div>
      )}
    </div>
  );
}

function ScoreCell({ projectId, score }: { projectId: string; score: PairScore }) {
  return (
    <td className={cellClass}>
      <Link className={`${linkClass} font-medium`} href={drilldownHref.score(projectId, score.scoreId)}>
        {score.value}
      </Link>
      <span className="ml-2 text-xs text-slate-600 dark:text-slate-300">
        {score.source}
        {score.author ? ` · ${personName(score.author)}` : ""} ·{" "}
        {score.timestamp.slice(0, 16).replace("T", " ")}
      </span>
    </td>
  );
}

/** Pairs a "send to review" reads at most: every pair of a drill-through, up to this many. */
const MAX_QUEUED_PAIRS = 10_000;

/** Every pair of the current drill-through, page by page, as queue subjects (no experiments). */
async function loadPairSubjects(base: URLSearchParams): Promise<SubjectRef[]> {
  const pairs: ComparePair[] = [];
  let cursor: string | null = null;
  do {
    const search = new URLSearchParams(base);
    search.set("limit", "200");
    if (cursor) search.set("cursor", cursor);
    const page: PairPage = await fetchApi<PairPage>(`/api/v1/analytics/compare?${search}`);
    pairs.push(...page.pairs.data);
    cursor = page.pairs.nextCursor;
  } while (cursor && pairs.length < MAX_QUEUED_PAIRS);
  return subjectsOf(pairs);
}
