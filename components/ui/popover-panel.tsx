"use client";

import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from "react";

type PopoverPanelProps = {
  /** The trigger button's content. */
  trigger: ReactNode;
  /** Accessible name of the trigger and of the panel. */
  label: string;
  /** Highlights the trigger (e.g. a filter that is set). */
  active?: boolean;
  align?: "start" | "end";
  panelClassName?: string;
  children: (close: () => void) => ReactNode;
};

const FOCUSABLE = "input, select, textarea, button, [href], [tabindex]:not([tabindex='-1'])";

/**
 * A button that opens a small non-modal panel under it. Esc or a click outside closes it and
 * focus returns to the button; focus moves into the panel when it opens, so it works by keyboard.
 */
export function PopoverPanel({
  trigger,
  label,
  active,
  align = "start",
  panelClassName,
  children,
}: PopoverPanelProps) {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const buttonId = useId();

  const close = useCallback(() => {
    setOpen(false);
    document.getElementById(buttonId)?.focus();
  }, [buttonId]);

  useEffect(() => {
    if (!open) return;
    panelRef.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open]);

  return (
    <div
      ref={rootRef}
      className="relative"
      onKeyDown={(event) => {
        if (event.key !== "Escape" || !open) return;
        event.preventDefault(); // the explorer's Esc (close the score) must not fire as well
        close();
      }}
      onBlur={(event) => {
        if (open && !rootRef.current?.contains(event.relatedTarget as Node | null) && event.relatedTarget) {
          setOpen(false);
        }
      }}
    >
      <button
        id={buttonId}
        type="button"
        aria-expanded={open}
        aria-haspopup="dialog"
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((value) => !value)}
        className={`flex h-8 items-center gap-1 rounded-md border px-2.5 text-sm whitespace-nowrap focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-600 ${
          active
            ? "border-sky-300 bg-sky-50 text-sky-900 dark:border-sky-700 dark:bg-sky-950 dark:text-sky-100"
            : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-200 dark:hover:bg-slate-800"
        }`}
      >
        {trigger}
        <span aria-hidden className="text-[10px] text-slate-400">
          ▾
        </span>
      </button>
      {open && (
        <div
          ref={panelRef}
          id={panelId}
          role="dialog"
          aria-label={label}
          className={`absolute top-full z-30 mt-1 rounded-lg border border-slate-200 bg-white p-3 text-sm shadow-lg dark:border-slate-700 dark:bg-slate-900 ${
            align === "end" ? "right-0" : "left-0"
          } ${panelClassName ?? "w-72"}`}
        >
          {children(close)}
        </div>
      )}
    </div>
  );
}
