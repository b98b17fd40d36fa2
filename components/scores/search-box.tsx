"use client";

import { useEffect, useState, type RefObject } from "react";

type SearchBoxProps = {
  value: string | undefined;
  onSearch: (text: string | undefined) => void;
  inputRef: RefObject<HTMLInputElement | null>;
};

export const SEARCH_DEBOUNCE_MS = 350;

/** Comment and text-value search, sent once typing pauses; `/` focuses it from anywhere. */
export function SearchBox({ value, onSearch, inputRef }: SearchBoxProps) {
  const [text, setText] = useState(value ?? "");
  const [shown, setShown] = useState(value);
  const [sent, setSent] = useState(value);
  if (shown !== value) {
    setShown(value);
    // The URL changed under us (Back, a chip, Clear all): show what it holds now. Our own
    // debounced search coming back is not such a change; the person may have typed on since.
    if (value !== sent) setText(value ?? "");
  }

  useEffect(() => {
    const wanted = text.trim() || undefined;
    if (wanted === value) return;
    const timer = setTimeout(() => {
      setSent(wanted);
      onSearch(wanted);
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, value, onSearch]);

  return (
    <div className="relative min-w-56 flex-1">
      <input
        ref={inputRef}
        type="search"
        value={text}
        maxLength={200}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Escape" && text) {
            event.preventDefault();
            setText("");
          }
        }}
        placeholder="Search comments and text values"
        aria-label="Search comments and text values"
        aria-keyshortcuts="/"
        className="h-8 w-full rounded-md border border-slate-300 bg-white pr-8 pl-2 text-sm dark:border-slate-600 dark:bg-slate-950"
      />
      <kbd
        aria-hidden
        className="pointer-events-none absolute top-1.5 right-2 rounded border border-slate-300 px-1 text-xs text-slate-400 dark:border-slate-600"
      >
        /
      </kbd>
    </div>
  );
}
