"use client";

import { formatCount } from "@/components/scores/format";
import { formatPercent } from "@/components/drilldown/format";
import { cellClass, headClass, numberCellClass, tableClass } from "@/components/drilldown/section";
import type { ClassFigures, ConfusionCell } from "@/lib/analytics/compare-math";
import type { Drill } from "./compare-url";

/**
 * Rows are A's class, columns B's (the reference). Every cell is a button selecting its pairs;
 * agreeing cells are green, disagreeing ones amber, both deeper with more pairs.
 */
export function ConfusionMatrix({
  confusion,
  drill,
  onDrill,
}: {
  confusion: { classes: string[]; cells: readonly ConfusionCell[]; n: number };
  drill: Drill;
  onDrill: (drill: Drill) => void;
}) {
  const count = (a: string, b: string) => confusion.cells.find((c) => c.a === a && c.b === b)?.count ?? 0;
  const max = Math.max(1, ...confusion.cells.map((c) => c.count));
  const disagreements = confusion.cells.filter((c) => c.a !== c.b).reduce((sum, c) => sum + c.count, 0);
  return (
    <div className="flex flex-col gap-2">
      <div className="overflow-x-auto">
        <table className={`${tableClass} w-auto`}>
          <caption className="mb-1 text-left text-xs text-slate-600 dark:text-slate-300">
            Rows: what A says. Columns: what B (the reference) says. Choose a cell to list its pairs.
          </caption>
          <thead>
            <tr>
              <th scope="col" className={headClass}>
                A \ B
              </th>
              {confusion.classes.map((b) => (
                <th key={b} scope="col" className={`${headClass} text-right`}>
                  B: {b}
                </th>
              ))}
              <th scope="col" className={`${headClass} text-right`}>
                Total
              </th>
            </tr>
          </thead>
          <tbody>
            {confusion.classes.map((a) => (
              <tr key={a}>
                <th scope="row" className={`${cellClass} font-medium`}>
                  A: {a}
                </th>
                {confusion.classes.map((b) => {
                  const n = count(a, b);
                  const selected = drill.aValue === a && drill.bValue === b;
                  const strength = n / max;
                  const tint =
                    a === b
                      ? strength > 0.5
                        ? "bg-emerald-200 dark:bg-emerald-800"
                        : "bg-emerald-50 dark:bg-emerald-950"
                      : strength > 0.5
                        ? "bg-amber-200 dark:bg-amber-800"
                        : n > 0
                          ? "bg-amber-50 dark:bg-amber-950"
                          : "";
                  return (
                    <td key={b} className={`${numberCellClass} p-0 ${tint}`}>
                      <button
                        type="button"
                        aria-pressed={selected}
                        aria-label={`A ${a}, B ${b}: ${formatCount(n)} pairs`}
                        className={`w-full px-3 py-1.5 text-right tabular-nums hover:underline ${selected ? "outline outline-2 outline-sky-600" : ""}`}
                        onClick={() => onDrill({ aValue: a, bValue: b })}
                      >
                        {formatCount(n)}
                      </button>
                    </td>
                  );
                })}
                <td className={numberCellClass}>
                  {formatCount(confusion.cells.filter((c) => c.a === a).reduce((s, c) => s + c.count, 0))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div>
        <button
          type="button"
          className="rounded-md border border-slate-300 px-2.5 py-1 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
          aria-pressed={drill.agreement === "disagree"}
          onClick={() => onDrill({ agreement: "disagree" })}
        >
          All disagreements ({formatCount(disagreements)})
        </button>
      </div>
    </div>
  );
}

export function PerClassTable({ perClass }: { perClass: ClassFigures[] }) {
  return (
    <div className="overflow-x-auto">
      <table className={tableClass}>
        <caption className="sr-only">
          Precision, recall and F1 of A per class, taking B as the reference
        </caption>
        <thead>
          <tr>
            <th scope="col" className={headClass}>
              Class
            </th>
            <th scope="col" className={`${headClass} text-right`}>
              Precision
            </th>
            <th scope="col" className={`${headClass} text-right`}>
              Recall
            </th>
            <th scope="col" className={`${headClass} text-right`}>
              F1
            </th>
            <th scope="col" className={`${headClass} text-right`}>
              Support (B)
            </th>
          </tr>
        </thead>
        <tbody>
          {perClass.map((c) => (
            <tr key={c.value}>
              <th scope="row" className={`${cellClass} font-normal`}>
                {c.value}
              </th>
              <td className={numberCellClass}>{formatPercent(c.precision)}</td>
              <td className={numberCellClass}>{formatPercent(c.recall)}</td>
              <td className={numberCellClass}>{formatPercent(c.f1)}</td>
              <td className={numberCellClass}>{formatCount(c.support)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
