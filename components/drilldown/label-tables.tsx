import { formatCount } from "@/components/scores/format";
import { formatFigure } from "./format";
import type { LabelStats } from "./label-types";
import { cellClass, headClass, numberCellClass, tableClass } from "./section";

/** The label page's figures as tables beside the charts: readable without seeing a chart. */
export function CountTable({
  caption,
  heading,
  rows,
}: {
  caption: string;
  heading: string;
  rows: { key: string; count: number }[];
}) {
  return (
    <div className="max-h-60 overflow-y-auto">
      <table className={tableClass}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={headClass}>
              {heading}
            </th>
            <th scope="col" className={`${headClass} text-right`}>
              Scores
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" className={`${cellClass} font-normal`}>
                {row.key}
              </th>
              <td className={numberCellClass}>{formatCount(row.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function TrendTable({ days }: { days: LabelStats["trend"] }) {
  return (
    <div className="max-h-60 overflow-y-auto">
      <table className={tableClass}>
        <caption className="sr-only">Scores and mean per day (UTC)</caption>
        <thead>
          <tr>
            <th scope="col" className={headClass}>
              Day (UTC)
            </th>
            <th scope="col" className={`${headClass} text-right`}>
              Scores
            </th>
            <th scope="col" className={`${headClass} text-right`}>
              Mean
            </th>
          </tr>
        </thead>
        <tbody>
          {days.map((t) => (
            <tr key={t.day}>
              <th scope="row" className={`${cellClass} font-normal tabular-nums`}>
                {t.day}
              </th>
              <td className={numberCellClass}>{formatCount(t.count)}</td>
              <td className={numberCellClass}>{formatFigure(t.mean)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
