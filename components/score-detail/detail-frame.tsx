"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { DRAWER_ATTRIBUTE } from "@/lib/scores/use-explorer-keys";
import { DRAWER_LABEL } from "./drawer-label";

/**
 * The drawer: a non-modal panel at the right edge (the table stays usable behind it, for j/k).
 * Focus moves into it when it opens and goes back where it was when it closes; stepping to
 * another score keeps the same panel, so focus stays put. Esc is the explorer's (use-explorer-keys).
 */
export function DrawerFrame({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const panel = ref.current;
    panel?.focus({ preventScroll: true });
    return () => {
      const active = document.activeElement;
      const lost = !active || active === document.body || Boolean(panel?.contains(active));
      if (lost && previous?.isConnected) previous.focus({ preventScroll: true });
    };
  }, []);
  return (
    <aside
      ref={ref}
      aria-label={DRAWER_LABEL}
      tabIndex={-1}
      {...{ [DRAWER_ATTRIBUTE]: "" }}
      className="fixed inset-y-0 right-0 z-40 flex w-[min(40rem,100vw)] flex-col overflow-y-auto overscroll-contain border-l border-slate-200 bg-white text-slate-900 shadow-xl outline-none focus-visible:ring-2 focus-visible:ring-sky-600 focus-visible:ring-inset dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      {children}
    </aside>
  );
}

/** The full page: the same content in the page's flow. */
export function PageFrame({ children }: { children: ReactNode }) {
  return (
    <main className="mx-auto flex min-h-[calc(100vh-3rem)] w-full max-w-4xl flex-col bg-slate-50 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      {children}
    </main>
  );
}
