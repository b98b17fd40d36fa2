"use client";

import Link from "next/link";
import { formatTimestamp, sourceLabels, subjectKindLabels } from "@/components/scores/format";
import { EMPTY_CELL, ScoreValue } from "@/components/scores/value-cell";
import type { ScoreJson } from "@/lib/scores/use-score-list";
import { useTimeZone } from "@/lib/scores/use-time-zone";
import { drilldownHref, personName } from "./format";
import { cellClass, headClass, linkClass, tableClass } from "./section";

type Column = "label" | "subject" | "annotator" | "source";

/**
 * Scores as rows with links onward: the label page, the subject page, the annotator page, and
 * the explorer with the score's drawer open. `columns` drops what the page already fixes.
 */
export function ScoreTable({
  projectId,
  scores,
  columns,
  caption,
}: {
  projectId: string;
  scores: ScoreJson[];
  columns: Column[];
  caption: string;
}) {
  const timeZone = useTimeZone();
  const show = (column: Column) => columns.includes(column);
  if (scores.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-300">No scores.</p>;
  return (
    <div className="overflow-x-auto">
      <table className={tableClass}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={headClass}>
              Time
            </th>
            {show("label") && (
              <th scope="col" className={headClass}>
                Label
              </th>
            )}
            <th scope="col" className={headClass}>
              Value
            </th>
            {show("subject") && (
              <th scope="col" className={headClass}>
                Subject
              </th>
            )}
            {show("annotator") && (
              <th scope="col" className={headClass}>
                Annotator
              </th>
            )}
            {show("source") && (
              <th scope="col" className={headClass}>
                Source
              </th>
            )}
            <th scope="col" className={headClass}>
              Comment
            </th>
            <th scope="col" className={headClass}>
              <span className="sr-only">Open</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {scores.map((score) => (
            <tr key={score.id} data-score-id={score.id}>
              <td className={`${cellClass} whitespace-nowrap tabular-nums`}>
                {formatTimestamp(score.timestamp, timeZone)}
              </td>
              {show("label") && (
                <td className={cellClass}>
                  <Link className={linkClass} href={drilldownHref.label(projectId, score.name)}>
                    {score.name}
                  </Link>
                </td>
              )}
              <td className={cellClass}>
                <ScoreValue score={score} config={undefined} />
              </td>
              {show("subject") && (
                <td className={cellClass}>
                  <Link
                    className={linkClass}
                    href={drilldownHref.subject(projectId, score.subject.kind, score.subject.id)}
                  >
                    {subjectKindLabels[score.subject.kind]} {score.subject.id}
                  </Link>
                </td>
              )}
              {show("annotator") && (
                <td className={cellClass}>
                  {score.author ? (
                    <Link className={linkClass} href={drilldownHref.annotator(projectId, score.author.id)}>
                      {personName(score.author)}
                    </Link>
                  ) : (
                    (score.authorLabel ?? EMPTY_CELL)
                  )}
                </td>
              )}
              {show("source") && <td className={cellClass}>{sourceLabels[score.source]}</td>}
              <td className={`${cellClass} max-w-xs truncate`}>{score.comment ?? EMPTY_CELL}</td>
              <td className={cellClass}>
                <Link
                  className={linkClass}
                  href={drilldownHref.score(projectId, score.id)}
                  aria-label={`Open score ${score.id} in the explorer`}
                >
                  Open
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
