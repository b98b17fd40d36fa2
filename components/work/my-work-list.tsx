import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import type { MyQueue } from "@/lib/queues/my-work";

/** A person's queues with what is left for them, each with a way in. */
export function MyWorkList({ projectId, queues }: { projectId: string; queues: MyQueue[] }) {
  if (queues.length === 0) {
    return (
      <p className="text-sm text-slate-600 dark:text-slate-400">No queues for you in this project yet.</p>
    );
  }
  const base = `/projects/${encodeURIComponent(projectId)}/queues`;
  return (
    <ul className="flex flex-col divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-700 dark:border-slate-700">
      {queues.map((queue) => (
        <li key={queue.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
          <div className="min-w-0">
            <h3 className="font-medium">
              <Link
                href={`${base}/${encodeURIComponent(queue.id)}`}
                className="underline-offset-2 hover:underline"
              >
                {queue.name}
              </Link>
            </h3>
            {queue.description ? (
              <p className="text-sm text-slate-600 dark:text-slate-400">{queue.description}</p>
            ) : null}
            <p className="text-sm tabular-nums text-slate-700 dark:text-slate-300">
              {queue.left} of {queue.total} left for you{queue.assigned ? " · assigned to you" : ""}
            </p>
          </div>
          {queue.left > 0 ? (
            <Link
              href={`${base}/${encodeURIComponent(queue.id)}/work`}
              className={buttonClass("primary")}
              aria-label={`Start ${queue.name}`}
            >
              Start
            </Link>
          ) : (
            <span className="text-sm text-slate-600 dark:text-slate-400">Done</span>
          )}
        </li>
      ))}
    </ul>
  );
}
