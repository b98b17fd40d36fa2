"use client";

import Link from "next/link";
import { formatCount } from "@/components/scores/format";
import { drilldownHref, formatPercent, personName } from "./format";
import { QueryState } from "./query-state";
import { cellClass, headClass, linkClass, numberCellClass, PageFrame, Section, tableClass } from "./section";
import { useDrilldown } from "./use-drilldown";

/** GET /api/v1/queues/{id}/progress, as lib/analytics/queue-progress.ts returns it. */
type QueueProgress = {
  queue: { id: string; name: string; description: string | null };
  items: { total: number; pending: number; completed: number; unassigned: number };
  annotators: { id: string; name: string | null; assigned: number; completed: number; scores: number }[];
};

/** A queue's progress: items by status and each annotator's assigned, completed and scored work. */
export function QueueView({ projectId, queueId }: { projectId: string; queueId: string }) {
  const query = useDrilldown<QueueProgress>(
    projectId,
    `/api/v1/queues/${encodeURIComponent(queueId)}/progress`,
  );
  const explorer = `/projects/${encodeURIComponent(projectId)}/scores?${new URLSearchParams({ queueId })}`;
  return (
    <PageFrame kicker="Queue" title={query.data?.queue.name ?? queueId}>
      <QueryState query={query} what="queue progress">
        {({ queue, items, annotators }) => (
          <>
            {queue.description && <p className="text-sm">{queue.description}</p>}
            <Section title="Items">
              <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
                <Figure label="Total" value={formatCount(items.total)} />
                <Figure label="Pending" value={formatCount(items.pending)} />
                <Figure
                  label="Completed"
                  value={`${formatCount(items.completed)}${items.total ? ` (${formatPercent(items.completed / items.total)})` : ""}`}
                />
                <Figure label="Unassigned" value={formatCount(items.unassigned)} />
              </dl>
              <div
                role="progressbar"
                aria-label="Items completed"
                aria-valuemin={0}
                aria-valuemax={items.total}
                aria-valuenow={items.completed}
                className="h-2 overflow-hidden rounded bg-slate-200 dark:bg-slate-700"
              >
                <div
                  className="h-full bg-emerald-600"
                  style={{ width: `${items.total ? (items.completed / items.total) * 100 : 0}%` }}
                />
              </div>
            </Section>
            <Section title="Annotators">
              {annotators.length === 0 ? (
                <p className="text-sm">Nobody is assigned to this queue or has scored in it.</p>
              ) : (
                <table className={tableClass}>
                  <caption className="sr-only">Progress per annotator</caption>
                  <thead>
                    <tr>
                      <th scope="col" className={headClass}>
                        Annotator
                      </th>
                      <th scope="col" className={`${headClass} text-right`}>
                        Assigned
                      </th>
                      <th scope="col" className={`${headClass} text-right`}>
                        Completed
                      </th>
                      <th scope="col" className={`${headClass} text-right`}>
                        Scores
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {annotators.map((a) => (
                      <tr key={a.id}>
                        <th scope="row" className={`${cellClass} font-normal`}>
                          <Link className={linkClass} href={drilldownHref.annotator(projectId, a.id)}>
                            {personName(a)}
                          </Link>
                        </th>
                        <td className={numberCellClass}>{formatCount(a.assigned)}</td>
                        <td className={numberCellClass}>{formatCount(a.completed)}</td>
                        <td className={numberCellClass}>{formatCount(a.scores)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              <Link className={`${linkClass} text-sm`} href={explorer}>
                This queue&apos;s scores in the explorer
              </Link>
            </Section>
          </>
        )}
      </QueryState>
    </PageFrame>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div className="rounded-md border border-slate-200 px-3 py-2 dark:border-slate-700">
      <dt className="text-xs text-slate-500 dark:text-slate-400">{label}</dt>
      <dd className="text-lg font-semibold tabular-nums" aria-label={`${label} items`}>
        {value}
      </dd>
    </div>
  );
}
