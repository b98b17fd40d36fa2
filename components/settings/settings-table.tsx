import type { ReactNode } from "react";

/**
 * The table of a settings list (members, API keys): a caption for screen readers, one header per
 * column, and a last column for each row's actions whose header only screen readers hear. Rows
 * use `settingsCell` so their cells line up with the headers.
 */
export const settingsCell = "py-2 pr-3";

export function SettingsTable({
  caption,
  columns,
  actionsHeader,
  children,
}: {
  caption: string;
  columns: string[];
  actionsHeader: string;
  children: ReactNode;
}) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500 dark:border-slate-800">
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col" className={`${settingsCell} font-medium`}>
              {column}
            </th>
          ))}
          <th scope="col" className="py-2 font-medium">
            <span className="sr-only">{actionsHeader}</span>
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100 dark:divide-slate-800">{children}</tbody>
    </table>
  );
}
