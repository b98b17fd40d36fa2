import type { ReactNode } from "react";

/** A titled block of a drill-down page; the heading names the region for assistive technology. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = `section-${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
  return (
    <section aria-labelledby={id} className="flex flex-col gap-2">
      <h2 id={id} className="text-base font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export const tableClass = "w-full border-collapse text-left text-sm";
export const headClass =
  "border-b border-slate-200 px-2 py-1.5 font-medium text-slate-600 dark:border-slate-700 dark:text-slate-300";
export const cellClass = "border-b border-slate-100 px-2 py-1.5 align-top dark:border-slate-800";
export const numberCellClass = `${cellClass} text-right tabular-nums`;
export const linkClass = "text-sky-700 hover:underline dark:text-sky-400";

/**
 * A page's frame: heading with a kicker ("Label", "Annotator", …) above the figures. It paints its
 * own background because the root layout's body stays light in the dark theme.
 */
export function PageFrame({
  kicker,
  title,
  children,
}: {
  kicker: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <main className="flex min-h-[calc(100vh-3rem)] flex-col gap-6 bg-slate-50 px-4 py-4 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <header>
        <p className="text-xs font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400">
          {kicker}
        </p>
        <h1 className="text-xl font-semibold tracking-tight break-all">{title}</h1>
      </header>
      {children}
    </main>
  );
}
