"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ItemForm } from "./item-form";
import { KeyHelp } from "./key-help";
import { SubjectPanel } from "./subject-panel";
import { useWorkspace } from "./use-workspace";
import type { WorkQueue } from "./work-types";

const typing = (target: EventTarget | null) => {
  if (!(target instanceof HTMLElement)) return false;
  if (
    target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  )
    return true;
  return (
    target instanceof HTMLInputElement && !["radio", "checkbox", "button", "submit"].includes(target.type)
  );
};

/** One item at a time, keyboard first: the subject on the left, the answer form on the right. */
export function Workspace({ projectId, queue }: { projectId: string; queue: WorkQueue }) {
  const { state, submit, skip, step, saveEarlier } = useWorkspace(projectId, queue.id);
  const [help, setHelp] = useState(false);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (event.key === "Escape" && typing(event.target)) {
        (event.target as HTMLElement).blur();
        return;
      }
      if (typing(event.target) || document.querySelector("dialog[open]")) return;
      const actions: Record<string, () => void> = {
        "?": () => setHelp(true),
        s: () => void skip(),
        "[": () => void step(-1),
        "]": () => void step(1),
      };
      const action = actions[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [skip, step]);

  const shown = state.viewing ?? state.current;
  const queueHref = `/projects/${encodeURIComponent(projectId)}/queues/${encodeURIComponent(queue.id)}`;

  return (
    <main className="mx-auto flex max-w-7xl flex-col gap-4 px-6 py-5">
      <header className="flex flex-wrap items-baseline justify-between gap-3">
        <div>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            <Link href={queueHref} className="underline-offset-2 hover:underline">
              Queue
            </Link>
          </p>
          <h1 className="text-xl font-semibold tracking-tight">{queue.name}</h1>
        </div>
        <div className="flex items-center gap-3">
          <p aria-live="polite" data-testid="work-left" className="text-sm font-medium tabular-nums">
            {state.status === "loading" ? "Loading…" : `${state.left} of ${state.total} left`}
          </p>
          <Button variant="ghost" onClick={() => setHelp(true)} aria-keyshortcuts="?">
            Keys <kbd className="rounded border border-current px-1 text-xs">?</kbd>
          </Button>
        </div>
      </header>

      {state.message ? (
        <Alert tone={state.status === "error" ? "error" : "info"}>{state.message}</Alert>
      ) : null}

      {state.status === "waiting" && !state.viewing ? (
        <section className="rounded-lg border border-slate-200 p-8 text-center dark:border-slate-700">
          <h2 className="text-lg font-semibold">Others are working on what is left</h2>
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
            The items left for you are open by someone else right now. The next one appears here as soon as it
            is free.
          </p>
        </section>
      ) : null}

      {state.status === "empty" && !state.viewing ? (
        <section className="rounded-lg border border-slate-200 p-8 text-center dark:border-slate-700">
          <h2 className="text-lg font-semibold">Nothing left for you in this queue</h2>
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
            Every item is done by you, complete, or being worked by someone else right now.
            {state.history.length > 0 ? " Press [ to look at what you did." : ""}
          </p>
          <p className="mt-4">
            <Link href={queueHref} className="text-sm underline">
              Back to the queue
            </Link>
          </p>
        </section>
      ) : null}

      {shown ? (
        <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
          <SubjectPanel item={shown} projectId={projectId} />
          <aside aria-label="Annotate" className="flex flex-col gap-3">
            {state.viewing ? (
              <p className="rounded-md bg-amber-50 p-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-200">
                Earlier item {state.historyIndex! + 1} of {state.history.length} in this sitting. Press ] to
                go forward.
              </p>
            ) : null}
            <ItemForm
              key={`${shown.item.id}-${state.viewing ? "earlier" : "current"}`}
              labels={queue.labels}
              item={shown}
              busy={state.busy}
              submitText={state.viewing ? "Save changes" : "Submit and next"}
              onSubmit={state.viewing ? saveEarlier : submit}
            />
            {!state.viewing ? (
              <p className="text-xs text-slate-600 dark:text-slate-400">
                <kbd>Enter</kbd> submits · <kbd>s</kbd> skips · <kbd>[</kbd> <kbd>]</kbd> history ·{" "}
                <kbd>?</kbd> keys
              </p>
            ) : null}
            {!state.viewing ? (
              <Button
                variant="secondary"
                onClick={() => void skip()}
                disabled={state.busy}
                aria-keyshortcuts="s"
              >
                Skip
              </Button>
            ) : null}
          </aside>
        </div>
      ) : null}
      <KeyHelp open={help} onClose={() => setHelp(false)} />
    </main>
  );
}
