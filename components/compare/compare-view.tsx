"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useRef } from "react";
import type { Comparison } from "@/lib/analytics/compare";
import { QueryState } from "@/components/drilldown/query-state";
import { PageFrame, Section } from "@/components/drilldown/section";
import { useDrilldown } from "@/components/drilldown/use-drilldown";
import { CompareFiguresView } from "./compare-figures";
import {
  drillKeys,
  pick,
  rangeChoices,
  seriesKeys,
  withDrill,
  withSeries,
  type Drill,
  type SeriesKey,
} from "./compare-url";
import { PairList } from "./pair-list";
import { SeriesPicker, type PickerOptions } from "./series-picker";

type Facets = { facets: PickerOptions };

/** The comparison page: two series chosen in the URL, their figures, and the pairs behind a figure. */
export function CompareView({ projectId }: { projectId: string }) {
  const search = useSearchParams();
  const pathname = usePathname();
  const series = pick(search, seriesKeys);
  const drill: Drill = pick(search, drillKeys);
  const facets = useDrilldown<Facets>(projectId, "/api/v1/scores/facets");
  const ready = Boolean(series.a && series.b);
  // Choices made in quick succession build on each other, not on a URL the router has yet to show.
  const pending = useRef<string | null>(null);
  useEffect(() => {
    pending.current = null;
  }, [search]);
  const latest = () => new URLSearchParams(pending.current ?? search.toString());
  const go = (query: string) => {
    pending.current = query;
    // The native history API: Next syncs useSearchParams without a server round trip (as the explorer does).
    window.history.pushState(null, "", `${pathname}?${query}`);
  };
  const setSeries = (changes: Partial<Record<SeriesKey, string>>) => go(withSeries(latest(), changes));
  const setDrill = (next: Drill | null) => go(withDrill(latest(), next));
  const options: PickerOptions = facets.data?.facets ?? {
    name: [],
    source: [],
    authorUserId: [],
    environment: [],
    queueId: [],
  };
  const nameOf = (facet: keyof PickerOptions, value: string | undefined) =>
    value ? (options[facet].find((o) => o.value === value)?.label ?? value) : undefined;
  const describe = (side: "a" | "b") =>
    [
      series[side],
      series[`${side}Source`],
      nameOf("authorUserId", series[`${side}AuthorUserId`]),
      series[`${side}Environment`],
      nameOf("queueId", series[`${side}QueueId`]),
    ]
      .filter(Boolean)
      .join(" · ");
  return (
    <PageFrame
      kicker="Compare"
      title={ready ? `${describe("a")} vs ${describe("b")}` : "Compare two score series"}
    >
      <form className="grid gap-3 lg:grid-cols-[1fr_1fr_max-content]" onSubmit={(e) => e.preventDefault()}>
        <SeriesPicker
          side="a"
          title="Series A (compared)"
          values={series}
          options={options}
          onChange={setSeries}
        />
        <SeriesPicker
          side="b"
          title="Series B (reference)"
          values={series}
          options={options}
          onChange={setSeries}
        />
        <label className="flex flex-col gap-1 self-start text-xs text-slate-600 dark:text-slate-300">
          Time window
          <select
            className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
            value={series.range ?? ""}
            onChange={(event) => setSeries({ range: event.target.value })}
          >
            {rangeChoices.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        </label>
      </form>
      {ready ? (
        <Figures projectId={projectId} series={series} drill={drill} setDrill={setDrill} />
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-300">
          Choose a label for series A and for series B. Pairs are the subjects both series scored, each with
          its latest score.
        </p>
      )}
    </PageFrame>
  );
}

function Figures({
  projectId,
  series,
  drill,
  setDrill,
}: {
  projectId: string;
  series: Partial<Record<SeriesKey, string>>;
  drill: Drill;
  setDrill: (drill: Drill | null) => void;
}) {
  const query = useDrilldown<Comparison>(projectId, "/api/v1/analytics/compare", {
    ...series,
    include: "figures",
  });
  const drilled = Object.keys(drill).length > 0;
  return (
    <>
      <QueryState query={query} what="comparison">
        {(comparison) => (
          <CompareFiguresView figures={comparison.figures!} drill={drill} onDrill={setDrill} />
        )}
      </QueryState>
      <Section title={drilled ? "Selected pairs" : "All pairs"}>
        <PairList projectId={projectId} series={series} drill={drill} onClear={() => setDrill(null)} />
      </Section>
    </>
  );
}
