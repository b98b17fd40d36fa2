/**
 * The fields an automated evaluator reports (Respan and FutureAGI write them): the score detail
 * shows them in their own section, and a Langfuse re-create cannot carry them.
 */
export const EVALUATOR_FIELDS = [
  "kind",
  "isPassed",
  "cost",
  "status",
  "errorMessage",
  "promptId",
  "promptVersion",
  "datasetId",
  "automationId",
  "executionTraceId",
] as const;

export type EvaluatorField = (typeof EVALUATOR_FIELDS)[number];

/** A score without any of them, as a human or a plain API call writes it. */
export const noEvaluatorFields = Object.fromEntries(EVALUATOR_FIELDS.map((field) => [field, null])) as Record<
  EvaluatorField,
  null
>;
