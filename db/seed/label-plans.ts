import type { ConfigCategory, scoreConfigs, ScoreSource } from "../schema";
import { buildJsonPool } from "./json-pools";
import {
  CONFIGLESS_NUMERIC,
  CORRECTION_NAME,
  LABEL_CATALOG,
  type LabelSpec,
  type Widget,
} from "./label-catalog";
import type { LabelPlan } from "./plan-types";
import { type Prng, WeightedPicker } from "./prng";

type ConfigRow = typeof scoreConfigs.$inferSelect;

/** Every widget appears in every project, so each data type and input style can be exercised. */
const REQUIRED_WIDGETS: readonly Widget[] = [
  "numeric",
  "slider",
  "star",
  "percentage",
  "thumbs",
  "boolean",
  "single_select",
  "multi_select",
  "text",
  "json",
];

/**
 * 20–50 catalog labels, most popular first. Popularity follows the catalog's prior with jitter,
 * so projects share a family resemblance (helpfulness is usually big) but are not identical.
 */
export function chooseLabelSpecs(rng: Prng): LabelSpec[] {
  const count = rng.range(20, Math.min(50, LABEL_CATALOG.length));
  const forced = new Set(REQUIRED_WIDGETS.map((w) => rng.pick(LABEL_CATALOG.filter((s) => s.widget === w))));
  const rest = rng.shuffle(LABEL_CATALOG.filter((s) => !forced.has(s))).slice(0, count - forced.size);
  const prior = new Map(LABEL_CATALOG.map((s, i) => [s, (i + 1) * (0.4 + rng.float())]));
  return [...forced, ...rest].sort((a, b) => prior.get(a)! - prior.get(b)!);
}

/** Who produces scores for a label: judges for llm/code evaluators, people for human labels. */
function sourceMix(evaluator: LabelSpec["evaluator"], name: string): WeightedPicker<ScoreSource> {
  const mix: Record<ScoreSource, number> =
    name === CORRECTION_NAME
      ? { API: 20, EVAL: 0, ANNOTATION: 80 }
      : name === CONFIGLESS_NUMERIC.name
        ? { API: 100, EVAL: 0, ANNOTATION: 0 }
        : evaluator === "llm"
          ? { API: 5, EVAL: 85, ANNOTATION: 10 }
          : evaluator === "code"
            ? { API: 25, EVAL: 75, ANNOTATION: 0 }
            : evaluator === "human"
              ? { API: 12, EVAL: 0, ANNOTATION: 88 }
              : { API: 90, EVAL: 0, ANNOTATION: 10 };
  const sources = (Object.keys(mix) as ScoreSource[]).filter((s) => mix[s] > 0);
  return new WeightedPicker(
    sources,
    sources.map((s) => mix[s]),
  );
}

/** What a BOOLEAN config stores, as every API that creates one does (True = 1, False = 0). */
const BOOLEAN_CATEGORIES: ConfigCategory[] = [
  { label: "True", value: 1 },
  { label: "False", value: 0 },
];

/** The categories column of a seeded config: BOOLEAN's fixed pair, CATEGORICAL's own list. */
export const storedCategoriesOf = (spec: LabelSpec): ConfigCategory[] | null =>
  spec.dataType === "BOOLEAN" ? BOOLEAN_CATEGORIES : categoriesOf(spec);

/** Best category first → highest numeric mapping, so "higher is better" holds for categories too. */
export function categoriesOf(spec: LabelSpec): ConfigCategory[] | null {
  const names = spec.categories;
  return names ? names.map((label, i) => ({ label, value: names.length - 1 - i })) : null;
}

export function planFromSpec(spec: LabelSpec, configId: string | null, rng: Prng): LabelPlan {
  const name = spec.name;
  return {
    name,
    configId,
    dataType: spec.dataType,
    widget: spec.widget,
    min: spec.min ?? 0,
    max: spec.max ?? 1,
    step: spec.step ?? null,
    categories: categoriesOf(spec) ?? [],
    multi: spec.widget === "multi_select",
    polarity: spec.polarity ?? 1,
    evaluator: spec.evaluator,
    sources: sourceMix(spec.evaluator, name),
    text: spec.text ?? null,
    jsonPool: spec.dataType === "JSON" ? buildJsonPool(name, rng) : [],
    queueIds: [],
    archivedAtMs: null,
    slug: name,
  };
}

/**
 * A config already in the project: values fit its stored definition, not the catalog's. For a
 * config this generator created, the plan equals the one it was created from.
 */
export function planFromConfig(row: ConfigRow, rng: Prng): LabelPlan | null {
  const catalog = LABEL_CATALOG.find((s) => s.name === row.name);
  const categories = Array.isArray(row.categories) ? row.categories : [];
  if (row.dataType === "CATEGORICAL" && categories.length === 0) return null;
  const spec: LabelSpec = {
    name: row.name,
    dataType: row.dataType === "CORRECTION" ? "TEXT" : row.dataType,
    widget: row.widget,
    min: row.minValue ?? (row.widget === "star" ? 1 : 0),
    max: row.maxValue ?? (row.widget === "star" ? 5 : row.widget === "percentage" ? 100 : 1),
    step: row.step ?? undefined,
    polarity: catalog?.polarity,
    evaluator: row.evaluatorType ?? catalog?.evaluator ?? null,
    text: catalog?.text,
    description: row.description ?? "",
  };
  const plan = planFromSpec(spec, row.id, rng);
  // An archived config keeps its history: scores up to the moment it was archived.
  const archivedAtMs = row.isArchived ? row.updatedAt.getTime() : null;
  return { ...plan, dataType: row.dataType, categories, slug: row.slug ?? row.name, archivedAtMs };
}

/** The config-less names: corrections typed by reviewers, and an NPS metric sent straight from an SDK. */
export function configlessPlans(rng: Prng): LabelPlan[] {
  const correction: LabelSpec = {
    name: CORRECTION_NAME,
    dataType: "TEXT",
    widget: "text",
    evaluator: null,
    description: "",
  };
  const nps: LabelSpec = {
    name: CONFIGLESS_NUMERIC.name,
    dataType: "NUMERIC",
    widget: "numeric",
    min: CONFIGLESS_NUMERIC.min,
    max: CONFIGLESS_NUMERIC.max,
    step: 1,
    evaluator: null,
    description: "",
  };
  return [
    { ...planFromSpec(correction, null, rng), dataType: "CORRECTION", widget: null },
    { ...planFromSpec(nps, null, rng), widget: null },
  ];
}
