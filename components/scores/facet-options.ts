import type { FacetKey } from "@/lib/scores/facets";
import type { FacetsResponse, FilterOptions } from "@/lib/scores/use-score-facets";
import { dataTypeLabels, sourceLabels, subjectKindLabels } from "./format";

/**
 * A picker's options: every value the project knows (option lists, fixed enums) merged with the
 * facet counts for the current filters, labelled with display names, never raw ids.
 */
export type PickerOption = { value: string; label: string; count: number | null };

const enumLabels: Partial<Record<FacetKey, Record<string, string>>> = {
  source: sourceLabels,
  dataType: dataTypeLabels,
  subjectKind: subjectKindLabels,
};

/** id → display name from the option lists, for the keys whose values are ids. */
function knownLabels(key: FacetKey, options: FilterOptions | undefined): Map<string, string> {
  const fixed = enumLabels[key];
  if (fixed) return new Map(Object.entries(fixed));
  if (!options) return new Map();
  switch (key) {
    case "authorUserId":
      return new Map(options.members.map((member) => [member.id, member.name ?? member.email]));
    case "queueId":
      return new Map(options.queues.map((queue) => [queue.id, queue.name]));
    case "environment":
      return new Map(options.environments.map((env) => [env.name, env.name]));
    default:
      return new Map(options.configs.map((config) => [config.name, config.name]));
  }
}

export function pickerOptionsOf(
  key: FacetKey,
  facets: FacetsResponse | undefined,
  options: FilterOptions | undefined,
  selected: readonly string[],
): PickerOption[] {
  const labels = knownLabels(key, options);
  const counts = new Map<string, number>();
  for (const bucket of facets?.facets[key] ?? []) {
    counts.set(bucket.value, bucket.count);
    if (!labels.has(bucket.value) || labels.get(bucket.value) === bucket.value) {
      labels.set(bucket.value, enumLabels[key]?.[bucket.value] ?? bucket.label);
    }
  }
  for (const value of selected) if (!labels.has(value)) labels.set(value, value);

  const result = [...labels].map(([value, label]) => ({
    value,
    label,
    count: facets ? (counts.get(value) ?? 0) : null,
  }));
  if (enumLabels[key]) return result; // fixed enums keep their natural order
  return result.sort((a, b) => (b.count ?? 0) - (a.count ?? 0) || a.label.localeCompare(b.label));
}

/** The display name of one value, for chips. */
export function optionLabelOf(
  key: FacetKey,
  value: string,
  facets: FacetsResponse | undefined,
  options: FilterOptions | undefined,
): string {
  const fromOptions = knownLabels(key, options).get(value);
  if (fromOptions && fromOptions !== value) return fromOptions;
  return facets?.facets[key]?.find((bucket) => bucket.value === value)?.label ?? fromOptions ?? value;
}
