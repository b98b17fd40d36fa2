"use client";

import { SubjectActions } from "@/components/annotate/subject-actions";
import { isNotFound, useScoreDetail } from "@/lib/scores/use-score-detail";
import type { ScoreDetailJson } from "@/lib/scores/score-detail";
import type { ScoreJson } from "@/lib/scores/use-score-list";
import { useTimeZone } from "@/lib/scores/use-time-zone";
import { DrawerFrame, PageFrame } from "./detail-frame";
import { DetailHeader, type ScoreStepper } from "./detail-header";
import { DetailSection, Field, FieldList, type HeadingLevel } from "./detail-section";
import { DetailError, DetailNotFound, DetailSkeleton } from "./detail-states";
import { EvaluatorFields, hasEvaluatorFields } from "./evaluator-fields";
import { ExampleRequests } from "./example-requests";
import { JsonTree } from "./json-tree";
import { RevisionHistory } from "./revision-history";
import { ScoreEditor } from "./score-editor";
import { ScoreFields } from "./score-fields";
import { ScoreValueDisplay } from "./score-value-display";
import { SubjectContextView } from "./subject-context";
import { SubjectScores } from "./subject-scores";

export type { ScoreStepper } from "./detail-header";

type ScoreDetailProps = {
  projectId: string;
  scoreId: string;
  mode: "drawer" | "page";
  /** The explorer's row for this score, when loaded: its label titles the drawer at once. */
  loaded?: ScoreJson;
  onClose?: () => void;
  /** Prev/Next in the explorer's list order (drawer only). */
  stepper?: ScoreStepper;
  /** Opens another score in place (the drawer); without it, links go to the score's full page. */
  onOpenScore?: (scoreId: string) => void;
};

/**
 * One score in full: the explorer's drawer (`?score=<id>`) and the page /scores/<id> show the
 * same content. The page's server render puts the detail into the query cache first, so it
 * paints without a request; the drawer fetches it, titled by the loaded row meanwhile.
 */
export function ScoreDetail({
  projectId,
  scoreId,
  mode,
  loaded,
  onClose,
  stepper,
  onOpenScore,
}: ScoreDetailProps) {
  const detail = useScoreDetail(projectId, scoreId);
  const Frame = mode === "drawer" ? DrawerFrame : PageFrame;
  const explorerHref = `/projects/${encodeURIComponent(projectId)}/scores`;
  let body;
  if (detail.data) {
    body = (
      <DetailBody
        key={scoreId}
        projectId={projectId}
        score={detail.data}
        level={mode === "drawer" ? 3 : 2}
        onOpenScore={onOpenScore}
      />
    );
  } else if (detail.isPending) body = <DetailSkeleton />;
  else if (isNotFound(detail.error)) {
    body = <DetailNotFound scoreId={scoreId} explorerHref={mode === "page" ? explorerHref : undefined} />;
  } else body = <DetailError message={detail.error.message} onRetry={() => void detail.refetch()} />;
  return (
    <Frame>
      <DetailHeader
        projectId={projectId}
        scoreId={scoreId}
        label={detail.data?.name ?? (loaded?.id === scoreId ? loaded.name : null)}
        mode={mode}
        onClose={onClose}
        stepper={stepper}
      />
      <div className="flex flex-col gap-6 px-5 py-4">{body}</div>
    </Frame>
  );
}

function DetailBody({
  projectId,
  score,
  level,
  onOpenScore,
}: {
  projectId: string;
  score: ScoreDetailJson;
  level: HeadingLevel;
  onOpenScore?: (scoreId: string) => void;
}) {
  const timeZone = useTimeZone();
  return (
    <>
      <DetailSection title="Value" level={level}>
        <ScoreValueDisplay score={score} />
        <FieldList>
          <Field term="Comment">
            {score.comment ? (
              <span className="whitespace-pre-wrap">{score.comment}</span>
            ) : (
              <span className="text-slate-500 dark:text-slate-400">No comment</span>
            )}
          </Field>
        </FieldList>
        <ScoreEditor projectId={projectId} score={score} />
      </DetailSection>
      <DetailSection title="Details" level={level}>
        <ScoreFields projectId={projectId} score={score} timeZone={timeZone} />
      </DetailSection>
      {hasEvaluatorFields(score) && (
        <DetailSection title="Evaluator" level={level}>
          <EvaluatorFields projectId={projectId} score={score} />
        </DetailSection>
      )}
      <DetailSection title="Subject context" level={level}>
        <SubjectContextView score={score} timeZone={timeZone} />
      </DetailSection>
      <DetailSection title="Other scores on this subject" level={level}>
        <SubjectActions
          projectId={projectId}
          subject={{
            kind: score.subject.kind,
            id: score.subject.id,
            traceId: score.subject.traceId ?? score.traceId,
            environment: score.environment,
          }}
        />
        <SubjectScores projectId={projectId} score={score} timeZone={timeZone} onOpen={onOpenScore} />
      </DetailSection>
      <DetailSection title="Metadata" level={level}>
        <JsonTree value={score.metadata} label="Metadata" />
      </DetailSection>
      <DetailSection title="Revision history" level={level}>
        <RevisionHistory projectId={projectId} scoreId={score.id} />
      </DetailSection>
      <DetailSection title="Example requests" level={level}>
        <ExampleRequests projectId={projectId} score={score} />
      </DetailSection>
    </>
  );
}
