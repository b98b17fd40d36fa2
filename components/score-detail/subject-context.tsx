import { subjectKindLabels } from "@/components/scores/format";
import type { ScoreDetailJson } from "@/lib/scores/score-detail";
import { Time } from "./detail-links";
import { Field, FieldList, mutedClass } from "./detail-section";
import { JsonTree } from "./json-tree";

type SubjectContext = NonNullable<ScoreDetailJson["subjectContext"]>;

/** What the scored object was, when it was ingested: its name, input, output and metadata. */
export function SubjectContextView({ score, timeZone }: { score: ScoreDetailJson; timeZone: string }) {
  const context = score.subjectContext;
  if (!context) {
    return (
      <p className={mutedClass}>
        No context was stored for this {subjectKindLabels[score.subject.kind].toLowerCase()}; only its scores
        are known.
      </p>
    );
  }
  return (
    <div className="flex flex-col gap-3">
      <FieldList>
        <Field term="Name">{context.name ?? "—"}</Field>
        <Field term="Recorded">
          <Time iso={context.timestamp} timeZone={timeZone} />
        </Field>
      </FieldList>
      <ContextValue title="Input" value={context.input} />
      <ContextValue title="Output" value={context.output} />
      <ContextValue title="Metadata" value={context.metadata} />
    </div>
  );
}

/** Text stays text (a prompt reads better wrapped than quoted); structured values get a tree. */
function ContextValue({ title, value }: { title: string; value: SubjectContext["input"] }) {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") {
    return (
      <div className="flex flex-col gap-1">
        <p className="text-sm font-medium text-slate-600 dark:text-slate-300">{title}</p>
        <pre
          aria-label={`Subject ${title.toLowerCase()}`}
          className="max-h-72 overflow-auto rounded-md bg-slate-100 p-2 text-xs whitespace-pre-wrap dark:bg-slate-800"
        >
          {value}
        </pre>
      </div>
    );
  }
  return <JsonTree value={value} label={`Subject ${title.toLowerCase()}`} />;
}
