import type { Locator, Page } from "@playwright/test";
import type { DrillRow } from "./drilldown-data";

/**
 * Figures the drill-down pages show, computed here from the rows a test wrote (so a page is
 * checked against arithmetic, not against itself), and the locators that read them off a page.
 */
export const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
export const numbers = (rows: DrillRow[]) => rows.map((r) => r.value as number);

export function kappa(pairs: [string, string][]): number {
  const n = pairs.length;
  const observed = pairs.filter(([x, y]) => x === y).length / n;
  const categories = new Set(pairs.flat());
  let expected = 0;
  for (const c of categories) {
    expected += (pairs.filter(([x]) => x === c).length / n) * (pairs.filter(([, y]) => y === c).length / n);
  }
  return (observed - expected) / (1 - expected);
}

/** The row of a table whose header cell (or first link) reads `name`, as its cells' texts. */
export const rowOf = (scope: Locator, name: string) =>
  scope.getByRole("row").filter({ has: scope.page().getByRole("rowheader", { name, exact: true }) });

export const region = (page: Page, name: string) => page.getByRole("region", { name, exact: true });
