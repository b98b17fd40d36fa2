"use client";

import { useCallback, type RefObject } from "react";
import type { FacetKey } from "@/lib/scores/facets";
import type { ScoreListParams } from "@/lib/scores/filters";
import type { FacetsResponse, FilterOptions } from "@/lib/scores/use-score-facets";
import { ColumnsMenu } from "./columns-menu";
import { pickerOptionsOf } from "./facet-options";
import { FacetPicker } from "./facet-picker";
import type { ScoreColumnId } from "./score-column-ids";
import { SearchBox } from "./search-box";
import { SubjectFilter, subjectIdKeys } from "./subject-filter";
import { TimeFilter, type TimeWindow } from "./time-filter";
import { ValueRangeFilter } from "./value-range-filter";

type FilterBarProps = {
  params: ScoreListParams;
  setParams: (change: (params: ScoreListParams) => ScoreListParams) => void;
  facets: FacetsResponse | undefined;
  options: FilterOptions | undefined;
  searchRef: RefObject<HTMLInputElement | null>;
  columns: readonly ScoreColumnId[];
  onColumnsChange: (columns: ScoreColumnId[]) => void;
  onColumnsReset: () => void;
};

/** The pickers in the order of dashboard.md; each writes its API parameter. */
const pickers: { key: FacetKey; title: string }[] = [
  { key: "name", title: "Label" },
  { key: "source", title: "Source" },
  { key: "authorUserId", title: "Annotator" },
  { key: "environment", title: "Environment" },
  { key: "queueId", title: "Queue" },
  { key: "dataType", title: "Data type" },
  { key: "subjectKind", title: "Subject kind" },
];

const NONE: string[] = [];
const orUndefined = <T,>(list: T[]) => (list.length > 0 ? list : undefined);

export function FilterBar(props: FilterBarProps) {
  const { params, setParams, facets, options } = props;
  const onSearch = useCallback((q: string | undefined) => setParams((p) => ({ ...p, q })), [setParams]);
  const setTime = (window: TimeWindow) =>
    setParams((p) => ({
      ...p,
      range: undefined,
      fromTimestamp: undefined,
      toTimestamp: undefined,
      ...window,
    }));

  return (
    <div role="search" aria-label="Filter scores" className="flex flex-wrap items-center gap-2">
      <SearchBox value={params.q} onSearch={onSearch} inputRef={props.searchRef} />
      <TimeFilter
        range={params.range}
        fromTimestamp={params.fromTimestamp}
        toTimestamp={params.toTimestamp}
        onChange={setTime}
      />
      {pickers.map(({ key, title }) => {
        const selected = (params[key] ?? NONE) as string[];
        return (
          <FacetPicker
            key={key}
            title={title}
            selected={selected}
            options={pickerOptionsOf(key, facets, options, selected)}
            onChange={(values) => setParams((p) => ({ ...p, [key]: orUndefined(values) }))}
          />
        );
      })}
      <ValueRangeFilter
        min={params.valueMin}
        max={params.valueMax}
        histogram={facets?.numeric}
        onChange={(range) => setParams((p) => ({ ...p, valueMin: range.valueMin, valueMax: range.valueMax }))}
      />
      <SubjectFilter
        params={params}
        onChange={(kind, ids) =>
          setParams((p) => ({
            ...p,
            ...Object.fromEntries(Object.values(subjectIdKeys).map((key) => [key, undefined])),
            [subjectIdKeys[kind]]: orUndefined(ids),
          }))
        }
      />
      <div className="ml-auto">
        <ColumnsMenu
          visible={props.columns}
          onChange={props.onColumnsChange}
          onReset={props.onColumnsReset}
        />
      </div>
    </div>
  );
}
