import { formatTimestamp } from "@/components/scores/format";
import { formatChangeValue, summarizeRevision, type FieldChange } from "@/lib/scores/revision-diff";
import type { ScoreRevision } from "@/lib/scores/use-score-revisions";
import { actionLabels, describeActor, formatRelativeTime } from "./revision-format";

/** One entry of the history: what happened, who did it, when, and for an update the changed fields. */
export function RevisionItem({
  revision,
  timeZone,
  now,
}: {
  revision: ScoreRevision;
  timeZone: string;
  /** 0 while rendering on the server, which shows no relative time. */
  now: number;
}) {
  const actor = describeActor(revision.actor);
  const summary = summarizeRevision(revision);
  return (
    <li className="flex flex-col gap-1 border-l-2 border-slate-200 pl-3 dark:border-slate-700">
      <p className="text-sm">
        <span className="font-medium">{actionLabels[revision.action] ?? revision.action}</span>
        <span className="text-slate-500 dark:text-slate-400"> by </span>
        <span>{actor.name}</span>
        {actor.detail && (
          <span className="ml-1 text-xs break-all text-slate-500 dark:text-slate-400">({actor.detail})</span>
        )}
      </p>
      <p className="text-xs text-slate-500 dark:text-slate-400">
        <time dateTime={revision.createdAt}>{formatTimestamp(revision.createdAt, timeZone)}</time>
        {now > 0 && <span> · {formatRelativeTime(revision.createdAt, now)}</span>}
      </p>
      {summary.action === "create" && <ValueLine label="value" value={summary.value} />}
      {summary.action === "delete" && <ValueLine label="value was" value={summary.value} />}
      {summary.action === "update" && <ChangeList changes={summary.changes} />}
    </li>
  );
}

function ValueLine({ label, value }: { label: string; value: unknown }) {
  return (
    <p className="text-xs">
      <span className="text-slate-500 dark:text-slate-400">{label} </span>
      <code className="font-mono break-all">{formatChangeValue(value)}</code>
    </p>
  );
}

function ChangeList({ changes }: { changes: FieldChange[] }) {
  if (changes.length === 0) {
    return <p className="text-xs text-slate-500 dark:text-slate-400">Saved again without changes.</p>;
  }
  return (
    <ul className="flex flex-col gap-0.5 text-xs" aria-label="Changed fields">
      {changes.map((change) => (
        <li key={change.field} className="break-all">
          <code className="font-mono font-medium">{change.field}</code>
          <span className="sr-only"> changed from </span>
          <del className="ml-2 font-mono text-rose-700 decoration-rose-400 dark:text-rose-300">
            {formatChangeValue(change.before)}
          </del>
          <span aria-hidden="true" className="mx-1 text-slate-400">
            →
          </span>
          <span className="sr-only"> to </span>
          <ins className="font-mono text-emerald-700 no-underline dark:text-emerald-300">
            {formatChangeValue(change.after)}
          </ins>
        </li>
      ))}
    </ul>
  );
}
