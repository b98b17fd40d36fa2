"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import type { MouseEvent } from "react";
import { drilldownHref, personName } from "@/components/drilldown/format";
import { formatTimestamp } from "@/components/scores/format";
import { ScoreValue } from "@/components/scores/value-cell";
import type { ScoreDetailJson } from "@/lib/scores/score-detail";
import { apiPath, fetchApi, type ScoreListPage } from "@/lib/scores/use-score-list";
import { OTHER_SCORES_SHOWN, scorePageHref, subjectScoresQuery } from "./detail-model";
import { DetailLink } from "./detail-links";
import { linkClass, mutedClass } from "./detail-section";
import { DetailError } from "./detail-states";

/** A plain click opens the score in place; a modified click (new tab, new window) follows the link. */
const isPlainClick = (event: MouseEvent) =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

/**
 * The other scores on the same subject, one line each, newest first. Each links to its full
 * page; in the drawer a click opens it in the drawer instead (`onOpen`).
 */
export function SubjectScores({
  projectId,
  score,
  timeZone,
  onOpen,
}: {
  projectId: string;
  score: ScoreDetailJson;
  timeZone: string;
  onOpen?: (scoreId: string) => void;
}) {
  const query = subjectScoresQuery(score.subject);
  const list = useQuery({
    queryKey: ["scores", "subject", projectId, query],
    queryFn: ({ signal }) => fetchApi<ScoreListPage>(apiPath("scores", projectId, query), signal),
  });
  if (list.isPending) return <p className={mutedClass}>Loading the subject&apos;s scores…</p>;
  if (list.isError) return <DetailError message={list.error.message} onRetry={() => void list.refetch()} />;
  const others = list.data.data.filter((other) => other.id !== score.id).slice(0, OTHER_SCORES_SHOWN);
  const more = list.data.meta.nextCursor !== null;
  const subjectHref = drilldownHref.subject(projectId, score.subject.kind, score.subject.id);
  return (
    <div className="flex flex-col gap-2">
      {others.length === 0 ? (
        <p className={mutedClass}>No other score on this subject.</p>
      ) : (
        <ul aria-label="Other scores on this subject" className="flex flex-col text-sm">
          {others.map((other) => (
            <li
              key={other.id}
              data-score-id={other.id}
              className="grid grid-cols-[minmax(0,1fr)_auto] items-baseline gap-x-3 border-b border-slate-100 py-1 dark:border-slate-800"
            >
              <span className="min-w-0 truncate">
                <Link
                  prefetch={false}
                  className={`${linkClass} font-medium`}
                  href={scorePageHref(projectId, other.id)}
                  aria-label={`Open score ${other.id} (${other.name})`}
                  onClick={(event) => {
                    if (!onOpen || !isPlainClick(event)) return;
                    event.preventDefault();
                    onOpen(other.id);
                  }}
                >
                  {other.name}
                </Link>{" "}
                <ScoreValue score={other} config={undefined} />
                <span className="ml-2 text-slate-500 dark:text-slate-400">
                  {other.author ? personName(other.author) : (other.authorLabel ?? "")}
                </span>
              </span>
              <span className="text-xs text-slate-500 tabular-nums dark:text-slate-400">
                {formatTimestamp(other.timestamp, timeZone)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <DetailLink href={subjectHref}>{more ? "All scores on this subject" : "The subject's page"}</DetailLink>
    </div>
  );
}
