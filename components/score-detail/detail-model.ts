import { subjectIdKeys } from "@/components/scores/subject-filter";
import { dataTypeLabels, formatNumber, rangePositionOf } from "@/components/scores/format";
import type { ScoreDetailJson } from "@/lib/scores/score-detail";

/**
 * What the detail view derives from a score: its place on the label's scale, the label's
 * categories with the chosen ones marked, and the list query for its subject's other scores.
 * Pure, so it is unit-tested.
 */
export type ScoreConfigJson = NonNullable<ScoreDetailJson["config"]>;

/** How many other scores of the subject the drawer lists before pointing to the subject page. */
export const OTHER_SCORES_SHOWN = 20;

/** The score's full page. */
export const scorePageHref = (projectId: string, scoreId: string) =>
  `/projects/${encodeURIComponent(projectId)}/scores/${encodeURIComponent(scoreId)}`;

/** GET /api/v1/scores parameters for every score on the same subject (kind and its id parameter). */
export function subjectScoresQuery(subject: ScoreDetailJson["subject"]): string {
  return new URLSearchParams({
    subjectKind: subject.kind,
    [subjectIdKeys[subject.kind]]: subject.id,
    // one more than shown: the open score itself is among them
    limit: String(OTHER_SCORES_SHOWN + 1),
  }).toString();
}

export type Scale = { min: number; max: number; position: number };

/** A numeric value's place between the label's min and max, or null without a usable range. */
export function scaleOf(value: unknown, config: ScoreConfigJson | null): Scale | null {
  if (typeof value !== "number" || !config) return null;
  const position = rangePositionOf(value, config.minValue, config.maxValue);
  return position === null ? null : { min: config.minValue!, max: config.maxValue!, position };
}

export type CategoryChoice = { label: string; value: number | null; chosen: boolean };

/**
 * Every category of the label in its order, the chosen ones marked; a chosen value the label
 * does not (or no longer) define is appended, so nothing the score holds is hidden.
 */
export function categoryChoicesOf(value: unknown, config: ScoreConfigJson | null): CategoryChoice[] {
  const chosen = new Set(Array.isArray(value) ? value.map(String) : value == null ? [] : [String(value)]);
  const defined = (config?.categories ?? []).map((category) => ({
    label: category.label,
    value: category.value,
    chosen: chosen.has(category.label),
  }));
  const known = new Set(defined.map((category) => category.label));
  const extra = [...chosen]
    .filter((label) => !known.has(label))
    .map((label) => ({ label, value: null, chosen: true }));
  return [...defined, ...extra];
}

/** The label's definition in one line: "Numeric, 0 to 1, step 0.1" or "Categorical: good, bad". */
export function describeConfig(config: ScoreConfigJson): string {
  const bound = (value: number | null, none: string) => (value === null ? none : formatNumber(value));
  const parts: string[] = [dataTypeLabels[config.dataType]];
  if (config.minValue !== null || config.maxValue !== null) {
    parts.push(`${bound(config.minValue, "−∞")} to ${bound(config.maxValue, "∞")}`);
  }
  if (config.step !== null) parts.push(`step ${formatNumber(config.step)}`);
  const text = parts.join(", ");
  const categories = config.categories?.map((category) => category.label) ?? [];
  return categories.length > 0 ? `${text}: ${categories.join(", ")}` : text;
}
