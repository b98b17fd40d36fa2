import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import type { facetsResponseSchema } from "./score-json";
import { apiPath, fetchApi } from "./use-score-list";

/**
 * The filter bar's data: facet counts for the current filters (each facet ignores its own
 * filter, so a picker still shows the values it could switch to) and the option lists that
 * give ids their display names.
 */
export type FacetsResponse = z.output<typeof facetsResponseSchema>;

export type LabelConfig = {
  id: string;
  name: string;
  dataType: string;
  minValue: number | null;
  maxValue: number | null;
  categories: unknown;
};
export type FilterOptions = {
  configs: LabelConfig[];
  members: { id: string; name: string | null; email: string }[];
  queues: { id: string; name: string }[];
  environments: { name: string }[];
};

export function useScoreFacets(projectId: string, facetQuery: string) {
  return useQuery({
    queryKey: ["scores", "facets", projectId, facetQuery],
    queryFn: ({ signal }) =>
      fetchApi<FacetsResponse>(apiPath("scores/facets", projectId, facetQuery), signal),
    placeholderData: keepPreviousData,
  });
}

const OPTIONS_STALE_MS = 5 * 60_000;

async function fetchOptions(projectId: string, signal: AbortSignal): Promise<FilterOptions> {
  const list = <T>(path: string) =>
    fetchApi<{ data: T[] }>(apiPath(path, projectId), signal).then((body) => body.data);
  const [configs, members, queues, environments] = await Promise.all([
    list<LabelConfig>("configs"),
    list<FilterOptions["members"][number]>("members"),
    list<FilterOptions["queues"][number]>("queues"),
    list<FilterOptions["environments"][number]>("environments"),
  ]);
  return { configs, members, queues, environments };
}

/** Labels, members, queues and environments change rarely: one fetch of all four, kept for minutes. */
export function useFilterOptions(projectId: string) {
  return useQuery({
    queryKey: ["scores", "options", projectId],
    queryFn: ({ signal }) => fetchOptions(projectId, signal),
    staleTime: OPTIONS_STALE_MS,
  });
}
