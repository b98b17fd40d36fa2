"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { compareHref, rangeChoices } from "@/components/compare/compare-url";
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
  const search = useSearchParams();
  const pathname = usePathname();
  const range = rangeChoices.some((c) => c.value === search.get("range")) ? (search.get("range") ?? "") : "";
  const query = useDrilldown<LabelStats>(
    projectId,
    `/api/v1/labels/${encodeURIComponent(name)}/stats`,
    range ? { range } : {},
  );
  const explorer = `/projects/${encodeURIComponent(projectId)}/scores?${new URLSearchParams({ name, ...(range ? { range } : {}) })}`;
  return (
    <PageFrame kicker="Label" title={name}>
      <div className="flex flex-wrap items-end gap-4 text-sm">
        <label className="flex flex-col gap-1 text-xs text-slate-600 dark:text-slate-300">
          Time window
          <select
            className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
            value={range}
            onChange={(event) =>
              window.history.pushState(
                null,
                "",
                event.target.value ? `${pathname}?range=${event.target.value}` : pathname,
              )
            }
          >
            {rangeChoices.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.value ? choice.label : "All time (trend: latest 180 days of data)"}
              </option>
            ))}
          </select>
        </label>
        <Link className={linkClass} href={explorer}>
          These scores in the explorer
        </Link>
        <Link
          className={linkClass}
          href={compareHref(projectId, { a: name, aSource: "EVAL", b: name, bSource: "ANNOTATION", range })}
        >
          Compare EVAL with human annotations
        </Link>
      </div>
      <QueryState query={query} what="label statistics">
        {(stats) => <LabelFigures projectId={projectId} stats={stats} range={range} />}
      </QueryState>
    </PageFrame>
  );
}

function LabelFigures({ projectId, stats, range }: { projectId: string; stats: LabelStats; range: string }) {
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
            <dt className="text-slate-500 dark:text-slate-400">Mean</dt>
            <dd aria-label="Mean">{formatFigure(stats.spread.mean)}</dd>
            <dt className="text-slate-500 dark:text-slate-400">Standard deviation</dt>
            <dd aria-label="Standard deviation">{formatFigure(stats.spread.stddev)}</dd>
            <dt className="text-slate-500 dark:text-slate-400">Percentiles</dt>
            <dd aria-label="Percentiles">
              {stats.spread.percentiles
                .map((p) => `P${Math.round(p.p * 100)} ${formatNumber(p.value)}`)
                .join(" · ")}
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
        <p className="text-xs text-slate-500 dark:text-slate-400">
          {stats.trendWindow === "filters"
            ? "Over the chosen time window."
            : "Over the label's latest 180 days of data."}
        </p>
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
                <th scope="col" className={headClass}>
                  <span className="sr-only">Comparison</span>
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
                  <td className={cellClass}>
                    <Link
                      className={linkClass}
                      href={compareHref(projectId, {
                        a: stats.name,
                        aSource: "EVAL",
                        b: stats.name,
                        bAuthorUserId: a.id,
                        range,
                      })}
                      aria-label={`Compare EVAL with ${personName(a)}`}
                    >
                      Compare with EVAL
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
    </>
  );
}
