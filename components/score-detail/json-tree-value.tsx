import { LONG_TEXT, kindOf } from "./json-tree-model";

/**
 * A JSON primitive in its type's colour. Strings are React text (never HTML), shown with their
 * line breaks and cut at LONG_TEXT unless `full`.
 */
const colours = {
  string: "text-emerald-700 dark:text-emerald-300",
  number: "text-sky-700 dark:text-sky-300",
  boolean: "text-violet-700 dark:text-violet-300",
  null: "italic text-slate-400 dark:text-slate-500",
} as const;

export function JsonPrimitive({ value, full = false }: { value: unknown; full?: boolean }) {
  const kind = kindOf(value);
  if (kind === "string") {
    const text = value as string;
    const shown = full || text.length <= LONG_TEXT ? text : `${text.slice(0, LONG_TEXT)}…`;
    return (
      <span className={`${colours.string} whitespace-pre-wrap [overflow-wrap:anywhere]`}>
        &quot;{shown}&quot;
      </span>
    );
  }
  if (kind === "number" || kind === "boolean") {
    return <span className={colours[kind]}>{String(value)}</span>;
  }
  return <span className={colours.null}>null</span>;
}

/** The "show more" / "show less" switch of a long string; `tabIndex` -1 inside a tree (Enter does it there). */
export function MoreTextButton({
  full,
  hidden,
  onToggle,
  inTree = false,
}: {
  full: boolean;
  hidden: number;
  onToggle: () => void;
  inTree?: boolean;
}) {
  return (
    <button
      type="button"
      tabIndex={inTree ? -1 : undefined}
      onClick={(event) => {
        event.stopPropagation();
        onToggle();
      }}
      className="ml-2 text-xs text-sky-700 hover:underline dark:text-sky-400"
    >
      {full ? "show less" : `show more (${hidden.toLocaleString("en-US")} more characters)`}
    </button>
  );
}
