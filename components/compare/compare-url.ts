/**
 * The comparison page's URL: the API's own parameter names (lib/analytics/compare-params.ts),
 * so a page link and an API call read the same. Series and window keys choose the figures; the
 * drill keys choose which pairs the list shows and are cleared whenever the series change.
 */
export const seriesKeys = [
  "a",
  "aSource",
  "aAuthorUserId",
  "aEnvironment",
  "aQueueId",
  "b",
  "bSource",
  "bAuthorUserId",
  "bEnvironment",
  "bQueueId",
  "range",
] as const;
export const drillKeys = ["aValue", "bValue", "aMin", "aMax", "bMin", "bMax", "agreement"] as const;
export type SeriesKey = (typeof seriesKeys)[number];
export type DrillKey = (typeof drillKeys)[number];
export type Drill = Partial<Record<DrillKey, string>>;

export const rangeChoices = [
  { value: "", label: "All time" },
  { value: "24h", label: "Last 24 hours" },
  { value: "7d", label: "Last 7 days" },
  { value: "30d", label: "Last 30 days" },
  { value: "90d", label: "Last 90 days" },
] as const;

export function pick<K extends string>(
  search: URLSearchParams,
  keys: readonly K[],
): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const key of keys) {
    const value = search.get(key);
    if (value) out[key] = value;
  }
  return out;
}

/** A new URL search after setting series keys: empty values removed, the drill cleared. */
export function withSeries(search: URLSearchParams, changes: Partial<Record<SeriesKey, string>>): string {
  const next = new URLSearchParams(search);
  for (const key of drillKeys) next.delete(key);
  for (const [key, value] of Object.entries(changes)) {
    if (value) next.set(key, value);
    else next.delete(key);
  }
  return next.toString();
}

/** A new URL search selecting the pairs behind one figure (or none). */
export function withDrill(search: URLSearchParams, drill: Drill | null): string {
  const next = new URLSearchParams(search);
  for (const key of drillKeys) next.delete(key);
  for (const [key, value] of Object.entries(drill ?? {})) if (value !== undefined) next.set(key, value);
  return next.toString();
}

/** The comparison page for two series, as the label and annotator pages link to it. */
export function compareHref(projectId: string, params: Partial<Record<SeriesKey, string>>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  return `/projects/${encodeURIComponent(projectId)}/compare?${search.toString()}`;
}

/** "A is pass, B is fail" — what a drill selection means, in words. */
export function describeDrill(drill: Drill, format: (n: number) => string): string {
  const parts: string[] = [];
  if (drill.agreement) parts.push(drill.agreement === "agree" ? "A and B agree" : "A and B disagree");
  if (drill.aValue !== undefined) parts.push(`A is ${drill.aValue}`);
  if (drill.bValue !== undefined) parts.push(`B is ${drill.bValue}`);
  for (const side of ["a", "b"] as const) {
    const min = drill[`${side}Min`];
    const max = drill[`${side}Max`];
    if (min !== undefined || max !== undefined)
      parts.push(
        `${side.toUpperCase()} in [${min === undefined ? "…" : format(Number(min))}, ${max === undefined ? "…" : format(Number(max))})`,
      );
  }
  return parts.join(", ");
}
