"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  ComposedChart,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

/**
 * The label page's two charts. Colours read in both themes; axis text follows the text colour.
 * The figures are also in tables next to each chart, so nothing depends on seeing the chart.
 */
const BAR = "#0284c7";
const LINE = "#d97706";
const tick = { fill: "currentColor", fontSize: 12 };
const tooltipStyle = { color: "#0f172a" };

export function DistributionChart({
  bars,
  title,
}: {
  bars: { key: string; count: number }[];
  title: string;
}) {
  return (
    <figure aria-label={title} className="h-60 w-full text-slate-600 dark:text-slate-300">
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 600, height: 240 }}>
        <BarChart data={bars} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.3} />
          <XAxis dataKey="key" tick={tick} />
          <YAxis allowDecimals={false} tick={tick} />
          <Tooltip contentStyle={tooltipStyle} />
          <Bar dataKey="count" name="Scores" fill={BAR} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}

export function TrendChart({ days }: { days: { day: string; count: number; mean: number | null }[] }) {
  return (
    <figure aria-label="Scores and mean per day" className="h-60 w-full text-slate-600 dark:text-slate-300">
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 600, height: 240 }}>
        <ComposedChart data={days} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.3} />
          <XAxis dataKey="day" tick={tick} />
          <YAxis yAxisId="count" allowDecimals={false} tick={tick} />
          <YAxis yAxisId="mean" orientation="right" tick={tick} />
          <Tooltip contentStyle={tooltipStyle} />
          <Bar yAxisId="count" dataKey="count" name="Scores" fill={BAR} isAnimationActive={false} />
          <Line
            yAxisId="mean"
            dataKey="mean"
            name="Mean"
            stroke={LINE}
            dot={false}
            connectNulls
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </figure>
  );
}
