"use client";

import Link from "next/link";
import { formatCount, formatNumber } from "@/components/scores/format";
import { formatBucket, formatFigure, drilldownHref, personName } from "./format";
import { DistributionChart, TrendChart } from "./label-charts";
import { CountTable, TrendTable } from "./label-tables";
import type { LabelStats } from "./label-types";
import { QueryState } from "./query-state";
import { cellClass, headClass, linkClass, numberCellClass, PageFrame, Section, tableClass } from "./section";
import { useDrilldown } from "./use-drilldown";

/** One label: its definition, value distribution, daily trend and per-annotator breakdown. */
export function LabelView({ projectId, name }: { projectId: string; name: string }) {
  const query = useDrilldown<LabelStats>(projectId, `/api/v1/labels/${encodeURIComponent(name)}/stats`);
  return (
    <PageFrame kicker="Label" title={name}>
      <QueryState query={query} what="label statistics">
        {(stats) => <LabelFigures projectId={projectId} stats={stats} />}
      </QueryState>
    </PageFrame>
  );
}

function LabelFigures({ projectId, stats }: { projectId: string; stats: LabelStats }) {
  const numeric = stats.numeric.count > 0;
  const bars = numeric
    ? stats.numeric.buckets.map((b) => ({ key: formatBucket(b.from, b.to), count: b.count }))
    : stats.values.map((v) => ({ key: v.value, count: v.count }));
  return (
    <>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-500 dark:text-slate-400">Scores</dt>
        <dd aria-label="Total scores">{formatCount(stats.total)}</dd>
        {stats.config && (
          <>
            <dt className="text-slate-500 dark:text-slate-400">Data type</dt>
            <dd>{stats.config.dataType}</dd>
            {stats.config.description && (
              <>
                <dt className="text-slate-500 dark:text-slate-400">Definition</dt>
                <dd>{stats.config.description}</dd>
              </>
            )}
          </>
        )}
        {numeric && (
          <>
            <dt className="text-slate-500 dark:text-slate-400">Range of values</dt>
            <dd aria-label="Range of values">
              {formatNumber(stats.numeric.min ?? 0)} to {formatNumber(stats.numeric.max ?? 0)}
            </dd>
          </>
        )}
      </dl>
      <Section title="Value distribution">
        {bars.length === 0 ? (
          <p className="text-sm">No numeric, boolean or categorical values to chart.</p>
        ) : (
          <div className="grid gap-4 lg:grid-cols-[2fr_1fr]">
            <DistributionChart bars={bars} title="Value distribution chart" />
            <CountTable caption="Value distribution" heading={numeric ? "Range" : "Value"} rows={bars} />
          </div>
        )}
      </Section>
      <Section title="Trend per day">
        <div className="grid gap-4 lg:grid-cols-[2fr_1fr]">
          <TrendChart days={stats.trend} />
          <TrendTable days={stats.trend} />
        </div>
      </Section>
      <Section title="Annotators">
        {stats.annotators.length === 0 ? (
          <p className="text-sm">No annotator has used this label.</p>
        ) : (
          <table className={tableClass}>
            <caption className="sr-only">Scores per annotator</caption>
            <thead>
              <tr>
                <th scope="col" className={headClass}>
                  Annotator
                </th>
                <th scope="col" className={`${headClass} text-right`}>
                  Scores
                </th>
                <th scope="col" className={`${headClass} text-right`}>
                  Mean
                </th>
              </tr>
            </thead>
            <tbody>
              {stats.annotators.map((a) => (
                <tr key={a.id}>
                  <th scope="row" className={`${cellClass} font-normal`}>
                    <Link className={linkClass} href={drilldownHref.annotator(projectId, a.id)}>
                      {personName(a)}
                    </Link>
                  </th>
                  <td className={numberCellClass}>{formatCount(a.count)}</td>
                  <td className={numberCellClass}>{formatFigure(a.mean)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
    </>
  );
}
