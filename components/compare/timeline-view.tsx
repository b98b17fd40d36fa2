"use client";

import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { formatCount } from "@/components/scores/format";
import { formatFigure, formatPercent } from "@/components/drilldown/format";
import { cellClass, headClass, numberCellClass, tableClass } from "@/components/drilldown/section";
import type { CompareFigures, CompareMode } from "@/lib/analytics/compare";

/** Agreement per day or week (A's timestamp): bars of pairs, a line of the agreement figure. */
export function TimelineView({
  timeline,
  mode,
}: {
  timeline: CompareFigures["timeline"];
  mode: CompareMode;
}) {
  const categorical = mode === "categorical";
  const figure = categorical ? "Percent agreement" : mode === "numeric" ? "Mean absolute error" : null;
  const data = timeline.buckets.map((b) => ({
    ...b,
    line: categorical ? b.percentAgreement : b.meanAbsoluteError,
  }));
  const tick = { fill: "currentColor", fontSize: 12 };
  return (
    <div className="grid gap-4 lg:grid-cols-[2fr_1fr]">
      <figure
        aria-label={`Pairs and ${figure ?? "count"} per ${timeline.unit}`}
        className="h-60 w-full text-slate-600 dark:text-slate-300"
      >
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 600, height: 240 }}>
          <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.3} />
            <XAxis dataKey="start" tick={tick} />
            <YAxis yAxisId="n" allowDecimals={false} tick={tick} />
            {figure && (
              <YAxis
                yAxisId="line"
                orientation="right"
                tick={tick}
                domain={categorical ? [0, 1] : ["auto", "auto"]}
              />
            )}
            <Tooltip contentStyle={{ color: "#0f172a" }} />
            <Bar yAxisId="n" dataKey="n" name="Pairs" fill="#0284c7" isAnimationActive={false} />
            {figure && (
              <Line
                yAxisId="line"
                dataKey="line"
                name={figure}
                stroke="#d97706"
                connectNulls
                isAnimationActive={false}
              />
            )}
          </ComposedChart>
        </ResponsiveContainer>
      </figure>
      <div className="max-h-60 overflow-y-auto">
        <table className={tableClass}>
          <caption className="sr-only">Agreement per {timeline.unit}</caption>
          <thead>
            <tr>
              <th scope="col" className={headClass}>
                {timeline.unit === "day" ? "Day" : "Week of"}
              </th>
              <th scope="col" className={`${headClass} text-right`}>
                Pairs
              </th>
              {categorical && (
                <>
                  <th scope="col" className={`${headClass} text-right`}>
                    Agreement
                  </th>
                  <th scope="col" className={`${headClass} text-right`}>
                    Kappa
                  </th>
                </>
              )}
              {mode === "numeric" && (
                <>
                  <th scope="col" className={`${headClass} text-right`}>
                    MAE
                  </th>
                  <th scope="col" className={`${headClass} text-right`}>
                    Pearson r
                  </th>
                </>
              )}
            </tr>
          </thead>
          <tbody>
            {timeline.buckets.map((b) => (
              <tr key={b.start}>
                <th scope="row" className={`${cellClass} font-normal`}>
                  {b.start}
                </th>
                <td className={numberCellClass}>{formatCount(b.n)}</td>
                {categorical && (
                  <>
                    <td className={numberCellClass}>{formatPercent(b.percentAgreement)}</td>
                    <td className={numberCellClass}>{formatFigure(b.kappa)}</td>
                  </>
                )}
                {mode === "numeric" && (
                  <>
                    <td className={numberCellClass}>{formatFigure(b.meanAbsoluteError)}</td>
                    <td className={numberCellClass}>{formatFigure(b.pearson)}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
