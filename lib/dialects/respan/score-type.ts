import type { ScoreDataType, ScoreRow, ScoreSource } from "@/db/schema";
import type { LabelRow } from "@/lib/labels/labels";

/**
 * Respan's `type` and `score_value_type`, derived from canonical rows. One derivation serves the
 * formatter and the filter compiler, so a score shows the type that filtering on `type` matches:
 * the stored `kind` when a client sent one; otherwise EVAL → the evaluator's type or `llm`,
 * ANNOTATION → `human_<value type>`, API → `api`.
 */
export type Evaluator = LabelRow;

const valueTypeOfWidget: Record<Evaluator["widget"], string> = {
  numeric: "numerical",
  slider: "numerical",
  star: "numerical",
  percentage: "percentage",
  thumbs: "boolean",
  boolean: "boolean",
  single_select: "single_select",
  multi_select: "multi_select",
  text: "text",
  json: "json",
};

export const valueTypeOfDataType: Record<ScoreDataType, string> = {
  NUMERIC: "numerical",
  BOOLEAN: "boolean",
  CATEGORICAL: "categorical",
  TEXT: "text",
  CORRECTION: "text",
  JSON: "json",
};

export const valueTypeOfEvaluator = (evaluator: Evaluator): string => valueTypeOfWidget[evaluator.widget];

/** Respan's slug of an evaluator: the slug when one was set, else the config's name. */
export const slugOf = (evaluator: Pick<Evaluator, "slug" | "name">): string =>
  evaluator.slug ?? evaluator.name;

export const evalTypeOf = (evaluator: Evaluator | undefined): string => evaluator?.evaluatorType ?? "llm";

export const annotationTypeOf = (evaluator: Evaluator | undefined, dataType: ScoreDataType): string =>
  `human_${evaluator ? valueTypeOfEvaluator(evaluator) : valueTypeOfDataType[dataType]}`;

export function deriveType(
  row: Pick<ScoreRow, "kind" | "source" | "dataType">,
  evaluator: Evaluator | undefined,
): string {
  if (row.kind) return row.kind;
  if (row.source === "API") return "api";
  if (row.source === "EVAL") return evalTypeOf(evaluator);
  return annotationTypeOf(evaluator, row.dataType);
}

/** The source a written `type` implies: `api` → API, `human…` → ANNOTATION, any evaluator kind → EVAL. */
export function sourceOfType(type: string): ScoreSource {
  if (type === "api") return "API";
  return type.startsWith("human") ? "ANNOTATION" : "EVAL";
}
