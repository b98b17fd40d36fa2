"use client";

import { useState } from "react";
import { PopoverPanel } from "@/components/ui/popover-panel";
import type { TimeRange } from "@/lib/scores/filters";
import { localInputOf, timeRangeLabels } from "./format";

export type TimeWindow = { range?: TimeRange; fromTimestamp?: Date; toTimestamp?: Date };

type TimeFilterProps = TimeWindow & { onChange: (window: TimeWindow) => void };

const presets: TimeRange[] = ["15m", "1h", "24h", "7d", "30d", "90d"];

const inputClass =
  "h-8 w-full rounded-md border border-slate-300 bg-white px-2 dark:border-slate-600 dark:bg-slate-950";

/** `datetime-local` shows the reader's local time; the URL holds the UTC instant. */
const inputOf = (date: Date | undefined) =>
  date ? localInputOf(date.toISOString(), -date.getTimezoneOffset()) : "";
const instantOf = (text: string) => (text ? new Date(text) : undefined);

function CustomRange({
  fromTimestamp,
  toTimestamp,
  onChange,
  close,
}: TimeFilterProps & { close: () => void }) {
  const [from, setFrom] = useState(inputOf(fromTimestamp));
  const [to, setTo] = useState(inputOf(toTimestamp));
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="flex flex-col gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        const window = { fromTimestamp: instantOf(from), toTimestamp: instantOf(to) };
        if (window.fromTimestamp && window.toTimestamp && window.fromTimestamp >= window.toTimestamp) {
          return setError("“To” must be later than “From”");
        }
        onChange(window);
        close();
      }}
    >
      <label className="text-xs text-slate-600 dark:text-slate-300">
        From (inclusive)
        <input
          type="datetime-local"
          value={from}
          onChange={(e) => setFrom(e.target.value)}
          className={inputClass}
        />
      </label>
      <label className="text-xs text-slate-600 dark:text-slate-300">
        To (exclusive)
        <input
          type="datetime-local"
          value={to}
          onChange={(e) => setTo(e.target.value)}
          className={inputClass}
        />
      </label>
      {error && (
        <p role="alert" className="text-xs text-rose-600">
          {error}
        </p>
      )}
      <button
        type="submit"
        className="self-end rounded-md bg-sky-600 px-3 py-1 text-sm font-medium text-white hover:bg-sky-700"
      >
        Apply
      </button>
    </form>
  );
}

/** Relative windows ending now (15m … 90d) or a custom from/to; choosing one replaces the other. */
export function TimeFilter(props: TimeFilterProps) {
  const { range, fromTimestamp, toTimestamp, onChange } = props;
  const custom = Boolean(fromTimestamp || toTimestamp);
  return (
    <div role="group" aria-label="Time window" className="flex items-center gap-1">
      <div className="flex overflow-hidden rounded-md border border-slate-300 dark:border-slate-600">
        {presets.map((preset) => (
          <button
            key={preset}
            type="button"
            aria-pressed={range === preset}
            title={timeRangeLabels[preset]}
            aria-label={timeRangeLabels[preset]}
            onClick={() => onChange(range === preset ? {} : { range: preset })}
            className={`h-8 px-2 text-sm focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-sky-600 ${
              range === preset
                ? "bg-sky-600 text-white"
                : "bg-white text-slate-700 hover:bg-slate-50 dark:bg-slate-900 dark:text-slate-200 dark:hover:bg-slate-800"
            }`}
          >
            {preset}
          </button>
        ))}
      </div>
      <PopoverPanel
        label="Custom time window"
        active={custom}
        trigger={<span>{custom ? "Custom ✓" : "Custom"}</span>}
      >
        {(close) => <CustomRange {...props} close={close} />}
      </PopoverPanel>
    </div>
  );
}
