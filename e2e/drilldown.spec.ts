import { test as base } from "@playwright/test";
import { formatFigure, formatPercent } from "../components/drilldown/format";
import { writeDrilldownRows, QUALITY, VERDICT, type DrillRow } from "./drilldown-data";
import { kappa, mean, numbers, region, rowOf } from "./drilldown-figures";
import { E2E_PROJECT_ID, E2E_USER } from "./env";
import { expect, test } from "./fixtures";
import { loginAs } from "./login";

/**
 * The drill-down pages on fixed rows written through the API: every figure asserted here is
 * computed in this file from those rows, then read off the page as a person sees it.
 */
const project = `/projects/${E2E_PROJECT_ID}`;

test("label, subject, annotator and queue pages show the figures their rows imply", async ({ page }) => {
  test.slow(); // four pages, each read in full: over 30 s on a loaded two-core machine
  const { people, queue, rows, items } = await writeDrilldownRows(page.request);
  const { annotatorA: a, annotatorB: b } = people;
  const quality = rows.filter((r) => r.name === QUALITY);
  const verdict = rows.filter((r) => r.name === VERDICT);
  const byA = (r: DrillRow) => r.authorUserId === a.id;
  const byB = (r: DrillRow) => r.authorUserId === b.id;

  // Subject: every score on trace dd-t1, grouped by label, with the author linked.
  await loginAs(page, E2E_USER, { next: `${project}/subjects/trace/dd-t1` });
  await expect(page.getByRole("heading", { level: 1, name: "dd-t1" })).toBeVisible();
  const onT1 = rows.filter((r) => r.traceId === "dd-t1");
  await expect(page.getByRole("heading", { level: 2, name: `Scores (${onT1.length})` })).toBeVisible();
  await expect(page.getByText("No context was stored for this trace")).toBeVisible();
  for (const label of [QUALITY, VERDICT]) {
    const group = page.getByRole("region", { name: `Label ${label}` });
    const expected = onT1
      .filter((r) => r.name === label)
      .sort((x, y) => y.timestamp.localeCompare(x.timestamp));
    await expect(group.locator("tbody tr")).toHaveCount(expected.length);
    for (const [i, r] of expected.entries()) {
      const tr = group.locator("tbody tr").nth(i);
      await expect(tr).toHaveAttribute("data-score-id", r.id);
      await expect(tr.getByRole("link", { name: byA(r) ? a.name : b.name })).toBeVisible();
      await expect(tr.getByRole("link", { name: `Open score ${r.id} in the explorer` })).toHaveAttribute(
        "href",
        `${project}/scores?score=${r.id}`,
      );
    }
  }

  // Subject → annotator A: agreement with B on both labels, and A's newest scores first.
  await page
    .getByRole("region", { name: `Label ${VERDICT}` })
    .getByRole("link", { name: a.name })
    .first()
    .click();
  await expect(page).toHaveURL(`${project}/annotators/${a.id}`);
  await expect(page.getByRole("heading", { level: 1, name: a.name })).toBeVisible();
  const agreement = region(page, "Agreement with other annotators");
  const pairsOn = (label: DrillRow[]) =>
    label.filter(byA).flatMap((ra) => {
      const rb = label.find((r) => byB(r) && r.traceId === ra.traceId);
      return rb ? [[ra.value, rb.value] as const] : [];
    });
  const verdictPairs = pairsOn(verdict).map(([x, y]) => [String(x), String(y)] as [string, string]);
  const qualityPairs = pairsOn(quality).map(([x, y]) => [Number(x), Number(y)]);
  const verdictRow = agreement.getByRole("row").filter({ hasText: VERDICT }).filter({ hasText: b.name });
  await expect(verdictRow.getByRole("cell")).toHaveText([
    new RegExp(`^${VERDICT}`),
    b.name,
    String(verdictPairs.length),
    `${formatPercent(verdictPairs.filter(([x, y]) => x === y).length / verdictPairs.length)} (n = ${verdictPairs.length})`,
    `${formatFigure(kappa(verdictPairs))} (n = ${verdictPairs.length})`,
    "—",
    "Compare",
  ]);
  const qualityRow = agreement.getByRole("row").filter({ hasText: QUALITY }).filter({ hasText: b.name });
  await expect(qualityRow.getByRole("cell")).toHaveText([
    new RegExp(`^${QUALITY}`),
    b.name,
    String(qualityPairs.length),
    "—",
    "—",
    `${formatFigure(mean(qualityPairs.map(([x, y]) => Math.abs(x - y))))} (n = ${qualityPairs.length})`,
    "Compare",
  ]);
  await expect(
    verdictRow.getByRole("link", { name: `Compare on ${VERDICT} with ${b.name}` }),
  ).toHaveAttribute(
    "href",
    `${project}/compare?${new URLSearchParams({ a: VERDICT, aAuthorUserId: a.id, b: VERDICT, bAuthorUserId: b.id })}`,
  );
  const recent = region(page, "Recent scores").locator("tbody tr");
  const newestOfA = rows.filter(byA).sort((x, y) => y.timestamp.localeCompare(x.timestamp));
  // Demo scores fill the rest of the list, up to its 20 rows.
  const listed = await page.request.get(
    `/api/v1/scores?projectId=${E2E_PROJECT_ID}&authorUserId=${a.id}&limit=20`,
  );
  const demoAndMine = ((await listed.json()) as { data: unknown[] }).data.length;
  expect(demoAndMine).toBeGreaterThanOrEqual(newestOfA.length);
  await expect(recent).toHaveCount(demoAndMine);
  for (const [i, r] of newestOfA.entries())
    await expect(recent.nth(i)).toHaveAttribute("data-score-id", r.id);

  // Annotator → label: the numeric label's distribution, trend and per-annotator figures.
  await qualityRow.getByRole("link", { name: QUALITY, exact: true }).click();
  await expect(page).toHaveURL(`${project}/labels/${encodeURIComponent(QUALITY)}`);
  await expect(page.getByRole("heading", { level: 1, name: QUALITY })).toBeVisible();
  await expect(page.getByLabel("Total scores")).toHaveText(String(quality.length));
  const values = numbers(quality);
  const [lo, hi] = [Math.min(...values), Math.max(...values)];
  await expect(page.getByLabel("Range of values")).toHaveText(`${formatFigure(lo)} to ${formatFigure(hi)}`);
  const distribution = region(page, "Value distribution").getByRole("table");
  const bucketCounts = await distribution.locator("tbody td").allInnerTexts();
  expect(bucketCounts.reduce((sum, c) => sum + Number(c), 0)).toBe(quality.length);
  await expect(distribution.locator("tbody tr").first().getByRole("cell")).toHaveText(
    String(values.filter((v) => v === lo).length),
  );
  const days = [...new Set(quality.map((r) => r.timestamp.slice(0, 10)))].sort();
  const trend = region(page, "Trend per day");
  for (const day of days) {
    const onDay = numbers(quality.filter((r) => r.timestamp.startsWith(day)));
    await expect(rowOf(trend, day).getByRole("cell")).toHaveText([
      String(onDay.length),
      formatFigure(mean(onDay)),
    ]);
  }
  const annotators = region(page, "Annotators");
  for (const [person, mine] of [
    [a, byA],
    [b, byB],
  ] as const) {
    const theirs = numbers(quality.filter(mine));
    await expect(rowOf(annotators, person.name).getByRole("cell")).toHaveText([
      String(theirs.length),
      formatFigure(mean(theirs)),
      "Compare with EVAL",
    ]);
  }
  await expect(annotators.locator("tbody tr")).toHaveCount(2);

  // The categorical label: counts per category, most frequent first.
  await page.goto(`${project}/labels/${VERDICT}`);
  const categories = region(page, "Value distribution").getByRole("table").locator("tbody tr");
  const counted = ["bad", "good"].map((v) => [v, verdict.filter((r) => r.value === v).length] as const);
  counted.sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
  await expect(categories).toHaveText(counted.map(([v, n]) => new RegExp(`^${v}\\s*${n}$`)));

  // Queue: items by status, and per annotator the scores written in the queue.
  await page.goto(`${project}/queues/${queue.id}`);
  await expect(page.getByRole("heading", { level: 1, name: queue.name })).toBeVisible();
  const completed = items.filter((i) => i.status === "COMPLETED").length;
  await expect(page.getByLabel("Total items")).toHaveText(String(items.length));
  await expect(page.getByLabel("Pending items")).toHaveText(String(items.length - completed));
  await expect(page.getByLabel("Completed items")).toHaveText(
    `${completed} (${formatPercent(completed / items.length)})`,
  );
  await expect(page.getByLabel("Unassigned items")).toHaveText(String(items.length));
  const queued = rows.filter((r) => r.queueId === queue.id);
  const progress = region(page, "Annotators");
  for (const person of [a, b]) {
    const scored = queued.filter((r) => r.authorUserId === person.id).length;
    await expect(rowOf(progress, person.name).getByRole("cell")).toHaveText(["0", "0", String(scored)]);
  }
  await rowOf(progress, b.name).getByRole("link", { name: b.name }).click();
  await expect(page).toHaveURL(`${project}/annotators/${b.id}`);
  await expect(page.getByRole("heading", { level: 1, name: b.name })).toBeVisible();
});

// The base test: the page's own 4xx responses are expected here, and Chromium logs each one as a
// console error, so this test checks the console itself and allows exactly those.
base("an unknown queue and a bad subject kind show the API's message, not a crash", async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await loginAs(page, E2E_USER, { next: `${project}/queues/no-such-queue` });
  const problem = page.getByRole("alert").filter({ hasText: "could not be loaded" });
  await expect(problem).toContainText("The queue progress could not be loaded.");
  await expect(problem).toContainText("No queue no-such-queue in this project");
  await page.goto(`${project}/subjects/planet/p-1`);
  await expect(problem).toContainText("The subject could not be loaded.");
  await expect(problem.getByRole("button", { name: "Retry" })).toBeVisible();
  expect(errors.filter((e) => !/status of 40[04]/.test(e))).toEqual([]);
});
