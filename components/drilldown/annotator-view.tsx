"use client";

import Link from "next/link";
import { dataTypeLabels, formatCount } from "@/components/scores/format";
import type { AgreementRow } from "@/lib/analytics/agreement";
import type { ScoreListPage } from "@/lib/scores/use-score-list";
import { drilldownHref, formatFigure, formatPercent, personName } from "./format";
import { QueryState } from "./query-state";
import { ScoreTable } from "./score-table";
import { cellClass, headClass, linkClass, numberCellClass, PageFrame, Section, tableClass } from "./section";
import { useDrilldown } from "./use-drilldown";

export const RECENT_SCORES = 20;

/** One annotator: how they agree with each other annotator per label, and their latest scores. */
export function AnnotatorView({ projectId, userId }: { projectId: string; userId: string }) {
  const agreement = useDrilldown<{ data: AgreementRow[] }>(
    projectId,
    `/api/v1/annotators/${encodeURIComponent(userId)}/agreement`,
  );
  const recent = useDrilldown<ScoreListPage>(projectId, "/api/v1/scores", {
    authorUserId: userId,
    limit: String(RECENT_SCORES),
  });
  const author = recent.data?.data.find((score) => score.author)?.author;
  const explorer = `/projects/${encodeURIComponent(projectId)}/scores?${new URLSearchParams({ authorUserId: userId })}`;
  return (
    <PageFrame kicker="Annotator" title={author ? personName(author) : userId}>
      <Section title="Agreement with other annotators">
        <QueryState query={agreement} what="agreement figures">
          {({ data }) => <AgreementTable projectId={projectId} rows={data} />}
        </QueryState>
      </Section>
      <Section title="Recent scores">
        <QueryState query={recent} what="recent scores">
          {(page) => (
            <ScoreTable
              projectId={projectId}
              scores={page.data}
              columns={["label", "subject"]}
              caption={`The latest ${RECENT_SCORES} scores by this annotator`}
            />
          )}
        </QueryState>
        <Link className={`${linkClass} text-sm`} href={explorer}>
          All their scores in the explorer
        </Link>
      </Section>
    </PageFrame>
  );
}

function AgreementTable({ projectId, rows }: { projectId: string; rows: AgreementRow[] }) {
  if (rows.length === 0) {
    return (
      <p className="text-sm text-slate-600 dark:text-slate-300">
        No other annotator has scored the same subjects with the same labels.
      </p>
    );
  }
  return (
    <div className="overflow-x-auto">
      <table className={tableClass}>
        <caption className="sr-only">
          Agreement per label and other annotator: percent agreement and Cohen&apos;s kappa for boolean and
          categorical labels, mean absolute difference for numeric ones
        </caption>
        <thead>
          <tr>
            <th scope="col" className={headClass}>
              Label
            </th>
            <th scope="col" className={headClass}>
              Other annotator
            </th>
            <th scope="col" className={`${headClass} text-right`}>
              Shared subjects
            </th>
            <th scope="col" className={`${headClass} text-right`}>
              Agreement
            </th>
            <th scope="col" className={`${headClass} text-right`}>
              Cohen&apos;s kappa
            </th>
            <th scope="col" className={`${headClass} text-right`}>
              Mean abs. difference
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.label}\u0000${row.otherAnnotator.id}`}>
              <td className={cellClass}>
                <Link className={linkClass} href={drilldownHref.label(projectId, row.label)}>
                  {row.label}
                </Link>
                <span className="ml-2 text-xs text-slate-500 dark:text-slate-400">
                  {dataTypeLabels[row.dataType]}
                </span>
              </td>
              <td className={cellClass}>
                <Link className={linkClass} href={drilldownHref.annotator(projectId, row.otherAnnotator.id)}>
                  {personName(row.otherAnnotator)}
                </Link>
              </td>
              <td className={numberCellClass}>{formatCount(row.sharedSubjects)}</td>
              <td className={numberCellClass}>{formatPercent(row.percentAgreement)}</td>
              <td className={numberCellClass}>{formatFigure(row.cohensKappa)}</td>
              <td className={numberCellClass}>{formatFigure(row.meanAbsoluteDifference)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
