import fs from "node:fs";
import type { Browser, Download, Page } from "@playwright/test";
import { E2E_BASE_URL, E2E_PROJECT_ID } from "./env";
import { FIXED_ENV, writeFixedRows } from "./explorer-data";
import { EXPLORER, expectRows, fixedUrl, shownIds, signInOnce } from "./explorer-helpers";
import { expect, test } from "./fixtures";
import { loginAs } from "./login";

/**
 * Taking a view elsewhere, through the UI: the Export menu downloads the filtered view as CSV and
 * JSONL (checked against the list API for the same filters), a saved project view opens with the
 * same URL for another member, who (an admin) renames and deletes it; Copy link copies the URL.
 */
test.use({ timezoneId: "UTC" });

const ACCURACY = ["xe-08", "xe-03", "xe-02", "xe-01"];
let cookies: Awaited<ReturnType<typeof signInOnce>>;
const admin = {
  email: `ada-${Date.now()}@e2e.scorelens.dev`,
  name: "Ada Admin",
  password: "ada-chose-this-one",
};

test.beforeAll(async ({ browser, playwright }) => {
  const request = await playwright.request.newContext({ baseURL: E2E_BASE_URL });
  await writeFixedRows(request);
  await request.dispose();
  cookies = await signInOnce(browser);
});
test.beforeEach(({ context }) => context.addCookies(cookies));

async function exportAs(page: Page, format: "CSV" | "JSONL"): Promise<{ download: Download; text: string }> {
  await page.getByRole("button", { name: /^Export/ }).click();
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: new RegExp(`^Download ${format}`) }).click();
  const download = await downloading;
  const text = fs.readFileSync((await download.path())!, "utf8");
  await expect(page.getByTestId("export-status")).toHaveText(/^Exported 4 rows/);
  return { download, text };
}

test("exports the filtered view as CSV and JSONL from the menu", async ({ page }) => {
  const filters = `environment=${FIXED_ENV}&name=e2e-accuracy`;
  await page.goto(fixedUrl("&name=e2e-accuracy"));
  await expectRows(page, ACCURACY);
  const listed = await page.request.get(`/api/v1/scores?projectId=${E2E_PROJECT_ID}&${filters}`);
  const scores = (await listed.json()).data as { id: string; comment: string | null }[];
  expect(scores.map((score) => score.id)).toEqual(ACCURACY);

  const jsonl = await exportAs(page, "JSONL");
  expect(jsonl.download.suggestedFilename()).toMatch(
    /^scores-e2e-e2e-accuracy_explorer-e2e-\d{4}-\d{2}-\d{2}\.jsonl$/,
  );
  expect(jsonl.text).toBe(scores.map((score) => `${JSON.stringify(score)}\n`).join(""));

  const csv = await exportAs(page, "CSV");
  expect(csv.download.suggestedFilename()).toMatch(/\.csv$/);
  const lines = csv.text.split("\r\n");
  expect(lines[0]).toMatch(/^id,projectId,name,dataType,value,/);
  expect(lines.slice(1, -1).map((line) => line.split(",")[0])).toEqual(ACCURACY);
  expect(lines.at(-1)).toBe("");
  expect(csv.text).toContain("needs review: hallucinated date");

  // Visible columns only: the table's columns (names where it shows names), in its order.
  await page.getByRole("button", { name: /^Export/ }).click();
  await page.getByLabel("CSV: visible columns only").check();
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: /^Download CSV/ }).click();
  const visible = fs.readFileSync((await (await downloading).path())!, "utf8");
  expect(visible.split("\r\n")[0]).toBe(
    "id,name,value,source,subjectKind,subjectId,authorName,queueName,timestamp",
  );
  expect(
    visible
      .split("\r\n")
      .slice(1, -1)
      .map((line) => line.split(",")[0]),
  ).toEqual(ACCURACY);
});

