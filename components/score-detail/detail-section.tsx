import { useId, type ReactNode } from "react";

/**
 * Blocks of the detail view. Headings sit one level under the view's own title: h3 in the
 * drawer (its title is an h2 of the explorer page), h2 on the full page (its title is the h1).
 */
export type HeadingLevel = 2 | 3;

export const linkClass = "text-sky-700 hover:underline dark:text-sky-400";
export const mutedClass = "text-sm text-slate-600 dark:text-slate-300";

export function DetailSection({
  title,
  level,
  children,
}: {
  title: string;
  level: HeadingLevel;
  children: ReactNode;
}) {
  const id = useId();
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby={id} className="flex min-w-0 flex-col gap-2">
      <Heading id={id} className="text-base font-semibold">
        {title}
      </Heading>
      {children}
    </section>
  );
}

export function FieldList({ children }: { children: ReactNode }) {
  return <dl className="grid grid-cols-[minmax(7rem,auto)_1fr] gap-x-4 gap-y-1.5 text-sm">{children}</dl>;
}

/** One term and its value. */
export function Field({ term, children, testId }: { term: string; children: ReactNode; testId?: string }) {
  return (
    <>
      <dt className="text-slate-500 dark:text-slate-400">{term}</dt>
      <dd data-testid={testId} className="min-w-0 break-words">
        {children}
      </dd>
    </>
  );
}
