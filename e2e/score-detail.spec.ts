import { test as base, type Locator, type Page } from "@playwright/test";
import { formatFigure, formatPercent } from "../components/drilldown/format";
import { QUALITY, VERDICT, writeDrilldownRows, type DrillRow } from "./drilldown-data";
import { kappa, mean, numbers, region, rowOf } from "./drilldown-figures";
import { E2E_BASE_URL, E2E_PROJECT_ID } from "./env";
import { idsByTimeDesc, type FixedPeople } from "./explorer-data";
import { EXPLORER, ID_COLUMNS, expectRows, rowAt, signInOnce, table, urlParam } from "./explorer-helpers";
import { expect, test } from "./fixtures";
import {
  DETAIL_ENV,
  QUALITY_LABEL,
  TONE_LABEL,
  TRACE,
  TRACE_CONTEXT,
  PAGING_ENV,
  writeDetailRows,
  writePagingRows,
} from "./score-detail-data";

/**
 * The score detail: the explorer's drawer and the full page, on rows written through the API with
 * fixed dates and values, so every field asserted here is known exactly. Times are shown in UTC.
 */
test.use({ timezoneId: "UTC" });

const project = `/projects/${E2E_PROJECT_ID}`;
const detailUrl = (extra = "") => `${EXPLORER}?environment=${DETAIL_ENV}${extra}&cols=${ID_COLUMNS}`;
const ORDER = ["sd-01", "sd-02", "sd-03", "sd-04", "sd-05"]; // newest first

let people: FixedPeople;
let cookies: Awaited<ReturnType<typeof signInOnce>>;
let queueName = "";
test.beforeAll(async ({ browser, playwright }) => {
  const request = await playwright.request.newContext({ baseURL: E2E_BASE_URL });
  ({ people } = await writeDetailRows(request));
  queueName = people.queue.name;
  await request.dispose();
  cookies = await signInOnce(browser);
});
test.beforeEach(({ context }) => context.addCookies(cookies));

/** The suite's machine is shared: a drill-down page may take longer than 5 s to compute its figures. */
const PAGE_LOAD = { timeout: 15_000 };

const drawer = (page: Page) => page.getByRole("complementary", { name: "Open score" });
/** The value (dd) after the term (dt) that reads exactly `term`. */
const field = (scope: Locator, term: string) =>
  scope
    .getByRole("term")
    .filter({ hasText: new RegExp(`^${term}$`) })
    .locator("xpath=following-sibling::dd[1]");

async function expectOpen(page: Page, id: string) {
  await expect.poll(() => urlParam(page, "score")).toBe(id);
  // The machine running the suite is shared: a first open may wait for the drawer's code.
  await expect(field(drawer(page), "Id")).toHaveText(id, PAGE_LOAD);
}

/** Every field of sd-01, as the drawer and the full page both show it. */
async function expectFirstScore(scope: Locator, headingLevel: 1 | 2) {
  const { annotatorA: a, queue } = people;
  const title = scope.getByRole("heading", { level: headingLevel });
  await expect(title).toHaveText(QUALITY_LABEL);
  await expect(title.getByRole("link")).toHaveAttribute("href", `${project}/labels/${QUALITY_LABEL}`);
  await expect(scope.getByTestId("score-value")).toHaveText("0.75");
  await expect(scope.getByRole("meter", { name: "Position on the label's scale" })).toHaveAttribute(
    "aria-valuetext",
    "0.75 on 0 to 1",
  );
  await expect(field(scope, "Comment")).toHaveText("solid answer, one typo");
  await expect(field(scope, "Id")).toHaveText("sd-01");
  await expect(field(scope, "Data type")).toHaveText("Numeric");
  await expect(field(scope, "Source")).toHaveText("Annotation");
  await expect(field(scope, "Subject").getByRole("link")).toHaveAttribute(
    "href",
    `${project}/subjects/trace/${TRACE}`,
  );
  await expect(field(scope, "Subject")).toHaveText(`Trace · ${TRACE}`);
  await expect(field(scope, "Annotator").getByRole("link", { name: a.name })).toHaveAttribute(
    "href",
    `${project}/annotators/${a.id}`,
  );
  await expect(field(scope, "Queue").getByRole("link", { name: queueName })).toHaveAttribute(
    "href",
    `${project}/queues/${queue.id}`,
  );
  await expect(field(scope, "Environment")).toHaveText(DETAIL_ENV);
  await expect(field(scope, "Timestamp")).toHaveText("2026-02-03 10:00:00");
  await expect(field(scope, "Label definition")).toHaveText("Numeric, 0 to 1");
  await expect(scope.getByRole("heading", { name: "Evaluator" })).toHaveCount(0);
  // The trace's ingested context, and the two other scores on it, newest first.
  await expect(field(scope, "Name")).toHaveText(TRACE_CONTEXT.name);
  await expect(scope.getByLabel("Subject output")).toHaveText(TRACE_CONTEXT.output);
  await expect(scope.getByRole("tree", { name: "Subject input" })).toContainText(
    TRACE_CONTEXT.input.question,
  );
  const others = scope.getByRole("list", { name: "Other scores on this subject" }).getByRole("listitem");
  await expect(others).toHaveCount(2);
  await expect(others.nth(0)).toHaveAttribute("data-score-id", "sd-02");
  await expect(others.nth(1)).toHaveAttribute("data-score-id", "sd-03");
  await expect(scope.getByRole("tree", { name: "Metadata", exact: true })).toContainText("reviewer");
}

