"use client";

import { useState } from "react";
import { PopoverPanel } from "@/components/ui/popover-panel";
import type { PickerOption } from "./facet-options";
import { formatCount } from "./format";

type FacetPickerProps = {
  title: string;
  options: PickerOption[];
  selected: readonly string[];
  onChange: (values: string[]) => void;
};

const SEARCH_FROM = 8;
const MAX_SHOWN = 100;

/** A multi-select over one facet: display names with the count each value would give. */
export function FacetPicker({ title, options, selected, onChange }: FacetPickerProps) {
  const [search, setSearch] = useState("");
  // The URL (and so `selected`) updates in a transition; the box a person ticked shows ticked
  // at once, until the new `selected` arrives and takes over.
  const [ticked, setTicked] = useState<{ base: readonly string[]; values: string[] } | null>(null);
  const current = ticked && ticked.base === selected ? ticked.values : selected;
  const needle = search.trim().toLowerCase();
  const shown = (needle ? options.filter((o) => o.label.toLowerCase().includes(needle)) : options).slice(
    0,
    MAX_SHOWN,
  );
  const selectedLabel = options.find((o) => o.value === selected[0])?.label ?? selected[0];
  const toggle = (value: string) => {
    const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
    setTicked({ base: selected, values: next });
    onChange(next);
  };

  return (
    <PopoverPanel
      label={`${title} filter`}
      active={selected.length > 0}
      trigger={
        <span>
          {title}
          {selected.length > 0 && (
            <span className="font-medium">
              : {selectedLabel}
              {selected.length > 1 ? ` +${selected.length - 1}` : ""}
            </span>
          )}
        </span>
      }
    >
      {() => (
        <div className="flex flex-col gap-2">
          {options.length > SEARCH_FROM && (
            <input
              type="search"
              value={search}
              onChange={(event) => setSearch(event.target.value)}
              placeholder={`Find ${title.toLowerCase()}…`}
              aria-label={`Find ${title.toLowerCase()} options`}
              className="h-8 rounded-md border border-slate-300 bg-white px-2 dark:border-slate-600 dark:bg-slate-950"
            />
          )}
          <fieldset className="max-h-72 overflow-y-auto">
            <legend className="sr-only">{title}</legend>
            {shown.length === 0 && <p className="px-1 py-2 text-slate-500">No values</p>}
            {shown.map((option) => (
              <label
                key={option.value}
                className="flex cursor-pointer items-center gap-2 rounded px-1 py-1 hover:bg-slate-100 dark:hover:bg-slate-800"
              >
                <input
                  type="checkbox"
                  checked={current.includes(option.value)}
                  onChange={() => toggle(option.value)}
                  className="accent-sky-600"
                />
                <span className="min-w-0 flex-1 truncate" title={option.value}>
                  {option.label}
                </span>
                {option.count !== null && (
                  <span className="text-xs text-slate-500 tabular-nums dark:text-slate-400">
                    {formatCount(option.count)}
                  </span>
                )}
              </label>
            ))}
          </fieldset>
          {selected.length > 0 && (
            <button
              type="button"
              onClick={() => onChange([])}
              className="self-start rounded px-1 text-sm text-sky-700 hover:underline dark:text-sky-400"
            >
              Clear {title.toLowerCase()}
            </button>
          )}
        </div>
      )}
    </PopoverPanel>
  );
}
