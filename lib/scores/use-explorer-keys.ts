import { useEffect, useRef } from "react";

/**
 * The explorer's keyboard (dashboard.md): j/k or arrows move the row focus, Enter opens the
 * score, Esc closes it, `/` focuses search, `[`/`]` step the open score to the previous/next row.
 * Letters never fire while a person types in a field (the drawer's editor has fields too), and
 * Enter on a button or link, or inside the drawer, keeps its own meaning.
 */
export type ExplorerKeyAction =
  "next" | "previous" | "first" | "last" | "open" | "close" | "search" | "step-previous" | "step-next";

/** Marks the detail drawer's element, so keys know when focus is inside it. */
export const DRAWER_ATTRIBUTE = "data-score-drawer";

export type KeyContext = {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** Focus is in a text field, select or editable element. */
  typing: boolean;
  /** Focus is on the table's grid (arrows and Home/End belong to it only there). */
  inGrid: boolean;
  /** Focus is on a control whose Enter means something else (a button, a link). */
  onControl: boolean;
  /** Focus is inside the open score's drawer (Enter there must not open the focused row instead). */
  inDrawer: boolean;
};

export function keyActionOf(context: KeyContext): ExplorerKeyAction | null {
  if (context.ctrlKey || context.metaKey || context.altKey) return null;
  if (context.key === "Escape") return "close";
  if (context.typing) return null;
  switch (context.key) {
    case "/":
      return "search";
    case "j":
      return "next";
    case "k":
      return "previous";
    case "[":
      return "step-previous";
    case "]":
      return "step-next";
    case "Enter":
      return context.onControl || context.inDrawer ? null : "open";
  }
  if (!context.inGrid) return null;
  const gridKeys: Record<string, ExplorerKeyAction> = {
    ArrowDown: "next",
    ArrowUp: "previous",
    Home: "first",
    End: "last",
  };
  return gridKeys[context.key] ?? null;
}

function contextOf(event: KeyboardEvent, grid: HTMLElement | null): KeyContext {
  const target = event.target instanceof HTMLElement ? event.target : null;
  const tag = target?.tagName ?? "";
  const typing =
    tag === "TEXTAREA" ||
    tag === "SELECT" ||
    Boolean(target?.isContentEditable) ||
    (tag === "INPUT" &&
      !["checkbox", "radio", "button", "submit", "reset"].includes((target as HTMLInputElement).type));
  return {
    key: event.key,
    ctrlKey: event.ctrlKey,
    metaKey: event.metaKey,
    altKey: event.altKey,
    typing,
    inGrid: target !== null && target === grid,
    onControl: tag === "BUTTON" || tag === "A" || tag === "INPUT" || tag === "SUMMARY",
    inDrawer: Boolean(target?.closest(`[${DRAWER_ATTRIBUTE}]`)),
  };
}

/** Listens on the document, so the keys work wherever focus is (including nowhere). */
export function useExplorerKeys(
  gridRef: React.RefObject<HTMLElement | null>,
  onAction: (action: ExplorerKeyAction, event: KeyboardEvent) => boolean,
) {
  const handler = useRef(onAction);
  useEffect(() => {
    handler.current = onAction;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const action = keyActionOf(contextOf(event, gridRef.current));
      if (action && handler.current(action, event)) event.preventDefault();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [gridRef]);
}
