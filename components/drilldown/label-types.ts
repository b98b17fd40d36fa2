/** GET /api/v1/labels/{name}/stats, as lib/analytics/label-stats.ts returns it. */
export type LabelStats = {
  name: string;
  config: {
    id: string;
    dataType: string;
    description: string | null;
    minValue: number | null;
    maxValue: number | null;
  } | null;
  total: number;
  values: { value: string; count: number }[];
  numeric: {
    min: number | null;
    max: number | null;
    count: number;
    buckets: { from: number; to: number; count: number }[];
  };
  spread: { mean: number | null; stddev: number | null; percentiles: { p: number; value: number }[] };
  trendWindow: "filters" | "latest-180-days";
  trend: { day: string; count: number; mean: number | null }[];
  annotators: { id: string; name: string | null; count: number; mean: number | null }[];
};