test("a click and Enter open the drawer on that exact score; Esc closes it and focus returns", async ({
  page,
}) => {
  await page.goto(detailUrl());
  await expectRows(page, ORDER);
  await rowAt(page, 0).getByRole("gridcell").first().click();
  await expectOpen(page, "sd-01");
  await expect(drawer(page)).toBeFocused();
  await expectFirstScore(drawer(page), 2);
  await expect(drawer(page).getByRole("link", { name: "Open full page" })).toHaveAttribute(
    "href",
    `${project}/scores/sd-01`,
  );
  await page.keyboard.press("Escape");
  await expect(drawer(page)).toBeHidden();

  // Keyboard only: the row focus stayed on the clicked row; j moves it on, Enter opens that row.
  await expect(table(page)).toBeFocused();
  await page.keyboard.press("j");
  await expect(rowAt(page, 1)).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");
  await expectOpen(page, "sd-02");
  await expect(drawer(page)).toBeFocused();
  const categories = drawer(page)
    .getByRole("list", { name: `Categories of ${TONE_LABEL}` })
    .getByRole("listitem");
  await expect(categories).toHaveText([/^good/, /ok/, /^bad/]);
  await expect(categories.nth(1)).toHaveAttribute("aria-current", "true");
  await expect(categories.nth(0)).not.toHaveAttribute("aria-current", "true");
  await expect(field(drawer(page), "Annotator")).toHaveText(people.annotatorB.name);
  await page.keyboard.press("Escape");
  await expect(drawer(page)).toBeHidden();
  await expect(table(page)).toBeFocused();
});

