import type { ScoreDataType } from "@/db/schema";
import type { ScoreConfigRow } from "@/lib/scores/write-context";

/**
 * FutureAGI label types over Scorelens configs. A config's `widget` carries the label type
 * losslessly; a score without a config gets the type its data type implies. `json` is the one
 * Scorelens type FutureAGI lacks: it is answered as `json` rather than disguised as another type.
 * Invariant: a label type always agrees with the data type of the scores it describes.
 */
export const labelTypes = ["numeric", "star", "thumbs_up_down", "categorical", "text", "json"] as const;
export type LabelType = (typeof labelTypes)[number];

/** What the dialect needs of a config; the full row satisfies it. */
export type LabelConfig = Pick<
  ScoreConfigRow,
  | "id"
  | "name"
  | "dataType"
  | "widget"
  | "minValue"
  | "maxValue"
  | "categories"
  | "description"
  | "isArchived"
> &
  Partial<Pick<ScoreConfigRow, "step" | "createdAt" | "updatedAt">>;

const byWidget: Record<ScoreConfigRow["widget"], LabelType> = {
  numeric: "numeric",
  slider: "numeric",
  percentage: "numeric",
  star: "star",
  thumbs: "thumbs_up_down",
  boolean: "thumbs_up_down",
  single_select: "categorical",
  multi_select: "categorical",
  text: "text",
  json: "json",
};

const byDataType: Record<ScoreDataType, LabelType> = {
  NUMERIC: "numeric",
  BOOLEAN: "thumbs_up_down",
  CATEGORICAL: "categorical",
  TEXT: "text",
  CORRECTION: "text",
  JSON: "json",
};

/** The label type of a score (or config): the widget's when it fits the data type, else the data type's. */
export function labelTypeOf(dataType: ScoreDataType, widget?: ScoreConfigRow["widget"] | null): LabelType {
  const fromData = byDataType[dataType];
  const fromWidget = widget ? byWidget[widget] : undefined;
  if (fromWidget === "star" && fromData === "numeric") return "star";
  return fromWidget === fromData ? fromWidget : fromData;
}

export const isMultiChoice = (config: Pick<LabelConfig, "widget"> | null | undefined) =>
  config?.widget === "multi_select";

/** The vendor's `settings` object per label type, filled from the config's columns. */
export function labelSettingsOf(type: LabelType, config: LabelConfig | null): Record<string, unknown> {
  switch (type) {
    case "numeric":
      return {
        min: config?.minValue ?? null,
        max: config?.maxValue ?? null,
        step_size: config?.step ?? null,
        display_type: config?.widget === "slider" ? "slider" : "button",
      };
    case "star":
      return { no_of_stars: config?.maxValue ?? 5 };
    case "categorical":
      return {
        options: (config?.categories ?? []).map((category) => ({
          label: category.label,
          value: category.value,
        })),
        multi_choice: isMultiChoice(config),
        rule_prompt: "",
        auto_annotate: false,
        strategy: null,
      };
    case "text":
      // Scorelens does not bound text values by label; null says "no limit".
      return { placeholder: "", min_length: 0, max_length: null };
    default:
      return {};
  }
}

/** The labels list's `output_type`. */
export const outputTypeOf: Record<LabelType, string> = {
  numeric: "score",
  star: "score",
  thumbs_up_down: "Pass/Fail",
  categorical: "choices",
  text: "text",
  json: "json",
};
