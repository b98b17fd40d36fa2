"use client";

import Link from "next/link";
import { SubjectActions } from "@/components/annotate/subject-actions";
import { formatCount, subjectKindLabels } from "@/components/scores/format";
import type { SubjectKind } from "@/db/schema/enums";
import type { ScoreJson } from "@/lib/scores/use-score-list";
import { drilldownHref, groupByLabel } from "./format";
import { QueryState } from "./query-state";
import { ScoreTable } from "./score-table";
import { linkClass, PageFrame, Section } from "./section";
import { useDrilldown } from "./use-drilldown";

/** GET /api/v1/subjects/{kind}/{id}, as lib/scores/subjects.ts returns it. */
type Subject = {
  kind: SubjectKind;
  id: string;
  traceId: string | null;
  name: string | null;
  input: unknown;
  output: unknown;
  metadata: unknown;
  timestamp: string | null;
  scores: ScoreJson[];
  scoresTruncated: boolean;
};

const kindLabel = (kind: string) => subjectKindLabels[kind as SubjectKind] ?? kind;

/** A judged object: its context when stored, and every score on it grouped by label. */
export function SubjectView({ projectId, kind, id }: { projectId: string; kind: string; id: string }) {
  const query = useDrilldown<Subject>(
    projectId,
    `/api/v1/subjects/${encodeURIComponent(kind)}/${encodeURIComponent(id)}`,
  );
  return (
    <PageFrame kicker={kindLabel(kind)} title={query.data?.name ? `${query.data.name} (${id})` : id}>
      <QueryState query={query} what="subject">
        {(subject) => <SubjectDetail projectId={projectId} subject={subject} />}
      </QueryState>
    </PageFrame>
  );
}

function SubjectDetail({ projectId, subject }: { projectId: string; subject: Subject }) {
  const hasContext = subject.input != null || subject.output != null || subject.name != null;
  return (
    <>
      <SubjectActions
        projectId={projectId}
        subject={{ kind: subject.kind, id: subject.id, traceId: subject.traceId }}
      />
      {subject.traceId && subject.kind !== "trace" && (
        <p className="text-sm">
          In trace{" "}
          <Link className={linkClass} href={drilldownHref.subject(projectId, "trace", subject.traceId)}>
            {subject.traceId}
          </Link>
        </p>
      )}
      <Section title="Context">
        {hasContext ? (
          <div className="grid gap-3 md:grid-cols-2">
            <JsonBlock title="Input" value={subject.input} />
            <JsonBlock title="Output" value={subject.output} />
            <JsonBlock title="Metadata" value={subject.metadata} />
          </div>
        ) : (
          <p className="text-sm text-slate-600 dark:text-slate-300">
            No context was stored for this {kindLabel(subject.kind).toLowerCase()}; only its scores are known.
          </p>
        )}
      </Section>
      <Section title={`Scores (${formatCount(subject.scores.length)}${subject.scoresTruncated ? "+" : ""})`}>
        {groupByLabel(subject.scores).map(([label, scores]) => (
          <section key={label} aria-label={`Label ${label}`} className="flex flex-col gap-1">
            <h3 className="text-sm font-semibold">
              <Link className={linkClass} href={drilldownHref.label(projectId, label)}>
                {label}
              </Link>
            </h3>
            <ScoreTable
              projectId={projectId}
              scores={scores}
              columns={["annotator", "source"]}
              caption={`Scores of ${label} on this subject`}
            />
          </section>
        ))}
      </Section>
    </>
  );
}

/** Stored JSON as indented text; strings are shown as they are (never as HTML). */
function JsonBlock({ title, value }: { title: string; value: unknown }) {
  const text = typeof value === "string" ? value : JSON.stringify(value ?? null, null, 2);
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <h3 className="text-sm font-medium text-slate-600 dark:text-slate-300">{title}</h3>
      <pre className="max-h-72 overflow-auto rounded-md bg-slate-100 p-2 text-xs whitespace-pre-wrap dark:bg-slate-800">
        {text}
      </pre>
    </div>
  );
}
