import { drilldownHref } from "@/components/drilldown/format";
import { dataTypeLabels, sourceLabels, subjectKindLabels } from "@/components/scores/format";
import type { SubjectKind } from "@/db/schema/enums";
import type { ScoreDetailJson } from "@/lib/scores/score-detail";
import { describeConfig } from "./detail-model";
import { DetailLink, Mono, NONE, Time } from "./detail-links";
import { Field, FieldList } from "./detail-section";

/** The ids a score can carry, each a subject of its own with a page. */
const subjectIdFields: {
  key: "traceId" | "observationId" | "sessionId" | "experimentId";
  kind: SubjectKind;
  term: string;
}[] = [
  { key: "traceId", kind: "trace", term: "Trace" },
  { key: "observationId", kind: "observation", term: "Observation" },
  { key: "sessionId", kind: "session", term: "Session" },
  { key: "experimentId", kind: "experiment", term: "Run" },
];

/** Every field of the score as a definition list, with links to the pages of what it refers to. */
export function ScoreFields({
  projectId,
  score,
  timeZone,
}: {
  projectId: string;
  score: ScoreDetailJson;
  timeZone: string;
}) {
  const { subject, author, config } = score;
  return (
    <FieldList>
      <Field term="Id" testId="open-score-id">
        <Mono>{score.id}</Mono>
      </Field>
      <Field term="Data type">{dataTypeLabels[score.dataType]}</Field>
      <Field term="Source">{sourceLabels[score.source]}</Field>
      <Field term="Subject">
        <DetailLink href={drilldownHref.subject(projectId, subject.kind, subject.id)}>
          {`${subjectKindLabels[subject.kind]} · ${subject.id}`}
        </DetailLink>
      </Field>
      {subjectIdFields.map(({ key, kind, term }) => {
        const id = score[key];
        if (!id) return null;
        return (
          <Field key={key} term={term}>
            <DetailLink href={drilldownHref.subject(projectId, kind, id)}>
              <Mono>{id}</Mono>
            </DetailLink>
            {key === "observationId" && score.observationType && ` (${score.observationType})`}
          </Field>
        );
      })}
      <Field term="Annotator">
        {author ? (
          <DetailLink href={drilldownHref.annotator(projectId, author.id)}>
            {author.name ?? author.email ?? author.id}
          </DetailLink>
        ) : (
          NONE
        )}
      </Field>
      {score.authorLabel && <Field term="Author label">{score.authorLabel}</Field>}
      <Field term="Queue">
        {score.queueId ? (
          <DetailLink href={drilldownHref.queue(projectId, score.queueId)}>
            {score.queue?.name ?? score.queueId}
          </DetailLink>
        ) : (
          NONE
        )}
      </Field>
      {score.queueItemId && (
        <Field term="Queue item">
          <Mono>{score.queueItemId}</Mono>
        </Field>
      )}
      <Field term="Environment">{score.environment}</Field>
      <Field term="Timestamp">
        <Time iso={score.timestamp} timeZone={timeZone} />
      </Field>
      <Field term="Created">
        <Time iso={score.createdAt} timeZone={timeZone} />
      </Field>
      <Field term="Updated">
        <Time iso={score.updatedAt} timeZone={timeZone} />
      </Field>
      <Field term="Label definition">
        {config ? (
          <>
            {describeConfig(config)}
            {config.isArchived && <span className="ml-2 text-amber-700 dark:text-amber-300">(archived)</span>}
            {config.description && (
              <span className="block text-slate-600 dark:text-slate-300">{config.description}</span>
            )}
          </>
        ) : (
          "None (free-form label)"
        )}
      </Field>
    </FieldList>
  );
}
