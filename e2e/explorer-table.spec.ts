import { E2E_BASE_URL } from "./env";
import { writeBulkRows, writeFixedRows } from "./explorer-data";
import {
  countBodyNodes,
  EXPLORER,
  expectRows,
  filterBar,
  fixedUrl,
  rowAt,
  signInOnce,
  shownIds,
  statusLine,
  table,
  urlParam,
} from "./explorer-helpers";
import { expect, test } from "./fixtures";

/** The explorer's table: keyboard, column choices that persist, a bounded DOM at 10,000 rows, themes. */
test.use({ timezoneId: "UTC" });

let cookies: Awaited<ReturnType<typeof signInOnce>>;
test.beforeAll(async ({ browser, playwright }) => {
  const request = await playwright.request.newContext({ baseURL: E2E_BASE_URL });
  await writeFixedRows(request);
  await request.dispose();
  cookies = await signInOnce(browser);
});
test.beforeEach(({ context }) => context.addCookies(cookies));

const ALL = ["xe-04", "xe-05", "xe-06", "xe-09", "xe-08", "xe-07", "xe-03", "xe-02", "xe-01"];
const openScore = (page: import("@playwright/test").Page) =>
  page.getByRole("complementary", { name: "Open score" });

test("j/k move the row focus, Enter opens the score, Esc closes it, / focuses search", async ({ page }) => {
  await page.goto(fixedUrl());
  await expectRows(page, ALL);
  const rows = { nth: (position: number) => rowAt(page, position) };
  // The rows are server-rendered: a key pressed before hydration is lost, so press until it lands.
  await expect(async () => {
    if ((await rows.nth(0).getAttribute("aria-selected")) !== "true") await page.keyboard.press("j");
    await expect(rows.nth(0)).toHaveAttribute("aria-selected", "true", { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expect(table(page)).toBeFocused();
  await page.keyboard.press("j");
  await page.keyboard.press("j");
  await expect(rows.nth(2)).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("k");
  await expect(rows.nth(1)).toHaveAttribute("aria-selected", "true");
  await expect(rows.nth(2)).toHaveAttribute("aria-selected", "false");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Enter");
  await expect.poll(() => urlParam(page, "score")).toBe("xe-05");
  await expect(openScore(page).getByTestId("open-score-id")).toHaveText("xe-05");
  await expect(openScore(page)).toContainText("e2e-pass");
  await page.keyboard.press("Escape");
  await expect(openScore(page)).toBeHidden();
  expect(urlParam(page, "score")).toBeNull();
  await page.goBack();
  await expect(openScore(page).getByTestId("open-score-id")).toHaveText("xe-05");
  await page.keyboard.press("Escape");
  await page.keyboard.press("/");
  const search = filterBar(page).getByRole("searchbox", { name: "Search comments and text values" });
  await expect(search).toBeFocused();
  await page.keyboard.press("k"); // typing in the search box is typing, not navigation
  await expect(rows.nth(1)).toHaveAttribute("aria-selected", "true");
  await expect(search).toHaveValue("k");
});

test("a link with ?score= opens that score, loaded in the table or not", async ({ page }) => {
  await page.goto(`${fixedUrl()}&score=xe-02`);
  await expect(openScore(page).getByTestId("open-score-id")).toHaveText("xe-02");
  await page.goto(`${fixedUrl()}&source=EVAL&score=xe-07`);
  await expectRows(page, ["xe-04", "xe-09", "xe-02"]);
  await expect(openScore(page).getByTestId("open-score-id")).toHaveText("xe-07");
  await expect(openScore(page)).toContainText("refund requested twice");
});

test("every control is reachable by keyboard", async ({ page }) => {
  await page.goto(fixedUrl());
  await expectRows(page, ALL);
  await page.keyboard.press("/");
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      return `${el?.tagName}:${el?.getAttribute("aria-label") ?? el?.textContent?.trim() ?? ""}`;
    });
  for (let i = 0; i < 30 && !(await focused()).startsWith("BUTTON:Source"); i++)
    await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("checkbox", { name: /^API/ })).toBeFocused();
  await page.keyboard.press("Space");
  await expectRows(page, ["xe-05", "xe-07", "xe-01"]);
  await page.keyboard.press("Escape");
  await expect(filterBar(page).getByRole("button", { name: /^Source: API/ })).toBeFocused();

  const reached = new Set<string>();
  for (let i = 0; i < 45; i++) {
    await page.keyboard.press("Tab");
    reached.add(await focused());
  }
  for (const control of [
    "BUTTON:Annotator",
    "BUTTON:Value",
    "BUTTON:Subject id",
    "BUTTON:Columns",
    "BUTTON:Remove filter Source: API",
    "BUTTON:Clear all",
    "TABLE:Scores",
    "BUTTON:Time",
    "DIV:Resize Time column",
  ]) {
    expect(
      [...reached].some((name) => name.startsWith(control)),
      `${control} in ${[...reached].join(" | ")}`,
    ).toBe(true);
  }
});

test("column visibility, order and width persist in the URL and in this browser", async ({
  page,
  context,
}) => {
  await page.goto(fixedUrl());
  await expectRows(page, ALL);
  await filterBar(page).getByRole("button", { name: "Columns" }).click();
  const menu = page.getByRole("dialog", { name: "Columns" });
  await menu.getByRole("checkbox", { name: "Queue" }).uncheck();
  await menu.getByRole("button", { name: "Move Label left" }).click();
  await page.keyboard.press("Escape");
  await expect.poll(() => urlParam(page, "cols")).toBe("name,id,value,source,subject,author,timestamp");
  await expect(page.getByRole("columnheader", { name: "Queue" })).toHaveCount(0);

  const separator = page.getByRole("separator", { name: "Resize Value column" });
  const before = Number(await separator.getAttribute("aria-valuenow"));
  await separator.focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(separator).toHaveAttribute("aria-valuenow", String(before + 32));

  await page.reload();
  await expect(page.getByRole("columnheader").first()).toHaveText(/Label/);
  await expect(page.getByRole("separator", { name: "Resize Value column" })).toHaveAttribute(
    "aria-valuenow",
    String(before + 32),
  );

  // Without cols, the columns saved in this browser apply and are written into the address.
  const plain = await context.newPage();
  await plain.goto(`${EXPLORER}?environment=explorer-e2e`);
  await expect.poll(() => urlParam(plain, "cols")).toBe("name,id,value,source,subject,author,timestamp");
  await expect.poll(() => shownIds(plain).then((ids) => ids.length)).toBe(ALL.length);
});

test("10,000 loaded rows keep the table body under 1,500 DOM nodes and every row reachable", async ({
  page,
  playwright,
}) => {
  test.setTimeout(300_000);
  const request = await playwright.request.newContext({ baseURL: E2E_BASE_URL });
  await writeBulkRows(request, 8_000);
  await request.dispose();

  await page.goto(EXPLORER);
  await expect(statusLine(page)).toHaveText("100 of 10,000+ loaded");
  const scroller = table(page).locator("xpath=..");
  const loaded = async () =>
    Number((await statusLine(page).textContent())?.match(/^([\d,]+) of/)?.[1].replace(/,/g, "") ?? 0);
  let most = 0;
  while ((await loaded()) < 10_000) {
    const count = await loaded();
    await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await expect.poll(loaded, { timeout: 15_000 }).toBeGreaterThan(count);
    most = Math.max(most, await countBodyNodes(table(page)));
  }
  expect(most).toBeLessThan(1_500);
  const total = await loaded();
  await expect(statusLine(page)).toHaveText(`${total.toLocaleString("en-US")} of 10,000+ loaded`);

  await table(page).focus();
  await page.keyboard.press("End");
  await expect(table(page).locator(`tbody tr[aria-rowindex="${total + 1}"]`)).toHaveAttribute(
    "aria-selected",
    "true",
  );
  await page.keyboard.press("Home");
  await expect(table(page).locator('tbody tr[aria-rowindex="2"]')).toHaveAttribute("aria-selected", "true");
  expect(await countBodyNodes(table(page))).toBeLessThan(1_500);
});

test.describe("in a dark system theme", () => {
  test.use({ colorScheme: "dark" });
  test("the table is dark too", async ({ page }) => {
    await page.goto(fixedUrl());
    await expectRows(page, ALL);
    const background = await table(page)
      .locator("xpath=..")
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    // Tailwind 4 colours are oklch(L C H); older engines report rgb(r, g, b).
    const numbers = (background.match(/[\d.]+/g) ?? []).map(Number);
    const lightness = background.startsWith("oklch")
      ? numbers[0]
      : (numbers[0] + numbers[1] + numbers[2]) / 765;
    expect(lightness, background).toBeLessThan(0.35);
  });
});
