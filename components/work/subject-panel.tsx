import Link from "next/link";
import { ScoreValueText } from "./score-value-text";
import { ReadableValue } from "./readable-value";
import type { WorkItem } from "./work-types";

/** What is being judged: the subject's context for reading, and the scores it already has. */
export function SubjectPanel({ item, projectId }: { item: WorkItem; projectId: string }) {
  const { subject } = item;
  const href = `/projects/${encodeURIComponent(projectId)}/subjects/${subject.kind}/${encodeURIComponent(subject.id)}`;
  const empty = subject.input == null && subject.output == null;
  return (
    <article aria-label="Item" className="flex min-w-0 flex-col gap-4" data-item-id={item.item.id}>
      <header>
        <h2 className="text-lg font-semibold break-all">{subject.name ?? subject.id}</h2>
        <p className="text-xs text-slate-600 dark:text-slate-400">
          {subject.kind}{" "}
          <Link href={href} className="font-mono underline-offset-2 hover:underline">
            {subject.id}
          </Link>
        </p>
      </header>
      {empty ? (
        <p className="text-sm text-slate-600 italic dark:text-slate-400">
          No context was stored for this {subject.kind}.
        </p>
      ) : null}
      <ReadableValue title="Input" value={subject.input} />
      <ReadableValue title="Output" value={subject.output} />
      {subject.metadata && Object.keys(subject.metadata as object).length > 0 ? (
        <ReadableValue title="Metadata" value={subject.metadata} />
      ) : null}
      <section aria-label="Existing scores" className="flex flex-col gap-1">
        <h3 className="text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
          Existing scores
        </h3>
        {subject.hiddenScores > 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {subject.hiddenScores} {subject.hiddenScores === 1 ? "score" : "scores"} by others for this
            queue&apos;s labels hidden until you submit.
          </p>
        ) : null}
        {subject.scores.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">None shown.</p>
        ) : (
          <ul className="flex flex-col gap-1 text-sm">
            {subject.scores.slice(0, 30).map((score) => (
              <li key={score.id} className="flex flex-wrap gap-x-2">
                <span className="font-medium">{score.name}</span>
                <ScoreValueText value={score.value} />
                <span className="text-slate-600 dark:text-slate-400">
                  {score.source} · {score.author?.name ?? score.authorLabel ?? "no author"}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
