"use client";

import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { CopyButton } from "@/components/ui/copy-button";
import { sameJson } from "@/lib/scores/revision-diff";
import {
  ENTRIES_PAGE,
  LONG_TEXT,
  containerOfMore,
  isEmptyJson,
  keyAction,
  kindOf,
  sizeText,
  visibleFocus,
  visibleRows,
  type EntryRow,
  type TreeRow,
} from "./json-tree-model";
import { JsonPrimitive, MoreTextButton } from "./json-tree-value";

/**
 * Metadata, input or output as a collapsible tree (WAI-ARIA tree view: one tab stop, arrows move,
 * Right/Left open and close, Enter/Space toggle). Rows are rendered flat with aria-level, so a
 * row's accessible name is its own line, not its whole subtree. `label` names the tree and the copy button.
 */
export function JsonTree({ value, label }: { value: unknown; label: string }) {
  if (isEmptyJson(value)) {
    return <p className="text-sm text-slate-400 italic dark:text-slate-500">none</p>;
  }
  const kind = kindOf(value);
  return (
    <div className="flex flex-col gap-1">
      <div className="flex justify-end">
        <CopyButton value={JSON.stringify(value, null, 2)} label={`Copy ${label} as JSON`} />
      </div>
      {kind === "object" || kind === "array" ? (
        <JsonTreeRows root={value} label={label} />
      ) : (
        <TopLevelPrimitive value={value} />
      )}
    </div>
  );
}

function TopLevelPrimitive({ value }: { value: unknown }) {
  const [full, setFull] = useState(false);
  const long = typeof value === "string" && value.length > LONG_TEXT;
  return (
    <p className="font-mono text-xs">
      <JsonPrimitive value={value} full={full} />
      {long && (
        <MoreTextButton full={full} hidden={value.length - LONG_TEXT} onToggle={() => setFull(!full)} />
      )}
    </p>
  );
}

const withEntry = <V,>(map: ReadonlyMap<string, V>, key: string, value: V) => new Map(map).set(key, value);

function JsonTreeRows({ root, label }: { root: unknown; label: string }) {
  const [open, setOpen] = useState<ReadonlyMap<string, boolean>>(new Map());
  const [shown, setShown] = useState<ReadonlyMap<string, number>>(new Map());
  const [fullText, setFullText] = useState<ReadonlySet<string>>(new Set());
  const [focused, setFocused] = useState<string | null>(null);
  // Another document (the drawer stepped to the next score) starts from the defaults; a refetch
  // of the same content keeps what the reader opened.
  const [seenRoot, setSeenRoot] = useState(root);
  if (root !== seenRoot) {
    setSeenRoot(root);
    if (!sameJson(root, seenRoot)) {
      setOpen(new Map());
      setShown(new Map());
      setFullText(new Set());
      setFocused(null);
    }
  }
  const elements = useRef(new Map<string, HTMLLIElement>());
  const pendingFocus = useRef<string | null>(null);

  const rows = useMemo(() => visibleRows(root, { open, shown }), [root, open, shown]);
  const focusId = visibleFocus(rows, focused);

  useEffect(() => {
    if (pendingFocus.current === null) return;
    elements.current.get(pendingFocus.current)?.focus();
    pendingFocus.current = null;
  });

  function moveFocus(id: string) {
    setFocused(id);
    pendingFocus.current = id;
  }

  function activate(row: TreeRow) {
    if (row.type === "more") {
      const container = containerOfMore(row);
      setShown(withEntry(shown, container, (shown.get(container) ?? ENTRIES_PAGE) + ENTRIES_PAGE));
      moveFocus(row.nextId);
      return;
    }
    const next = new Set(fullText);
    if (!next.delete(row.id)) next.add(row.id);
    setFullText(next);
  }

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    if (focusId === null || event.altKey || event.ctrlKey || event.metaKey) return;
    const action = keyAction(rows, focusId, event.key);
    if (!action) return;
    event.preventDefault();
    if (action.type === "focus") moveFocus(action.id);
    else if (action.type === "setOpen") setOpen(withEntry(open, action.id, action.open));
    else activate(rows.find((row) => row.id === action.id)!);
  }

  function onRowClick(row: TreeRow) {
    setFocused(row.id);
    if (row.type === "more") activate(row);
    else if (row.expandable) setOpen(withEntry(open, row.id, !row.open));
  }

  return (
    <ul
      role="tree"
      aria-label={label}
      onKeyDown={onKeyDown}
      className="overflow-x-auto rounded-md border border-slate-200 py-1 font-mono text-xs dark:border-slate-700"
    >
      {rows.map((row) => (
        <li
          key={row.id}
          ref={(element) => {
            if (element) elements.current.set(row.id, element);
            else elements.current.delete(row.id);
          }}
          role="treeitem"
          aria-level={row.level}
          aria-expanded={row.type === "entry" && row.expandable ? row.open : undefined}
          aria-setsize={row.type === "entry" ? row.siblings : undefined}
          aria-posinset={row.type === "entry" ? row.position : undefined}
          // Nothing is selectable here; the attribute says so explicitly.
          aria-selected={false}
          tabIndex={row.id === focusId ? 0 : -1}
          onFocus={(event) => {
            if (event.target === event.currentTarget) setFocused(row.id);
          }}
          onClick={() => onRowClick(row)}
          style={{ paddingLeft: `${(row.level - 1) * 1.25 + 0.5}rem` }}
          className="cursor-default py-0.5 pr-2 outline-none hover:bg-slate-100 focus-visible:bg-sky-50 focus-visible:ring-2 focus-visible:ring-sky-600 focus-visible:ring-inset dark:hover:bg-slate-800 dark:focus-visible:bg-sky-950"
        >
          {row.type === "more" ? (
            <span className="text-sky-700 dark:text-sky-400">
              Show {Math.min(row.hidden, ENTRIES_PAGE).toLocaleString("en-US")} more (
              {row.hidden.toLocaleString("en-US")} hidden)
            </span>
          ) : (
            <EntryLine row={row} full={fullText.has(row.id)} onToggleText={() => activate(row)} />
          )}
        </li>
      ))}
    </ul>
  );
}

function EntryLine({ row, full, onToggleText }: { row: EntryRow; full: boolean; onToggleText: () => void }) {
  const container = row.kind === "object" || row.kind === "array";
  const keyClass =
    typeof row.key === "number" ? "text-slate-400 dark:text-slate-500" : "text-slate-700 dark:text-slate-200";
  return (
    <span className="block [overflow-wrap:anywhere]">
      <span aria-hidden="true" className="inline-block w-4 text-slate-400">
        {row.expandable ? (row.open ? "▾" : "▸") : ""}
      </span>
      <span className={keyClass}>{row.key}:</span>{" "}
      {container ? (
        <span className="text-slate-500 dark:text-slate-400">
          {row.kind === "array" ? "[" : "{"}
          {row.size === 0 ? "" : sizeText(row.kind, row.size)}
          {row.kind === "array" ? "]" : "}"}
        </span>
      ) : (
        <>
          <JsonPrimitive value={row.value} full={full} />
          {row.longText && (
            <MoreTextButton
              inTree
              full={full}
              hidden={(row.value as string).length - LONG_TEXT}
              onToggle={onToggleText}
            />
          )}
        </>
      )}
    </span>
  );
}
