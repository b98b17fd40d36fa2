"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
} from "recharts";
import { formatCount, formatNumber } from "@/components/scores/format";
import { formatBucket, formatFigure } from "@/components/drilldown/format";
import { cellClass, headClass, numberCellClass, tableClass } from "@/components/drilldown/section";
import type { CompareFigures } from "@/lib/analytics/compare";
import type { Drill } from "./compare-url";

/**
 * The scatter of two numeric series, binned (a point per region, its size the number of pairs,
 * so 100k pairs draw as fast as 10), and the distribution of the numeric side per class. Each
 * has a table of the same numbers whose buttons select a region's pairs; a click on the chart
 * does the same.
 */
const tick = { fill: "currentColor", fontSize: 12 };
const tooltipStyle = { color: "#0f172a" };
const COLOURS = ["#0284c7", "#d97706", "#059669", "#7c3aed", "#dc2626", "#0891b2", "#65a30d", "#db2777"];
const buttonClass = "w-full px-2 py-1 text-right tabular-nums text-sky-700 hover:underline dark:text-sky-400";

type Scatter = NonNullable<CompareFigures["scatter"]>;
type Distribution = NonNullable<CompareFigures["distribution"]>;

export function ScatterView({ scatter, onDrill }: { scatter: Scatter; onDrill: (drill: Drill) => void }) {
  const { aEdges, bEdges } = scatter;
  const regionOf = (aBin: number, bBin: number): Drill => ({
    aMin: String(aEdges[aBin]),
    aMax: String(aEdges[aBin + 1]),
    bMin: String(bEdges[bBin]),
    bMax: String(bEdges[bBin + 1]),
  });
  const points = scatter.cells.map((c) => ({
    x: (aEdges[c.aBin] + aEdges[c.aBin + 1]) / 2,
    y: (bEdges[c.bBin] + bEdges[c.bBin + 1]) / 2,
    count: c.count,
    aBin: c.aBin,
    bBin: c.bBin,
  }));
  return (
    <div className="grid gap-4 lg:grid-cols-[2fr_1fr]">
      <figure
        aria-label="Scatter of A against B, binned"
        className="h-72 w-full text-slate-600 dark:text-slate-300"
      >
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 600, height: 288 }}>
          <ScatterChart margin={{ top: 8, right: 8, bottom: 16, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.3} />
            <XAxis type="number" dataKey="x" name="A" domain={[aEdges[0], aEdges.at(-1)!]} tick={tick} />
            <YAxis type="number" dataKey="y" name="B" domain={[bEdges[0], bEdges.at(-1)!]} tick={tick} />
            <ZAxis type="number" dataKey="count" name="Pairs" range={[40, 400]} />
            <Tooltip contentStyle={tooltipStyle} />
            <Scatter
              data={points}
              fill="#0284c7"
              isAnimationActive={false}
              cursor="pointer"
              onClick={(point: { payload?: { aBin: number; bBin: number } }) =>
                point.payload && onDrill(regionOf(point.payload.aBin, point.payload.bBin))
              }
            />
          </ScatterChart>
        </ResponsiveContainer>
      </figure>
      <div className="max-h-72 overflow-y-auto">
        <table className={tableClass}>
          <caption className="sr-only">Pairs per region of the scatter</caption>
          <thead>
            <tr>
              <th scope="col" className={headClass}>
                A
              </th>
              <th scope="col" className={headClass}>
                B
              </th>
              <th scope="col" className={`${headClass} text-right`}>
                Pairs
              </th>
            </tr>
          </thead>
          <tbody>
            {scatter.cells.map((c) => (
              <tr key={`${c.aBin},${c.bBin}`}>
                <td className={cellClass}>{formatBucket(aEdges[c.aBin], aEdges[c.aBin + 1])}</td>
                <td className={cellClass}>{formatBucket(bEdges[c.bBin], bEdges[c.bBin + 1])}</td>
                <td className={`${numberCellClass} p-0`}>
                  <button
                    type="button"
                    className={buttonClass}
                    onClick={() => onDrill(regionOf(c.aBin, c.bBin))}
                  >
                    {formatCount(c.count)}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

export function DistributionView({
  distribution,
  onDrill,
}: {
  distribution: Distribution;
  onDrill: (drill: Drill) => void;
}) {
  const { edges, classes, numericSide, classSide } = distribution;
  const regionOf = (value: string, bin: number): Drill => ({
    [`${classSide}Value`]: value,
    [`${numericSide}Min`]: String(edges[bin]),
    [`${numericSide}Max`]: String(edges[bin + 1]),
  });
  const bins = edges.slice(0, -1).map((from, i) => ({
    key: formatBucket(from, edges[i + 1]),
    ...Object.fromEntries(classes.map((c) => [c.value, c.bins[i]])),
  }));
  const numeric = numericSide.toUpperCase();
  const cls = classSide.toUpperCase();
  return (
    <div className="flex flex-col gap-4">
      <figure
        aria-label={`Distribution of ${numeric} per class of ${cls}`}
        className="h-64 w-full text-slate-600 dark:text-slate-300"
      >
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 600, height: 256 }}>
          <BarChart data={bins} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.3} />
            <XAxis dataKey="key" tick={tick} />
            <YAxis allowDecimals={false} tick={tick} />
            <Tooltip contentStyle={tooltipStyle} />
            <Legend />
            {classes.map((c, i) => (
              <Bar
                key={c.value}
                dataKey={c.value}
                name={`${cls}: ${c.value}`}
                fill={COLOURS[i % COLOURS.length]}
                isAnimationActive={false}
                cursor="pointer"
                onClick={(_: unknown, index: number) => onDrill(regionOf(c.value, index))}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </figure>
      <div className="overflow-x-auto">
        <table className={tableClass}>
          <caption className="sr-only">
            Pairs per class of {cls} and range of {numeric}
          </caption>
          <thead>
            <tr>
              <th scope="col" className={headClass}>
                {cls} class
              </th>
              <th scope="col" className={`${headClass} text-right`}>
                Pairs
              </th>
              <th scope="col" className={`${headClass} text-right`}>
                Mean of {numeric}
              </th>
              {edges.slice(0, -1).map((from, i) => (
                <th key={from} scope="col" className={`${headClass} text-right`}>
                  {formatBucket(from, edges[i + 1])}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {classes.map((c) => (
              <tr key={c.value}>
                <th scope="row" className={`${cellClass} font-normal`}>
                  {c.value}
                </th>
                <td className={numberCellClass}>{formatCount(c.count)}</td>
                <td className={numberCellClass}>{formatFigure(c.mean)}</td>
                {c.bins.map((n, i) => (
                  <td key={i} className={`${numberCellClass} p-0`}>
                    {n > 0 ? (
                      <button
                        type="button"
                        className={buttonClass}
                        aria-label={`${cls} ${c.value}, ${numeric} ${formatNumber(edges[i])} to ${formatNumber(edges[i + 1])}: ${formatCount(n)} pairs`}
                        onClick={() => onDrill(regionOf(c.value, i))}
                      >
                        {formatCount(n)}
                      </button>
                    ) : (
                      <span className="px-2 text-slate-400">0</span>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