test("[ and ] step through the table's order, the URL follows, reload and Back keep the history", async ({
  page,
}) => {
  test.slow(); // many page loads, on a machine the suite shares
  await page.goto(detailUrl());
  await expectRows(page, ORDER);
  await rowAt(page, 0).getByRole("gridcell").first().click();
  await expectOpen(page, "sd-01");
  await expect(drawer(page).getByRole("button", { name: "Previous score" })).toBeDisabled();
  await page.keyboard.press("]");
  await expectOpen(page, "sd-02");
  await expect(rowAt(page, 1)).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("]");
  await expectOpen(page, "sd-03");
  await expect(rowAt(page, 2)).toHaveAttribute("aria-selected", "true");
  // The evaluator's fields appear only on the score that has them.
  const evaluator = drawer(page).getByRole("region", { name: "Evaluator" });
  await expect(field(evaluator, "Cost")).toHaveText("0.0042");
  await expect(field(evaluator, "Passed")).toHaveText("✓ Passed");
  await expect(field(evaluator, "Prompt")).toHaveText("p-judge (version 3)");
  await expect(field(evaluator, "Dataset")).toHaveText("ds-7");
  await expect(field(evaluator, "Execution trace").getByRole("link")).toHaveAttribute(
    "href",
    `${project}/subjects/trace/sd-exec-1`,
  );
  await page.keyboard.press("[");
  await expectOpen(page, "sd-02");
  await expect(rowAt(page, 1)).toHaveAttribute("aria-selected", "true");
  const next = drawer(page).getByRole("button", { name: "Next score" });
  await expect(next).toHaveAttribute("aria-keyshortcuts", "]");
  await next.click();
  await expectOpen(page, "sd-03");
  await page.keyboard.press("]");
  await expectOpen(page, "sd-04");
  await expect(field(drawer(page), "Subject")).toHaveText("Session · sd-s1");
  await expect(field(drawer(page), "Trace")).toHaveText("sd-t2");
  await expect(field(drawer(page), "Author label")).toHaveText("citation-bot");
  await expect(field(drawer(page).getByRole("region", { name: "Evaluator" }), "Error")).toHaveText(
    "citation check timed out",
  );
  await page.keyboard.press("]");
  await expectOpen(page, "sd-05");
  await expect(drawer(page).getByRole("tree", { name: "Value" })).toContainText("spans");
  await expect(drawer(page).getByRole("button", { name: "Next score" })).toBeDisabled();
  await page.keyboard.press("]"); // the last row of a finished list: nowhere to go
  await expectOpen(page, "sd-05");

  // Back and Forward walk the opened scores as the URL history holds them, then close the drawer.
  for (const id of ["sd-04", "sd-03", "sd-02", "sd-03", "sd-02", "sd-01"]) {
    await page.goBack();
    await expectOpen(page, id);
  }
  await page.goBack();
  await expect(drawer(page)).toBeHidden();
  expect(urlParam(page, "score")).toBeNull();
  await page.goForward();
  await expectOpen(page, "sd-01");
  await page.goForward();
  await expectOpen(page, "sd-02");

  // A reload keeps the open score, and stepping goes on from there.
  await page.reload();
  await expectOpen(page, "sd-02");
  await expect(drawer(page).getByRole("heading", { level: 2 })).toHaveText(TONE_LABEL);
  await page.keyboard.press("[");
  await expectOpen(page, "sd-01");
  await expect(rowAt(page, 0)).toHaveAttribute("aria-selected", "true");

  // Typing is typing: `]` in the search box does not step.
  await page.keyboard.press("/");
  await page.keyboard.type("]");
  await expect(page.getByRole("searchbox", { name: "Search comments and text values" })).toHaveValue("]");
  expect(urlParam(page, "score")).toBe("sd-01");
});

