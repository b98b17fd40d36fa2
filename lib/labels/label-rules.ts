import type { ConfigCategory, ScoreDataType } from "@/db/schema";
import type { configWidgets } from "@/db/schema/enums";
import { describeTextProblem } from "@/lib/scores/json-value";
import { magnitudeProblem } from "@/lib/scores/score-values";

/**
 * What makes a label (score config) well-formed, whatever API created it. A label's data type
 * decides which settings it may have: only NUMERIC has a range (min < max), only CATEGORICAL
 * has categories (non-empty, unique labels, unique values), BOOLEAN gets the fixed categories
 * True = 1 / False = 0, and CORRECTION has no labels at all. Vendor-specific naming rules
 * (Langfuse's 35-character pattern) live in the vendor's dialect.
 */
export type LabelDataType = Exclude<ScoreDataType, "CORRECTION">;
export type LabelWidget = (typeof configWidgets)[number];

export type LabelSettings = {
  name: string;
  dataType: LabelDataType;
  widget?: LabelWidget;
  minValue?: number | null;
  maxValue?: number | null;
  step?: number | null;
  categories?: ConfigCategory[] | null;
  description?: string | null;
  isArchived?: boolean;
};

export type LabelIssue = { field: string; message: string };

export const MAX_LABEL_NAME = 255;
export const BOOLEAN_CATEGORIES: ConfigCategory[] = [
  { label: "True", value: 1 },
  { label: "False", value: 0 },
];

const widgetTypes: Record<LabelWidget, LabelDataType> = {
  numeric: "NUMERIC",
  slider: "NUMERIC",
  star: "NUMERIC",
  percentage: "NUMERIC",
  thumbs: "BOOLEAN",
  boolean: "BOOLEAN",
  single_select: "CATEGORICAL",
  multi_select: "CATEGORICAL",
  text: "TEXT",
  json: "JSON",
};

const defaultWidgets: Record<LabelDataType, LabelWidget> = {
  NUMERIC: "numeric",
  BOOLEAN: "boolean",
  CATEGORICAL: "single_select",
  TEXT: "text",
  JSON: "json",
};

export const defaultWidgetFor = (dataType: LabelDataType): LabelWidget => defaultWidgets[dataType];

function checkCategories(categories: ConfigCategory[] | null | undefined, issues: LabelIssue[]): void {
  if (!categories || categories.length === 0) {
    issues.push({ field: "categories", message: "CATEGORICAL configs need at least one category" });
    return;
  }
  if (categories.some((category) => category.label.trim() === "")) {
    issues.push({ field: "categories", message: "Category labels must not be empty" });
  }
  if (new Set(categories.map((category) => category.label)).size !== categories.length) {
    issues.push({ field: "categories", message: "Category labels must be unique" });
  }
  if (new Set(categories.map((category) => category.value)).size !== categories.length) {
    issues.push({ field: "categories", message: "Category values must be unique" });
  }
}

/** Every problem with `settings`; `categoriesGiven` says whether the client sent categories. */
export function findLabelIssues(settings: LabelSettings, categoriesGiven: boolean): LabelIssue[] {
  const issues: LabelIssue[] = [];
  const nameProblem = describeTextProblem(settings.name);
  if (settings.name.trim() === "" || settings.name.length > MAX_LABEL_NAME) {
    issues.push({ field: "name", message: `Name must have 1 to ${MAX_LABEL_NAME} characters` });
  } else if (nameProblem) {
    issues.push({ field: "name", message: `Name ${nameProblem}` });
  }
  const { dataType, minValue, maxValue } = settings;
  if (settings.widget && widgetTypes[settings.widget] !== dataType) {
    issues.push({ field: "widget", message: `Widget ${settings.widget} does not fit data type ${dataType}` });
  }
  for (const [field, value] of [
    ["minValue", minValue],
    ["maxValue", maxValue],
    ["step", settings.step],
  ] as const) {
    const problem = value == null ? null : magnitudeProblem(value);
    if (problem) issues.push({ field, message: problem });
  }
  settings.categories?.forEach((category, index) => {
    const problem = magnitudeProblem(category.value);
    if (problem) issues.push({ field: `categories.${index}.value`, message: problem });
  });
  const hasRange = (minValue ?? null) !== null || (maxValue ?? null) !== null;
  if (dataType === "NUMERIC") {
    if (minValue != null && maxValue != null && !(maxValue > minValue)) {
      issues.push({ field: "maxValue", message: "Maximum value must be greater than Minimum value" });
    }
  } else if (hasRange) {
    issues.push({ field: "minValue", message: `Only NUMERIC configs have a range, not ${dataType}` });
  }
  if (dataType === "CATEGORICAL") checkCategories(settings.categories, issues);
  else if (categoriesGiven && dataType === "BOOLEAN") {
    issues.push({
      field: "categories",
      message: "BOOLEAN configs get the categories True and False; do not pass any",
    });
  } else if (categoriesGiven) {
    issues.push({
      field: "categories",
      message: `Only CATEGORICAL configs have categories, not ${dataType}`,
    });
  }
  return issues;
}

/** The categories to store: generated for BOOLEAN, as given for CATEGORICAL, none otherwise. */
export function storedCategoriesOf(settings: LabelSettings): ConfigCategory[] | null {
  if (settings.dataType === "BOOLEAN") return BOOLEAN_CATEGORIES;
  if (settings.dataType === "CATEGORICAL") return settings.categories ?? null;
  return null;
}
