import type { Browser, BrowserContext, Locator, Page } from "@playwright/test";
import { E2E_BASE_URL, E2E_PROJECT_ID, E2E_USER } from "./env";
import { FIXED_ENV } from "./explorer-data";
import { expect } from "./fixtures";
import { loginAs } from "./login";

export const EXPLORER = `/projects/${E2E_PROJECT_ID}/scores`;
/** Columns that name each row (id first), written into the URL like any shared link. */
export const ID_COLUMNS = "id,name,value,source,subject,author,queue,timestamp";

export const fixedUrl = (extra = "") => `${EXPLORER}?environment=${FIXED_ENV}${extra}&cols=${ID_COLUMNS}`;

type Cookies = Awaited<ReturnType<BrowserContext["cookies"]>>;

/** Signs in once for a whole spec file; each test's context then gets the session cookie. */
export async function signInOnce(browser: Browser): Promise<Cookies> {
  const context = await browser.newContext({ baseURL: E2E_BASE_URL });
  const page = await context.newPage();
  await loginAs(page, { email: E2E_USER.email, password: E2E_USER.password });
  const cookies = await context.cookies();
  await context.close();
  return cookies;
}

export const table = (page: Page) => page.getByRole("grid", { name: "Scores" });
export const filterBar = (page: Page) => page.getByRole("search", { name: "Filter scores" });
export const statusLine = (page: Page) => page.getByTestId("explorer-status");

/** The row at a position (0 = first data row); rows are recycled, so DOM order is not visual order. */
export const rowAt = (page: Page, position: number) =>
  table(page).locator(`tbody tr[aria-rowindex="${position + 2}"]`);

/** The ids of the rows in the table body, top to bottom (the id column comes first). */
export async function shownIds(page: Page): Promise<string[]> {
  return table(page)
    .locator("tbody tr")
    .evaluateAll((rows) =>
      rows
        .map((row) => ({
          position: Number(row.getAttribute("aria-rowindex")),
          id: row.querySelector("[role=gridcell]")?.textContent?.trim() ?? "",
        }))
        .sort((a, b) => a.position - b.position)
        .map((row) => row.id),
    );
}

/**
 * The rows are server-rendered, so they show before the page listens: this also waits until the
 * explorer has hydrated (`data-hydrated`), so the test's next click or key is not lost.
 */
export async function expectRows(page: Page, ids: string[]) {
  await expect.poll(() => shownIds(page), { timeout: 10_000 }).toEqual(ids);
  await expect(page.locator("[data-hydrated]")).toBeAttached({ timeout: 15_000 });
}

export const urlParam = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);

/** Opens a picker of the filter bar, ticks the option and closes it again with Esc. */
export async function pick(page: Page, picker: string, option: string | RegExp, find?: string) {
  await filterBar(page)
    .getByRole("button", { name: new RegExp(`^${picker}\\b`) })
    .click();
  const panel = page.getByRole("dialog", { name: `${picker} filter` });
  // Long option lists come with a search box; short ones do not.
  const search = panel.getByRole("searchbox");
  if (find && (await search.count()) > 0) await search.fill(find);
  await panel.getByRole("checkbox", { name: option }).check();
  await page.keyboard.press("Escape");
  await expect(panel).toBeHidden();
}

/** Every node under the table body (elements and text), the measure of a bounded DOM. */
export async function countBodyNodes(grid: Locator): Promise<number> {
  return grid.locator("tbody").evaluate((body) => {
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_ALL);
    let count = 0;
    while (walker.nextNode()) count++;
    return count;
  });
}
