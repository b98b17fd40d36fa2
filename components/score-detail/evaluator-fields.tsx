import { drilldownHref } from "@/components/drilldown/format";
import { formatNumber } from "@/components/scores/format";
import { EVALUATOR_FIELDS } from "@/lib/scores/evaluator-fields";
import type { ScoreDetailJson } from "@/lib/scores/score-detail";
import { DetailLink, Mono } from "./detail-links";
import { Field, FieldList } from "./detail-section";

/**
 * What an automated evaluator reported (Respan and FutureAGI write these): only the fields that
 * are set. Prompts and datasets have no page in Scorelens, so their ids are shown as they are;
 * the execution trace is a subject with a page.
 */
export const hasEvaluatorFields = (score: ScoreDetailJson) =>
  EVALUATOR_FIELDS.some((key) => score[key] !== null && score[key] !== undefined);

export function EvaluatorFields({ projectId, score }: { projectId: string; score: ScoreDetailJson }) {
  return (
    <FieldList>
      {score.kind && <Field term="Evaluator kind">{score.kind}</Field>}
      {score.isPassed !== null && <Field term="Passed">{score.isPassed ? "✓ Passed" : "✗ Failed"}</Field>}
      {score.cost !== null && <Field term="Cost">{formatNumber(score.cost)}</Field>}
      {score.status && <Field term="Status">{score.status}</Field>}
      {score.errorMessage && (
        <Field term="Error">
          <span className="whitespace-pre-wrap text-rose-700 dark:text-rose-300">{score.errorMessage}</span>
        </Field>
      )}
      {(score.promptId || score.promptVersion !== null) && (
        <Field term="Prompt">
          <Mono>{score.promptId ?? "—"}</Mono>
          {score.promptVersion !== null && ` (version ${score.promptVersion})`}
        </Field>
      )}
      {score.datasetId && (
        <Field term="Dataset">
          <Mono>{score.datasetId}</Mono>
        </Field>
      )}
      {score.automationId && (
        <Field term="Automation">
          <Mono>{score.automationId}</Mono>
        </Field>
      )}
      {score.executionTraceId && (
        <Field term="Execution trace">
          <DetailLink href={drilldownHref.subject(projectId, "trace", score.executionTraceId)}>
            <Mono>{score.executionTraceId}</Mono>
          </DetailLink>
        </Field>
      )}
    </FieldList>
  );
}
