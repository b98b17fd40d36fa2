"use client";

import { useQuery } from "@tanstack/react-query";
import { apiPath, fetchApi, type ScoreJson } from "@/lib/scores/use-score-list";
import { jsonPreview } from "./format";

type ScorePanelProps = {
  projectId: string;
  scoreId: string;
  /** The row when it is loaded in the table; otherwise the panel fetches the score. */
  loaded: ScoreJson | undefined;
  onClose: () => void;
};

/**
 * The open score (`?score=<id>`): a minimal side panel with its id, label and value. The full
 * detail drawer (issue 9) replaces this component; the explorer only decides when it is open.
 */
export function ScorePanel({ projectId, scoreId, loaded, onClose }: ScorePanelProps) {
  const fetched = useQuery({
    queryKey: ["scores", "detail", projectId, scoreId],
    queryFn: ({ signal }) =>
      fetchApi<ScoreJson>(apiPath(`scores/${encodeURIComponent(scoreId)}`, projectId), signal),
    enabled: !loaded,
  });
  const score = loaded ?? fetched.data;
  return (
    <aside
      aria-label="Open score"
      className="fixed inset-y-0 right-0 z-40 flex w-96 max-w-full flex-col gap-3 border-l border-slate-200 bg-white p-5 shadow-xl dark:border-slate-700 dark:bg-slate-900"
    >
      <div className="flex items-center justify-between">
        <h2 className="text-lg font-semibold">Score</h2>
        <button
          type="button"
          onClick={onClose}
          aria-label="Close score"
          aria-keyshortcuts="Escape"
          className="rounded px-2 py-1 text-sm hover:bg-slate-100 dark:hover:bg-slate-800"
        >
          Close <kbd className="text-xs text-slate-400">Esc</kbd>
        </button>
      </div>
      {!score && fetched.isPending && <p className="text-sm text-slate-500">Loading…</p>}
      {!score && fetched.isError && (
        <p role="alert" className="text-sm text-rose-700 dark:text-rose-300">
          {fetched.error.message}
        </p>
      )}
      {score && (
        <dl className="grid grid-cols-[6rem_1fr] gap-x-3 gap-y-2 text-sm">
          <dt className="text-slate-500">Id</dt>
          <dd className="font-mono text-xs break-all" data-testid="open-score-id">
            {score.id}
          </dd>
          <dt className="text-slate-500">Label</dt>
          <dd>{score.name}</dd>
          <dt className="text-slate-500">Value</dt>
          <dd className="text-2xl font-semibold break-words">
            {typeof score.value === "string" ? score.value : jsonPreview(score.value, 400)}
          </dd>
        </dl>
      )}
    </aside>
  );
}
