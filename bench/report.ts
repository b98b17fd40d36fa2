/** The results table on stdout and the JSON file under bench/results/. */
import fs from "node:fs";
import path from "node:path";
import type { TableRow } from "./goal-types";
import { round } from "./stats";
import { passes } from "./targets";

function formatNumber(value: number, unit: string): string {
  if (!Number.isFinite(value)) return "n/a";
  const digits = unit === "ms" ? (value < 10 ? 2 : 1) : unit === "×" ? (value < 10 ? 2 : 0) : 0;
  const text = value.toLocaleString("en-US", {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return unit === "×" ? `${text}×` : unit ? `${text} ${unit}` : text;
}

/** measured ÷ target: at most 1 passes a "≤" goal, at least 1 passes a "≥" goal. */
export function ofTarget(row: TableRow): number | null {
  if (!row.target || row.target.value === 0) return null;
  return row.measured / row.target.value;
}

export function verdict(row: TableRow): "pass" | "MISS" | "—" {
  if (!row.target) return "—";
  return passes(row.measured, row.target) ? "pass" : "MISS";
}

export function renderTable(rows: readonly TableRow[]): string {
  const header = ["goal", "what", "measured", "target", "measured/target", "pass?", "detail"];
  const lines = rows.map((row) => {
    const target = row.target
      ? `${row.target.kind === "max" ? "≤" : "≥"} ${formatNumber(row.target.value, row.target.unit)}`
      : "(context)";
    const ratio = ofTarget(row);
    return [
      row.goal,
      row.what,
      formatNumber(row.measured, row.unit),
      target,
      ratio === null ? "" : `${round(ratio, 2)}`,
      verdict(row),
      row.detail,
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((line) => line[i].length)));
  const render = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(" | ")} |`;
  return [render(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...lines.map(render)].join(
    "\n",
  );
}

export function resultsFile(root: string, scores: number, full: boolean, date = new Date()): string {
  const day = date.toISOString().slice(0, 10);
  const dir = full ? path.join(root, "bench", "results") : path.join(root, "bench", "results", "tmp");
  return path.join(dir, `${day}-${scores}.json`);
}

export function writeResults(file: string, results: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
}

export const jsonRows = (rows: readonly TableRow[]) =>
  rows.map((row) => ({
    goal: row.goal,
    what: row.what,
    measured: round(row.measured, 3),
    unit: row.unit,
    target: row.target,
    measuredOverTarget: ofTarget(row) === null ? null : round(ofTarget(row)!, 3),
    verdict: verdict(row),
    detail: row.detail,
  }));