test("] on the last loaded row waits for the next page, then opens its first row", async ({ page }) => {
  const ids = idsByTimeDesc(await writePagingRows(page.request));
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/api\/v1\/scores\?.*cursor=/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${EXPLORER}?environment=${PAGING_ENV}&cols=${ID_COLUMNS}`);
  await expect(rowAt(page, 0)).toContainText(ids[0]);
  await table(page).focus();
  await page.keyboard.press("j");
  await page.keyboard.press("End");
  await expect(rowAt(page, 99)).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");
  await expectOpen(page, ids[99]);
  await page.keyboard.press("]");
  await page.waitForTimeout(300); // the next page is held back: the drawer must wait, not skip
  expect(urlParam(page, "score")).toBe(ids[99]);
  release();
  await expectOpen(page, ids[100]);
  await expect(rowAt(page, 100)).toHaveAttribute("aria-selected", "true");
});

test("links from the drawer lead to subject, annotator, label and queue pages with their figures", async ({
  page,
}) => {
  test.slow(); // many page loads, on a machine the suite shares
  const { people: who, queue, rows } = await writeDrilldownRows(page.request);
  const { annotatorA: a, annotatorB: b } = who;
  const byA = (r: DrillRow) => r.authorUserId === a.id;
  const opened = rows[0]; // QUALITY by A on dd-t1, in the new queue
  await page.goto(`${EXPLORER}?environment=drilldown-e2e&score=${opened.id}&cols=${ID_COLUMNS}`);
  await expectOpen(page, opened.id);

  // Subject: every score on the trace, counted from the rows written.
  await field(drawer(page), "Subject").getByRole("link").click();
  await expect(page).toHaveURL(`${project}/subjects/trace/${opened.traceId}`);
  const onTrace = rows.filter((r) => r.traceId === opened.traceId);
  await expect(page.getByRole("heading", { level: 2, name: `Scores (${onTrace.length})` })).toBeVisible(
    PAGE_LOAD,
  );
  await page.goBack();
  await expectOpen(page, opened.id);
  const others = drawer(page)
    .getByRole("list", { name: "Other scores on this subject" })
    .getByRole("listitem");
  await expect(others).toHaveCount(onTrace.length - 1);

  // Annotator: agreement with B on the categorical label, computed here.
  await field(drawer(page), "Annotator").getByRole("link", { name: a.name }).click();
  await expect(page).toHaveURL(`${project}/annotators/${a.id}`);
  const verdict = rows.filter((r) => r.name === VERDICT);
  const pairs = verdict.filter(byA).flatMap((ra) => {
    const rb = verdict.find((r) => r.authorUserId === b.id && r.traceId === ra.traceId);
    return rb ? [[String(ra.value), String(rb.value)] as [string, string]] : [];
  });
  const agreement = region(page, "Agreement with other annotators");
  const verdictRow = agreement.getByRole("row").filter({ hasText: VERDICT }).filter({ hasText: b.name });
  await expect(verdictRow.getByRole("cell")).toHaveText(
    [
      new RegExp(`^${VERDICT}`),
      b.name,
      String(pairs.length),
      `${formatPercent(pairs.filter(([x, y]) => x === y).length / pairs.length)} (n = ${pairs.length})`,
      `${formatFigure(kappa(pairs))} (n = ${pairs.length})`,
      "—",
      "Compare",
    ],
    PAGE_LOAD,
  );
  await page.goBack();
  await expectOpen(page, opened.id);

  // Label (the title): its total and per-annotator means.
  await drawer(page).getByRole("heading", { level: 2 }).getByRole("link").click();
  await expect(page).toHaveURL(`${project}/labels/${encodeURIComponent(QUALITY)}`);
  const quality = rows.filter((r) => r.name === QUALITY);
  await expect(page.getByLabel("Total scores")).toHaveText(String(quality.length), PAGE_LOAD);
  await expect(rowOf(region(page, "Annotators"), a.name).getByRole("cell")).toHaveText([
    String(quality.filter(byA).length),
    formatFigure(mean(numbers(quality.filter(byA)))),
    "Compare with EVAL",
  ]);
  await page.goBack();
  await expectOpen(page, opened.id);

  // Queue: the one the score was written in.
  await field(drawer(page), "Queue").getByRole("link", { name: queue.name }).click();
  await expect(page).toHaveURL(`${project}/queues/${queue.id}`);
  await expect(page.getByRole("heading", { level: 1, name: queue.name })).toBeVisible(PAGE_LOAD);
});

test("the full page shows the same score, rendered on the server, and leads back", async ({ page }) => {
  test.slow(); // three page loads and two drawers, on a machine the suite shares
  // The server's HTML already holds the score: no request waterfall in the browser.
  // (The comment is also in the hydration data; `>…<` finds it as rendered text.)
  const html = await (await page.request.get(`${project}/scores/sd-01`)).text();
  expect(html).toContain(">solid answer, one typo<");
  await page.goto(detailUrl("&score=sd-01"));
  await expectOpen(page, "sd-01");
  await drawer(page).getByRole("link", { name: "Open full page" }).click();
  await expect(page).toHaveURL(`${project}/scores/sd-01`);
  const main = page.getByRole("main");
  await expectFirstScore(main, 1);
  await expect(main.getByRole("button", { name: "Close score" })).toHaveCount(0);
  // Another score on the subject opens as its own page.
  await main.getByRole("link", { name: /^Open score sd-02/ }).click();
  await expect(page).toHaveURL(`${project}/scores/sd-02`);
  await expect(field(page.getByRole("main"), "Id")).toHaveText("sd-02");
  await page.getByRole("link", { name: "Back to scores" }).click();
  await expect(page).toHaveURL(EXPLORER);
});

// The base test: the drawer's 404 is expected, and Chromium logs every failed request as a console
// error, so this test checks the console itself and allows exactly that one.
base(
  "an unknown score id shows the not-found state in the drawer and on the full page",
  async ({ page, context }) => {
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    await context.addCookies(cookies);
    // The page is not streamed behind a skeleton, so the status is a real 404.
    const response = await page.goto(`${project}/scores/no-such-score`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Score not found or deleted" })).toBeVisible(
      PAGE_LOAD,
    );
    await page.getByRole("link", { name: "Back to scores" }).click();
    await expect(page).toHaveURL(EXPLORER);
    await page.goto(detailUrl("&score=no-such-score"));
    await expect(drawer(page)).toContainText("Score not found or deleted", PAGE_LOAD);
    await expect(drawer(page).getByRole("button", { name: "Retry" })).toHaveCount(0);
    expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
  },
);
