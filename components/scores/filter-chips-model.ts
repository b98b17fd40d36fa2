import type { FacetKey } from "@/lib/scores/facets";
import type { ScoreListParams } from "@/lib/scores/filters";
import { activeFilterKeys, type FilterKey } from "./explorer-url";
import { formatNumber, formatTimestamp, timeRangeLabels } from "./format";

/**
 * One removable chip per active filter. Related parameters share a chip (a time window is
 * `range` or `fromTimestamp` + `toTimestamp`; a value range is `valueMin` + `valueMax`), and
 * removing the chip removes all of them. Unknown future keys still get a plain chip.
 */
export type Chip = { id: string; keys: FilterKey[]; label: string; text: string };
export type LabelOf = (key: FacetKey, value: string) => string;

const groups: { keys: FilterKey[]; label: string }[] = [
  { keys: ["q"], label: "Search" },
  { keys: ["range", "fromTimestamp", "toTimestamp"], label: "Time" },
  { keys: ["name"], label: "Label" },
  { keys: ["source"], label: "Source" },
  { keys: ["authorUserId"], label: "Annotator" },
  { keys: ["environment"], label: "Environment" },
  { keys: ["queueId"], label: "Queue" },
  { keys: ["dataType"], label: "Data type" },
  { keys: ["subjectKind"], label: "Subject kind" },
  { keys: ["valueMin", "valueMax"], label: "Value" },
  { keys: ["value"], label: "Value is" },
  { keys: ["traceId"], label: "Trace id" },
  { keys: ["observationId"], label: "Observation id" },
  { keys: ["sessionId"], label: "Session id" },
  { keys: ["experimentId"], label: "Experiment id" },
  { keys: ["id"], label: "Score id" },
  { keys: ["configId"], label: "Label id" },
  { keys: ["hasComment"], label: "Has comment" },
];

const facetKeys = new Set<string>([
  "name",
  "source",
  "dataType",
  "environment",
  "authorUserId",
  "queueId",
  "subjectKind",
]);
const MAX_LISTED = 3;

function listText(key: FilterKey, values: string[], labelOf: LabelOf): string {
  const labels = facetKeys.has(key) ? values.map((value) => labelOf(key as FacetKey, value)) : values;
  const shown = labels.slice(0, MAX_LISTED).join(", ");
  return labels.length > MAX_LISTED ? `${shown} +${labels.length - MAX_LISTED}` : shown;
}

function timeText(params: ScoreListParams, timeZone: string): string {
  if (params.range) return timeRangeLabels[params.range];
  const at = (date: Date) => formatTimestamp(date.toISOString(), timeZone).slice(0, 16);
  if (params.fromTimestamp && params.toTimestamp)
    return `${at(params.fromTimestamp)} – ${at(params.toTimestamp)}`;
  return params.fromTimestamp ? `from ${at(params.fromTimestamp)}` : `until ${at(params.toTimestamp!)}`;
}

function valueRangeText({ valueMin, valueMax }: ScoreListParams): string {
  if (valueMin !== undefined && valueMax !== undefined)
    return `${formatNumber(valueMin)} – ${formatNumber(valueMax)}`;
  return valueMin !== undefined ? `≥ ${formatNumber(valueMin)}` : `≤ ${formatNumber(valueMax!)}`;
}

function textOf(keys: FilterKey[], params: ScoreListParams, labelOf: LabelOf, timeZone: string): string {
  const [key] = keys;
  if (key === "range") return timeText(params, timeZone);
  if (key === "valueMin") return valueRangeText(params);
  if (key === "q") return `“${params.q}”`;
  if (key === "hasComment") return params.hasComment ? "yes" : "no";
  const value = params[key];
  return Array.isArray(value) ? listText(key, value.map(String), labelOf) : String(value);
}

export function chipsOf(params: ScoreListParams, labelOf: LabelOf, timeZone: string): Chip[] {
  const active = new Set<FilterKey>(activeFilterKeys(params));
  const chips: Chip[] = [];
  for (const group of groups) {
    if (!group.keys.some((key) => active.has(key))) continue;
    group.keys.forEach((key) => active.delete(key));
    chips.push({
      id: group.keys[0],
      keys: group.keys,
      label: group.label,
      text: textOf(group.keys, params, labelOf, timeZone),
    });
  }
  for (const key of active) chips.push({ id: key, keys: [key], label: key, text: String(params[key]) });
  return chips;
}

export function withoutKeys(params: ScoreListParams, keys: readonly FilterKey[]): ScoreListParams {
  const next = { ...params };
  for (const key of keys) delete next[key];
  return next;
}
