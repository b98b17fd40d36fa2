import { useSearchParams } from "next/navigation";
import { useCallback, useEffect, useState } from "react";
import {
  explorerSearchOf,
  facetQueryOf,
  listQueryOf,
  withoutDefaults,
  type ExplorerUrl,
} from "@/components/scores/explorer-url";
import type { DroppedParam } from "./filter-codec";
import type { ScoreListParams } from "./filters";

type HistoryMode = "push" | "replace";
type View = Omit<ExplorerUrl, "dropped">;

/** What the server read from the request's URL, so the first render needs no parsing in the browser. */
export type InitialExplorerUrl = { search: string; url: ExplorerUrl };

/**
 * Views by query string: the one the server read, and every URL this page wrote (a written URL
 * reads back as the view it was written from: explorer-url.test.ts). Only a URL from elsewhere
 * needs the schema, which is then loaded on demand (explorer-url-parse.ts carries zod).
 */
const views = new Map<string, ExplorerUrl>();
const MAX_VIEWS = 500;
const keyOf = (search: string) => new URLSearchParams(search).toString();

function remember(search: string, url: ExplorerUrl) {
  if (views.size >= MAX_VIEWS) views.delete(views.keys().next().value!);
  views.set(keyOf(search), url);
}

/**
 * Moves the address bar without a server round trip: Next.js patches the History API, so
 * useSearchParams follows and Back/Forward restore each entry.
 */
function navigate(view: View, mode: HistoryMode): ExplorerUrl {
  const query = explorerSearchOf(view);
  const url = { ...view, params: withoutDefaults(view.params), dropped: [] };
  remember(query, url);
  const href = `${window.location.pathname}${query ? `?${query}` : ""}${window.location.hash}`;
  if (mode === "push") window.history.pushState(null, "", href);
  else window.history.replaceState(null, "", href);
  return url;
}

/**
 * The explorer's state, held in the URL. Filter changes push a history entry (Back restores the
 * previous filters); column choices replace the entry. A URL with bad parameters is rewritten
 * to its valid part, and what was dropped stays in `notice` until dismissed.
 */
export function useScoreFilters(knownColumns: readonly string[], initial: InitialExplorerUrl) {
  if (!views.has(keyOf(initial.search))) remember(initial.search, initial.url);
  const key = keyOf(useSearchParams().toString());
  const [parsed, setParsed] = useState<{ key: string; url: ExplorerUrl } | null>(null);
  const known = views.get(key) ?? (parsed?.key === key ? parsed.url : undefined);
  // While a foreign URL is being read, the previous view stays on screen.
  const [shown, setShown] = useState<ExplorerUrl>(known ?? initial.url);
  const [notice, setNotice] = useState<DroppedParam[]>(shown.dropped);
  if (known && known !== shown) {
    setShown(known);
    if (known.dropped.length > 0) setNotice(known.dropped);
  }
  // Next.js moves useSearchParams in a transition, so a controlled checkbox or input would show
  // its old state until that commits. What this page wrote shows at once, until the address bar's
  // view moves on (the write committed, or Back/Forward).
  const [written, setWritten] = useState<{ from: string; url: ExplorerUrl } | null>(null);
  if (written && written.from !== key) setWritten(null); // else Back to `from` would show it again
  const view = (written?.from === key ? written.url : undefined) ?? known ?? shown;

  useEffect(() => {
    if (views.has(key)) return;
    let current = true;
    void import("@/components/scores/explorer-url-parse").then(({ readExplorerUrl }) => {
      const url = readExplorerUrl(new URLSearchParams(key), knownColumns);
      remember(key, url);
      if (current) setParsed({ key, url });
    });
    return () => {
      current = false;
    };
  }, [key, knownColumns]);

  useEffect(() => {
    if (!known) return;
    const canonical = explorerSearchOf(known);
    if (window.location.search.replace(/^\?/, "") !== canonical) navigate(known, "replace");
  }, [known]);

  /** The view of the address bar right now, so two quick updates never overwrite each other. */
  const latest = useCallback((): View => views.get(keyOf(window.location.search)) ?? view, [view]);
  const write = useCallback(
    (next: View, mode: HistoryMode) => setWritten({ from: key, url: navigate(next, mode) }),
    [key],
  );
  const setParams = useCallback(
    (change: (params: ScoreListParams) => ScoreListParams, mode: HistoryMode = "push") => {
      const current = latest();
      write({ ...current, params: change(current.params) }, mode);
    },
    [latest, write],
  );
  const openScore = useCallback(
    (scoreId: string | null) => {
      const current = latest();
      if (current.scoreId !== scoreId) write({ ...current, scoreId }, "push");
    },
    [latest, write],
  );
  const setColumns = useCallback(
    (columns: string[] | null) => write({ ...latest(), columns }, "replace"),
    [latest, write],
  );

  return {
    params: view.params,
    scoreId: view.scoreId,
    columns: view.columns,
    listQuery: listQueryOf(view.params),
    facetQuery: facetQueryOf(view.params),
    notice,
    dismissNotice: () => setNotice([]),
    setParams,
    openScore,
    setColumns,
  };
}