/** A second person, an admin of the project, in a browser context of their own. */
async function adminContext(browser: Browser, owner: Page) {
  const added = await owner.request.post(`/api/v1/members?projectId=${E2E_PROJECT_ID}`, {
    data: { email: admin.email, name: admin.name, role: "admin" },
  });
  expect(added.status()).toBe(201);
  const oneTime = (await added.json()).oneTimePassword as string;
  const context = await browser.newContext({ baseURL: E2E_BASE_URL, timezoneId: "UTC" });
  const page = await context.newPage();
  await loginAs(page, { email: admin.email, password: oneTime }, { next: EXPLORER });
  await page.getByLabel("Current password").fill(oneTime);
  await page.getByLabel("New password", { exact: true }).fill(admin.password);
  await page.getByLabel("Repeat the new password").fill(admin.password);
  await page.getByRole("button", { name: "Save password" }).click();
  await expect(page).toHaveURL(new RegExp(`${EXPLORER}$`));
  return { context, page };
}

test("saves a view that another member opens, renames and deletes; copies the link", async ({
  page,
  browser,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(fixedUrl("&name=e2e-accuracy&sort=value&order=asc"));
  await expectRows(page, ["xe-01", "xe-03", "xe-08", "xe-02"]);
  const viewUrl = new URL(page.url());

  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByRole("button", { name: "Link copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());

  await page.getByRole("button", { name: /^Views/ }).click();
  const panel = page.getByRole("dialog", { name: "Saved views" });
  await panel.getByLabel("Save the current view as").fill("Accuracy, lowest first");
  await panel.getByLabel("Everyone in the project").check();
  await panel.getByRole("button", { name: "Save view" }).click();
  await expect(panel.getByRole("status")).toHaveText('Saved "Accuracy, lowest first"');
  await expect(page.getByRole("button", { name: /^View: Accuracy, lowest first/ })).toBeVisible();
  // A personal view stays the owner's own.
  await panel.getByLabel("Save the current view as").fill("Owner's private");
  await panel.getByLabel("Only me").check();
  await panel.getByRole("button", { name: "Save view" }).click();
  await expect(panel.getByRole("link", { name: "Owner's private" })).toBeVisible();

  const other = await adminContext(browser, page);
  try {
    const theirs = other.page;
    await theirs.getByRole("button", { name: /^Views/ }).click();
    const theirPanel = theirs.getByRole("dialog", { name: "Saved views" });
    await expect(theirPanel.getByRole("link", { name: "Owner's private" })).toHaveCount(0);
    await theirPanel.getByRole("link", { name: "Accuracy, lowest first" }).click();
    await expect.poll(() => new URL(theirs.url()).search).toBe(viewUrl.search);
    expect(new URL(theirs.url()).pathname).toBe(viewUrl.pathname);
    await expect.poll(() => shownIds(theirs)).toEqual(["xe-01", "xe-03", "xe-08", "xe-02"]);

    await theirs.getByRole("button", { name: /^View: Accuracy, lowest first/ }).click();
    await theirPanel.getByRole("button", { name: "Rename Accuracy, lowest first" }).click();
    await theirPanel.getByLabel("New name for Accuracy, lowest first").fill("Accuracy (team)");
    await theirPanel.getByRole("button", { name: "Save", exact: true }).click();
    await expect(theirPanel.getByRole("link", { name: "Accuracy (team)" })).toBeVisible();

    // The owner sees the new name.
    await page.reload();
    await page.getByRole("button", { name: /^View: Accuracy \(team\)/ }).click();
    await expect(panel.getByText("Project · E2E Owner")).toBeVisible();

    await theirPanel.getByRole("button", { name: "Delete Accuracy (team)" }).click();
    await theirPanel.getByRole("button", { name: "Confirm deleting Accuracy (team)" }).click();
    await expect(theirPanel.getByRole("link", { name: "Accuracy (team)" })).toHaveCount(0);
    await expect(theirs.getByRole("button", { name: /^Views/ })).toBeVisible();
  } finally {
    await other.context.close();
  }
});
