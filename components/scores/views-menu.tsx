"use client";

import Link from "next/link";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { PopoverPanel } from "@/components/ui/popover-panel";
import { useSavedViews, type SavedView } from "@/lib/views/use-saved-views";

type ViewsMenuProps = {
  projectId: string;
  /** The explorer's query string of what is on screen (filters, sort, columns; no open score). */
  currentQuery: string;
};

const inputClass =
  "h-8 w-full rounded-md border border-slate-300 bg-white px-2 text-sm dark:border-slate-600 dark:bg-slate-900";

/** Saved views: open one (its URL), save the current view, and rename, update or delete your own. */
export function ViewsMenu({ projectId, currentQuery }: ViewsMenuProps) {
  const views = useSavedViews(projectId);
  const current = views.list.data?.find((view) => view.query === currentQuery);
  return (
    <PopoverPanel
      label="Saved views"
      align="end"
      active={Boolean(current)}
      trigger={<span>{current ? `View: ${current.name}` : "Views"}</span>}
      panelClassName="w-96"
    >
      {(close) => (
        <div className="flex flex-col gap-3">
          <h2 className="text-sm font-semibold">Saved views</h2>
          {views.list.isPending && <p className="text-slate-600 dark:text-slate-300">Loading…</p>}
          {views.list.isError && <p role="alert">{views.list.error.message}</p>}
          {views.list.data?.length === 0 && (
            <p className="text-slate-600 dark:text-slate-300">No saved views yet.</p>
          )}
          {views.list.data && views.list.data.length > 0 && (
            <ul className="flex max-h-72 flex-col gap-1 overflow-y-auto" aria-label="Saved views">
              {views.list.data.map((view) => (
                <ViewItem
                  key={view.id}
                  view={view}
                  href={`/projects/${encodeURIComponent(projectId)}/scores${view.query ? `?${view.query}` : ""}`}
                  isCurrent={view === current}
                  currentQuery={currentQuery}
                  views={views}
                  onOpen={close}
                />
              ))}
            </ul>
          )}
          <SaveViewForm currentQuery={currentQuery} views={views} />
        </div>
      )}
    </PopoverPanel>
  );
}

type Views = ReturnType<typeof useSavedViews>;

function ViewItem(props: {
  view: SavedView;
  href: string;
  isCurrent: boolean;
  currentQuery: string;
  views: Views;
  onOpen: () => void;
}) {
  const { view, views } = props;
  const [mode, setMode] = useState<"show" | "rename" | "confirm-delete">("show");
  const [name, setName] = useState(view.name);
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const run = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
      setMode("show");
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };
  const rename = (event: FormEvent) => {
    event.preventDefault();
    void run(() => views.update.mutateAsync({ id: view.id, name }));
  };

  return (
    <li className="rounded-md px-1 py-1 hover:bg-slate-50 dark:hover:bg-slate-800">
      {mode === "rename" ? (
        <form onSubmit={rename} className="flex items-center gap-1">
          <label htmlFor={inputId} className="sr-only">
            New name for {view.name}
          </label>
          <input id={inputId} className={inputClass} value={name} onChange={(e) => setName(e.target.value)} />
          <Button type="submit">Save</Button>
          <Button variant="ghost" onClick={() => setMode("show")}>
            Cancel
          </Button>
        </form>
      ) : (
        <div className="flex items-center gap-2">
          <Link
            href={props.href}
            onClick={props.onOpen}
            aria-current={props.isCurrent ? "page" : undefined}
            className="min-w-0 flex-1 truncate font-medium text-sky-800 underline-offset-2 hover:underline dark:text-sky-300"
          >
            {view.name}
          </Link>
          <span className="shrink-0 text-xs text-slate-600 dark:text-slate-300">
            {view.visibility === "project" ? `Project · ${view.author.name}` : "Only me"}
          </span>
        </div>
      )}
      {view.canEdit && mode !== "rename" && (
        <div className="mt-1 flex flex-wrap gap-1">
          <Button
            variant="ghost"
            className="px-2 py-0.5 text-xs"
            onClick={() => setMode("rename")}
            aria-label={`Rename ${view.name}`}
          >
            Rename
          </Button>
          <Button
            variant="ghost"
            className="px-2 py-0.5 text-xs"
            disabled={props.currentQuery === view.query}
            onClick={() =>
              void run(() => views.update.mutateAsync({ id: view.id, query: props.currentQuery }))
            }
            aria-label={`Update ${view.name} to the current view`}
          >
            Update to current
          </Button>
          {mode === "confirm-delete" ? (
            <Button
              variant="danger"
              className="px-2 py-0.5 text-xs"
              onClick={() => void run(() => views.remove.mutateAsync(view.id))}
              aria-label={`Confirm deleting ${view.name}`}
            >
              Confirm delete
            </Button>
          ) : (
            <Button
              variant="ghost"
              className="px-2 py-0.5 text-xs"
              onClick={() => setMode("confirm-delete")}
              aria-label={`Delete ${view.name}`}
            >
              Delete
            </Button>
          )}
        </div>
      )}
      {error && (
        <p role="alert" className="text-xs text-rose-700 dark:text-rose-300">
          {error}
        </p>
      )}
    </li>
  );
}

function SaveViewForm({ currentQuery, views }: { currentQuery: string; views: Views }) {
  const [name, setName] = useState("");
  const [visibility, setVisibility] = useState<SavedView["visibility"]>("personal");
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const nameId = useId();
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    try {
      const saved = await views.create.mutateAsync({ name, query: currentQuery, visibility });
      setName("");
      setMessage({ error: false, text: `Saved "${saved.name}"` });
    } catch (failure) {
      setMessage({ error: true, text: failure instanceof Error ? failure.message : String(failure) });
    }
  };
  return (
    <form
      onSubmit={save}
      className="flex flex-col gap-2 border-t border-slate-200 pt-3 dark:border-slate-700"
    >
      <label htmlFor={nameId} className="text-sm font-medium">
        Save the current view as
      </label>
      <input
        id={nameId}
        className={inputClass}
        value={name}
        maxLength={100}
        required
        onChange={(event) => setName(event.target.value)}
      />
      <fieldset className="flex gap-4 text-sm">
        <legend className="sr-only">Who sees it</legend>
        <label className="flex items-center gap-1">
          <input
            type="radio"
            name="visibility"
            checked={visibility === "personal"}
            onChange={() => setVisibility("personal")}
          />
          Only me
        </label>
        <label className="flex items-center gap-1">
          <input
            type="radio"
            name="visibility"
            checked={visibility === "project"}
            onChange={() => setVisibility("project")}
          />
          Everyone in the project
        </label>
      </fieldset>
      <Button type="submit" disabled={views.create.isPending}>
        Save view
      </Button>
      {message && (
        <p
          role={message.error ? "alert" : "status"}
          className={message.error ? "text-rose-700 dark:text-rose-300" : ""}
        >
          {message.text}
        </p>
      )}
    </form>
  );
}
