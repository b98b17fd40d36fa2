"use client";

import { useState } from "react";
import { PopoverPanel } from "@/components/ui/popover-panel";
import type { FacetsResponse } from "@/lib/scores/use-score-facets";
import { formatCount, formatNumber } from "./format";

type ValueRangeFilterProps = {
  min: number | undefined;
  max: number | undefined;
  histogram: FacetsResponse["numeric"] | undefined;
  onChange: (range: { valueMin?: number; valueMax?: number }) => void;
};

const inputClass =
  "h-8 w-full rounded-md border border-slate-300 bg-white px-2 tabular-nums dark:border-slate-600 dark:bg-slate-950";

const parseBound = (text: string): number | undefined | null => {
  if (text.trim() === "") return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
};

function Histogram({ histogram }: { histogram: FacetsResponse["numeric"] }) {
  const peak = Math.max(1, ...histogram.buckets.map((bucket) => bucket.count));
  return (
    <div aria-hidden className="flex h-10 items-end gap-px">
      {histogram.buckets.map((bucket) => (
        <div
          key={bucket.from}
          className="flex-1 rounded-t-sm bg-sky-400 dark:bg-sky-600"
          style={{ height: `${Math.max(4, (bucket.count / peak) * 100)}%` }}
          title={`${formatNumber(bucket.from)} – ${formatNumber(bucket.to)}: ${formatCount(bucket.count)}`}
        />
      ))}
    </div>
  );
}

function RangeForm({ min, max, histogram, onChange, close }: ValueRangeFilterProps & { close: () => void }) {
  const [low, setLow] = useState(min === undefined ? "" : String(min));
  const [high, setHigh] = useState(max === undefined ? "" : String(max));
  const [error, setError] = useState<string | null>(null);
  const apply = () => {
    const valueMin = parseBound(low);
    const valueMax = parseBound(high);
    if (valueMin === null || valueMax === null) return setError("Enter numbers");
    if (valueMin !== undefined && valueMax !== undefined && valueMin > valueMax) {
      return setError("The minimum must not exceed the maximum");
    }
    onChange({ valueMin, valueMax });
    close();
  };
  return (
    <form
      className="flex flex-col gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        apply();
      }}
    >
      {histogram && histogram.count > 0 && <Histogram histogram={histogram} />}
      <div className="flex gap-2">
        <label className="flex-1 text-xs text-slate-600 dark:text-slate-300">
          Minimum
          <input
            type="number"
            step="any"
            value={low}
            onChange={(e) => setLow(e.target.value)}
            className={inputClass}
            placeholder={histogram?.min != null ? formatNumber(histogram.min) : undefined}
          />
        </label>
        <label className="flex-1 text-xs text-slate-600 dark:text-slate-300">
          Maximum
          <input
            type="number"
            step="any"
            value={high}
            onChange={(e) => setHigh(e.target.value)}
            className={inputClass}
            placeholder={histogram?.max != null ? formatNumber(histogram.max) : undefined}
          />
        </label>
      </div>
      {error && (
        <p role="alert" className="text-xs text-rose-600">
          {error}
        </p>
      )}
      <div className="flex justify-between">
        <button
          type="button"
          className="text-sm text-sky-700 hover:underline dark:text-sky-400"
          onClick={() => {
            onChange({});
            close();
          }}
        >
          Clear
        </button>
        <button
          type="submit"
          className="rounded-md bg-sky-600 px-3 py-1 text-sm font-medium text-white hover:bg-sky-700"
        >
          Apply
        </button>
      </div>
    </form>
  );
}

/** Numeric value range (inclusive), over the histogram of the values the other filters leave. */
export function ValueRangeFilter(props: ValueRangeFilterProps) {
  const { min, max } = props;
  const summary =
    min !== undefined && max !== undefined
      ? `${formatNumber(min)}–${formatNumber(max)}`
      : min !== undefined
        ? `≥ ${formatNumber(min)}`
        : max !== undefined
          ? `≤ ${formatNumber(max)}`
          : null;
  return (
    <PopoverPanel
      label="Value range filter"
      active={summary !== null}
      trigger={<span>Value{summary && <span className="font-medium">: {summary}</span>}</span>}
    >
      {(close) => <RangeForm {...props} close={close} />}
    </PopoverPanel>
  );
}
