"use client";

import type { SeriesKey } from "./compare-url";

/**
 * One series: a label and its narrowing (source, annotator, environment, queue), as native
 * selects with visible labels. Options show display names (the facets' labels), never raw ids.
 */
export type PickerOption = { value: string; label: string; count: number };
export type PickerOptions = Record<
  "name" | "source" | "authorUserId" | "environment" | "queueId",
  PickerOption[]
>;

const fields = [
  { suffix: "Source", facet: "source", label: "Source", any: "Any source" },
  { suffix: "AuthorUserId", facet: "authorUserId", label: "Annotator", any: "Any annotator" },
  { suffix: "Environment", facet: "environment", label: "Environment", any: "Any environment" },
  { suffix: "QueueId", facet: "queueId", label: "Queue", any: "Any queue" },
] as const;

const selectClass =
  "w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100";

export function SeriesPicker({
  side,
  title,
  values,
  options,
  onChange,
}: {
  side: "a" | "b";
  title: string;
  values: Partial<Record<SeriesKey, string>>;
  options: PickerOptions;
  onChange: (changes: Partial<Record<SeriesKey, string>>) => void;
}) {
  const name = values[side] ?? "";
  const withCurrent = (list: PickerOption[], current: string | undefined) =>
    current && !list.some((o) => o.value === current)
      ? [{ value: current, label: current, count: 0 }, ...list]
      : list;
  return (
    <fieldset className="flex min-w-0 flex-col gap-2 rounded-md border border-slate-200 p-3 dark:border-slate-700">
      <legend className="px-1 text-sm font-semibold">{title}</legend>
      <label className="flex flex-col gap-1 text-xs text-slate-600 dark:text-slate-300">
        Label
        <select
          className={selectClass}
          value={name}
          onChange={(event) => onChange({ [side]: event.target.value })}
        >
          <option value="">Choose a label…</option>
          {withCurrent(options.name, name).map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <div className="grid grid-cols-2 gap-2">
        {fields.map((field) => {
          const key = `${side}${field.suffix}` as SeriesKey;
          const current = values[key];
          return (
            <label
              key={key}
              className="flex min-w-0 flex-col gap-1 text-xs text-slate-600 dark:text-slate-300"
            >
              {field.label}
              <select
                className={selectClass}
                value={current ?? ""}
                onChange={(event) => onChange({ [key]: event.target.value })}
              >
                <option value="">{field.any}</option>
                {withCurrent(options[field.facet], current).map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
