"use client";

import Link from "next/link";
import { dataTypeLabels, formatCount } from "@/components/scores/format";
import type { AgreementRow } from "@/lib/analytics/agreement";
import type { ScoreListPage } from "@/lib/scores/use-score-list";
import { compareHref } from "@/components/compare/compare-url";
import { drilldownHref, formatFigure, formatPercent, NO_FIGURE, personName } from "./format";
import { DistributionChart } from "./label-charts";
import { CountTable } from "./label-tables";
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
  const activity = useDrilldown<Activity>(
    projectId,
    `/api/v1/annotators/${encodeURIComponent(userId)}/activity`,
  );
  const author = recent.data?.data.find((score) => score.author)?.author;
  const explorer = `/projects/${encodeURIComponent(projectId)}/scores?${new URLSearchParams({ authorUserId: userId })}`;
  return (
    <PageFrame kicker="Annotator" title={author ? personName(author) : userId}>
      <Section title="Scores per label">
        <QueryState query={activity} what="scores per label">
          {({ labels }) => <LabelCounts projectId={projectId} labels={labels} />}
        </QueryState>
      </Section>
      <Section title="Recent activity">
        <QueryState query={activity} what="recent activity">
          {({ days }) =>
            days.length === 0 ? (
              <p className="text-sm">No scores yet.</p>
            ) : (
              <div className="grid gap-4 lg:grid-cols-[2fr_1fr]">
                <DistributionChart
                  bars={days.map((d) => ({ key: d.day, count: d.count }))}
                  title="Scores per day, latest 30 days of activity"
                />
                <CountTable
                  caption="Scores per day over the latest 30 days of activity"
                  heading="Day"
                  rows={days.map((d) => ({ key: d.day, count: d.count }))}
                />
              </div>
            )
          }
        </QueryState>
      </Section>
      <Section title="Agreement with other annotators">
        <QueryState query={agreement} what="agreement figures">
          {({ data }) => <AgreementTable projectId={projectId} userId={userId} rows={data} />}
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

type Activity = {
  labels: { name: string; count: number; last: string }[];
  days: { day: string; count: number }[];
};

function LabelCounts({ projectId, labels }: { projectId: string; labels: Activity["labels"] }) {
  if (labels.length === 0) return <p className="text-sm">No scores yet.</p>;
  return (
    <table className={tableClass}>
      <caption className="sr-only">Scores by this annotator per label</caption>
      <thead>
        <tr>
          <th scope="col" className={headClass}>
            Label
          </th>
          <th scope="col" className={`${headClass} text-right`}>
            Scores
          </th>
          <th scope="col" className={headClass}>
            Latest
          </th>
        </tr>
      </thead>
      <tbody>
        {labels.map((label) => (
          <tr key={label.name}>
            <th scope="row" className={`${cellClass} font-normal`}>
              <Link className={linkClass} href={drilldownHref.label(projectId, label.name)}>
                {label.name}
              </Link>
            </th>
            <td className={numberCellClass}>{formatCount(label.count)}</td>
            <td className={cellClass}>{label.last.slice(0, 16).replace("T", " ")}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function AgreementTable({
  projectId,
  userId,
  rows,
}: {
  projectId: string;
  userId: string;
  rows: AgreementRow[];
}) {
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
            <th scope="col" className={headClass}>
              <span className="sr-only">Comparison</span>
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
              <td className={numberCellClass}>{withN(formatPercent(row.percentAgreement), row)}</td>
              <td className={numberCellClass}>{withN(formatFigure(row.cohensKappa), row)}</td>
              <td className={numberCellClass}>{withN(formatFigure(row.meanAbsoluteDifference), row)}</td>
              <td className={cellClass}>
                <Link
                  className={linkClass}
                  aria-label={`Compare on ${row.label} with ${personName(row.otherAnnotator)}`}
                  href={compareHref(projectId, {
                    a: row.label,
                    aAuthorUserId: userId,
                    b: row.label,
                    bAuthorUserId: row.otherAnnotator.id,
                  })}
                >
                  Compare
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A figure with the number of pairs behind it; no figure stays a plain dash. */
function withN(figure: string, row: AgreementRow) {
  if (figure === NO_FIGURE) return figure;
  return (
    <>
      {figure}{" "}
      <span className="text-xs text-slate-500 dark:text-slate-400">
        (n = {formatCount(row.sharedSubjects)})
      </span>
    </>
  );
}
