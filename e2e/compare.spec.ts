import path from "node:path";
import type { Page } from "@playwright/test";
import { formatFigure, formatPercent } from "../components/drilldown/format";
import {
  COMPARE_PAIRS,
  CORRECTNESS,
  createReviewQueue,
  queueItemSubjects,
  writeCompareRows,
} from "./compare-data";
import { kappa } from "./drilldown-figures";
import { E2E_PROJECT_ID, E2E_USER } from "./env";
import { expect, test } from "./fixtures";
import { loginAs } from "./login";

/**
 * The comparison page on fixed rows: an EVAL judge against the human label of the same name.
 * Every figure is computed here from the rows, then read off the page; a confusion cell opens
 * exactly its pairs, and the list answers the explorer's keys.
 */
const project = `/projects/${E2E_PROJECT_ID}`;
const both = COMPARE_PAIRS.filter((p) => p.judge && p.human) as Required<(typeof COMPARE_PAIRS)[number]>[];
const axePath = path.join(process.cwd(), "node_modules/axe-core/axe.min.js");

async function seriousAxeViolations(page: Page) {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string }[] }> } }
    ).axe;
    const { violations } = await axe.run();
    return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id);
  });
}

test("EVAL against the human label: n, kappa, confusion, and a cell's exact pairs", async ({ page }) => {
  await writeCompareRows(page.request);
  await loginAs(page, E2E_USER, { next: `${project}/compare` });
  await expect(page.getByRole("heading", { level: 1, name: "Compare two score series" })).toBeVisible();

  // Choose the two series with the pickers, as a person would; the URL keeps every choice.
  const seriesA = page.getByRole("group", { name: "Series A (compared)" });
  const seriesB = page.getByRole("group", { name: "Series B (reference)" });
  await expect(seriesA.getByLabel("Label").locator(`option[value="${CORRECTNESS}"]`)).toHaveCount(1);
  await seriesA.getByLabel("Label").selectOption(CORRECTNESS);
  await seriesA.getByLabel("Source").selectOption("EVAL");
  await seriesB.getByLabel("Label").selectOption(CORRECTNESS);
  await seriesB.getByLabel("Source").selectOption("ANNOTATION");
  await expect(page).toHaveURL(
    `${project}/compare?${new URLSearchParams({ a: CORRECTNESS, aSource: "EVAL", b: CORRECTNESS, bSource: "ANNOTATION" })}`,
  );

  const pairs = both.map((p) => [p.judge, p.human] as [string, string]);
  // The first figures on a cold, shared machine may take a while.
  await expect(page.getByLabel("Matched pairs")).toHaveText(String(pairs.length), { timeout: 20_000 });
  await expect(page.getByLabel("Subjects only in A", { exact: true })).toHaveText(
    String(COMPARE_PAIRS.filter((p) => !p.human).length),
  );
  await expect(page.getByLabel("Subjects only in B", { exact: true })).toHaveText(
    String(COMPARE_PAIRS.filter((p) => !p.judge).length),
  );
  await expect(page.getByLabel("Percent agreement", { exact: true })).toHaveText(
    formatPercent(pairs.filter(([x, y]) => x === y).length / pairs.length),
  );
  await expect(page.getByLabel("Cohen's kappa", { exact: true })).toContainText(formatFigure(kappa(pairs)));
  await expect(page.getByLabel("Cohen's kappa", { exact: true })).toContainText(`n = ${pairs.length}`);
  await expect(page.getByText(/Small sample: only 10 pairs/)).toBeVisible();
  for (const a of ["correct", "incorrect"])
    for (const b of ["correct", "incorrect"]) {
      const count = pairs.filter(([x, y]) => x === a && y === b).length;
      await expect(page.getByRole("button", { name: `A ${a}, B ${b}: ${count} pairs` })).toBeVisible();
    }
  expect(await seriousAxeViolations(page)).toEqual([]);

  // A disagreeing cell lists exactly its pairs, both values side by side.
  const wrong = both.filter((p) => p.judge === "correct" && p.human === "incorrect").map((p) => p.trace);
  await page.getByRole("button", { name: `A correct, B incorrect: ${wrong.length} pairs` }).click();
  await expect(page).toHaveURL(/aValue=correct&bValue=incorrect/);
  await expect(page.getByRole("status", { name: "Pairs shown" })).toHaveText(
    `${wrong.length} pairs where A is correct, B is incorrect`,
  );
  const rows = page.getByTestId("pair-row");
  await expect(rows).toHaveCount(wrong.length);
  const newestFirst = [...wrong].reverse(); // later traces were judged later
  for (const [i, trace] of newestFirst.entries()) {
    await expect(rows.nth(i).getByRole("link", { name: `trace ${trace}` })).toBeVisible();
    await expect(rows.nth(i).getByRole("cell").nth(1)).toContainText("correct");
    await expect(rows.nth(i).getByRole("cell").nth(2)).toContainText("incorrect");
  }

  // All disagreements, then the explorer's keys: j moves down, Enter opens the subject.
  await page.getByRole("button", { name: /All disagreements \(3\)/ }).click();
  await expect(page).toHaveURL(/agreement=disagree/);
  const disagreeing = both
    .filter((p) => p.judge !== p.human)
    .map((p) => p.trace)
    .reverse();
  await expect(rows).toHaveCount(disagreeing.length);
  for (const [i, trace] of disagreeing.entries())
    await expect(rows.nth(i).getByRole("link", { name: `trace ${trace}` })).toBeVisible();
  await page.getByRole("region", { name: /Pairs list/ }).focus();
  await page.keyboard.press("j");
  await expect(rows.nth(1)).toHaveAttribute("aria-current", "true");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(`${project}/subjects/trace/${disagreeing[1]}`);

  // Back restores the selection from the URL.
  await page.goBack();
  await expect(page).toHaveURL(/agreement=disagree/);
  await expect(rows).toHaveCount(disagreeing.length);

  // The disagreements go to a review queue, exactly those subjects.
  const review = await createReviewQueue(page.request);
  await page.getByRole("button", { name: "Add these subjects to a queue" }).click();
  const dialog = page.getByRole("dialog", { name: "Add to queue" });
  await dialog.getByLabel("Queue", { exact: true }).selectOption({ label: review.name });
  await dialog.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.getByText(`Added ${disagreeing.length} subjects to ${review.name}.`)).toBeVisible();
  expect(await queueItemSubjects(page.request, review.id)).toEqual([...disagreeing].sort());
  await dialog
    .getByRole("button", { name: /Close|Done|Cancel/ })
    .first()
    .click();
  await page.getByRole("button", { name: "Show all pairs" }).click();
  await expect(rows).toHaveCount(pairs.length);
});

test("the label page links to the comparison of its EVAL and human scores", async ({ page }) => {
  await writeCompareRows(page.request);
  await loginAs(page, E2E_USER, { next: `${project}/labels/${CORRECTNESS}` });
  await page.getByRole("link", { name: "Compare EVAL with human annotations" }).click();
  await expect(page).toHaveURL(
    `${project}/compare?${new URLSearchParams({ a: CORRECTNESS, aSource: "EVAL", b: CORRECTNESS, bSource: "ANNOTATION" })}`,
  );
  await expect(page.getByLabel("Matched pairs")).toHaveText(String(both.length), { timeout: 20_000 });
  await page.goto(`${project}/labels/${CORRECTNESS}?range=7d`);
  await expect(page.getByLabel("Time window")).toHaveValue("7d");
  await expect(page.getByRole("link", { name: "These scores in the explorer" })).toHaveAttribute(
    "href",
    `${project}/scores?${new URLSearchParams({ name: CORRECTNESS, range: "7d" })}`,
  );
});
