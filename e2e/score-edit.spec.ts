import type { APIRequestContext, Browser, BrowserContext, Locator, Page } from "@playwright/test";
import { E2E_BASE_URL, E2E_KEYS, E2E_PROJECT_ID, E2E_USER } from "./env";
import { rowAt, table } from "./explorer-helpers";
import { expect, test } from "./fixtures";
import { loginAs } from "./login";

/**
 * Editing a score in the explorer's drawer, as the people the roles table names: an annotator
 * edits their own score (and only theirs), a viewer edits nothing (and the API agrees), two people
 * editing at once meet the conflict dialog, and a failed save puts the old value back. Members
 * are added through the API by the e2e owner and replace their one-time password on first login.
 */
test.use({ timezoneId: "UTC" });
// Each test opens the drawer several times, in up to two browsers; a shared 2-core machine is slow.
test.describe.configure({ timeout: 120_000 });

const ENV = "score-edit-e2e";
const LABEL = "se-rating";
const AT = "2026-02-01T09:00:00.000Z";
const RUN = Date.now().toString(36); // a retry in the same server gets new ids and accounts
const project = `?projectId=${E2E_PROJECT_ID}`;

type Cookies = Awaited<ReturnType<BrowserContext["cookies"]>>;
type Person = { name: string; cookies: Cookies };

const keyAuth = {
  authorization: `Basic ${Buffer.from(`${E2E_KEYS.publicKey}:${E2E_KEYS.secretKey}`).toString("base64")}`,
};

async function json<T>(response: Awaited<ReturnType<APIRequestContext["get"]>>, what: string): Promise<T> {
  if (!response.ok()) throw new Error(`${what}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

/** A 0–10 rating label, so the editor's number input has bounds to check. */
async function ensureLabel(request: APIRequestContext): Promise<string> {
  const { data } = await json<{ data: { id: string; name: string }[] }>(
    await request.get("/api/v1/configs", { headers: keyAuth }),
    "GET configs",
  );
  const found = data.find((config) => config.name === LABEL);
  if (found) return found.id;
  const body = { name: LABEL, dataType: "NUMERIC", minValue: 0, maxValue: 10 };
  const created = await request.post("/api/public/score-configs", { headers: keyAuth, data: body });
  return (await json<{ id: string }>(created, "POST score-configs")).id;
}

/** Adds a member as the owner, then signs in as them once to replace the one-time password. */
async function addMember(browser: Browser, owner: APIRequestContext, role: string): Promise<Person> {
  const email = `${role}-${RUN}@e2e.scorelens.dev`;
  const name = `${role[0].toUpperCase()}${role.slice(1)} ${RUN}`;
  const added = await json<{ oneTimePassword: string }>(
    await owner.post(`/api/v1/members${project}`, { data: { email, name, role } }),
    `POST members (${role})`,
  );
  const context = await browser.newContext({ baseURL: E2E_BASE_URL });
  const page = await context.newPage();
  await loginAs(page, { email, password: added.oneTimePassword });
  await expect(page).toHaveURL(/\/change-password/);
  const password = `${role}-chose-this-${RUN}`;
  await page.getByLabel("Current password").fill(added.oneTimePassword);
  await page.getByLabel("New password", { exact: true }).fill(password);
  await page.getByLabel("Repeat the new password").fill(password);
  await page.getByRole("button", { name: "Save password" }).click();
  await expect(page).not.toHaveURL(/\/change-password/);
  const cookies = await context.cookies();
  await context.close();
  return { name, cookies };
}

let configId = "";
let owner: Person;
let annotator: Person;
let viewer: Person;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000); // two accounts, each signing in and choosing a password
  const context = await browser.newContext({ baseURL: E2E_BASE_URL });
  const page = await context.newPage();
  await loginAs(page, E2E_USER);
  owner = { name: E2E_USER.name, cookies: await context.cookies() };
  configId = await ensureLabel(context.request);
  annotator = await addMember(browser, context.request, "annotator");
  viewer = await addMember(browser, context.request, "viewer");
  await context.close();
});

let serial = 0;

/** A rating written with `person`'s session, so its author is that person. */
async function createScore(request: APIRequestContext, value: number, comment: string): Promise<string> {
  const id = `se-${RUN}-${++serial}`;
  const body = {
    id,
    name: LABEL,
    configId,
    value,
    comment,
    traceId: `se-trace-${id}`,
    environment: ENV,
    timestamp: AT,
  };
  await json(await request.post(`/api/v1/scores${project}`, { data: body }), "POST scores");
  return id;
}

async function readScore(request: APIRequestContext, id: string) {
  return json<{ value: unknown; comment: string | null; updatedAt: string }>(
    await request.get(`/api/v1/scores/${id}${project}`),
    "GET score",
  );
}

const explorerUrl = (id: string) =>
  `/projects/${E2E_PROJECT_ID}/scores?environment=${ENV}&id=${id}&cols=id,name,value,author&score=${id}`;
const drawer = (page: Page) => page.getByRole("complementary", { name: "Open score" });
const shownValue = (page: Page) => drawer(page).getByTestId("score-value");
/** The drawer's comment: the definition after the "Comment" term (a dd has no name of its own). */
const shownComment = (page: Page) =>
  drawer(page)
    .locator("dt", { hasText: /^Comment$/ })
    .locator("xpath=following-sibling::dd[1]");
const editButton = (page: Page) => drawer(page).getByRole("button", { name: "Edit score" });
const editForm = (page: Page) => drawer(page).getByRole("form", { name: "Edit score" });
const valueCell = (page: Page) => rowAt(page, 0).getByRole("gridcell").nth(2);
const history = (page: Page) => drawer(page).getByRole("list", { name: "Revisions, newest first" });
const revisions = (page: Page) => history(page).locator(":scope > li");

/** After a (re)load: the drawer's code loads when a score first opens, which takes a while on a busy machine. */
const expectShown = (page: Page, value: string) =>
  expect(shownValue(page)).toHaveText(value, { timeout: 30_000 });

async function openScore(page: Page, id: string, value: string) {
  await page.goto(explorerUrl(id));
  await expect(table(page)).toBeVisible();
  await expectShown(page, value);
  await expect(valueCell(page)).toHaveText(value);
}

/** A second person's browser, watched for console errors like the fixture's page. */
async function openAs(browser: Browser, person: Person, id: string, value: string) {
  const context = await browser.newContext({ baseURL: E2E_BASE_URL, timezoneId: "UTC" });
  await context.addCookies(person.cookies);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await openScore(page, id, value);
  return { context, page, errors };
}

/**
 * Chromium logs every non-2xx fetch as a console error. The refusals a test provokes on purpose
 * (a 412, a 503) are expected; any other error still fails the test.
 */
function forgive(errors: string[], statuses: number[]) {
  const expected = new RegExp(`status of (${statuses.join("|")})\\b`);
  for (let index = errors.length - 1; index >= 0; index--) {
    if (expected.test(errors[index])) errors.splice(index, 1);
  }
}

async function startEditing(page: Page, value: string, comment?: string) {
  await editButton(page).click();
  const form = editForm(page);
  await form.getByLabel("Value").fill(value);
  if (comment !== undefined) await form.getByLabel("Comment").fill(comment);
  return form;
}

const changedFields = (item: Locator) => item.getByRole("list", { name: "Changed fields" });

test("an annotator edits the value and comment of their own score", async ({ page, context }) => {
  await context.addCookies(annotator.cookies);
  const id = await createScore(page.request, 3, "first look");
  await openScore(page, id, "3");

  // Esc leaves the form, not the drawer.
  await editButton(page).click();
  await expect(editForm(page).getByLabel("Value")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(editForm(page)).toHaveCount(0);
  await expect(drawer(page)).toBeVisible();
  expect(new URL(page.url()).searchParams.get("score")).toBe(id);
  await expect(editButton(page)).toBeFocused();

  const form = await startEditing(page, "11");
  await expect(form.getByText("Value must be at most 10")).toBeVisible();
  await expect(form.getByRole("button", { name: "Save" })).toBeDisabled();
  await form.getByLabel("Value").fill("3");
  await expect(form.getByRole("button", { name: "Save" })).toBeDisabled(); // nothing changed
  await form.getByLabel("Comment").fill("second look: better than I thought");
  await form.getByLabel("Value").fill("7");
  await form.getByLabel("Value").press("Enter");

  await expect(editForm(page)).toHaveCount(0);
  await expect(shownValue(page)).toHaveText("7");
  await expect(shownComment(page)).toHaveText("second look: better than I thought");
  await expect(valueCell(page)).toHaveText("7");
  const latest = revisions(page).first();
  await expect(changedFields(latest)).toContainText(/value\s*changed from\s*3\D+7/);
  await expect(changedFields(latest)).toContainText("second look: better than I thought");
  await expect(revisions(page)).toHaveCount(2); // created, then this edit

  await page.reload();
  await expectShown(page, "7");
  expect(await readScore(page.request, id)).toMatchObject({
    value: 7,
    comment: "second look: better than I thought",
  });
});

test("an annotator gets no edit control on someone else's score, and the API refuses the edit", async ({
  page,
  context,
  browser,
}) => {
  const asOwner = await browser.newContext({ baseURL: E2E_BASE_URL });
  await asOwner.addCookies(owner.cookies);
  const id = await createScore(asOwner.request, 4, "the owner's");
  await asOwner.close();

  await context.addCookies(annotator.cookies);
  await openScore(page, id, "4");
  await expect(history(page)).toBeVisible(); // the drawer has finished loading
  await expect(editButton(page)).toHaveCount(0);

  const refused = await page.request.patch(`/api/v1/scores/${id}${project}`, { data: { value: 9 } });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error.code).toBe("forbidden");
  expect(await readScore(page.request, id)).toMatchObject({ value: 4, comment: "the owner's" });
});

test("a viewer gets no edit control, and a PATCH with their session is 403", async ({ page, context }) => {
  const id = await createScore(await annotatorRequest(context), 5, "for the viewer");
  await context.clearCookies();
  await context.addCookies(viewer.cookies);
  await openScore(page, id, "5");
  await expect(history(page)).toBeVisible();
  await expect(editButton(page)).toHaveCount(0);

  const refused = await page.request.patch(`/api/v1/scores/${id}${project}`, {
    data: { value: 1, comment: "viewer was here" },
  });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error.message).toMatch(/viewer/);
  expect(await readScore(page.request, id)).toMatchObject({ value: 5, comment: "for the viewer" });
});

/** The annotator's API session inside this test's context (their cookies, then the test's own). */
async function annotatorRequest(context: BrowserContext): Promise<APIRequestContext> {
  await context.addCookies(annotator.cookies);
  return context.request;
}

test.describe("two people edit the same score at once", () => {
  test("the second sees the first's value and overwrites it with theirs", async ({ browser }) => {
    const setup = await browser.newContext({ baseURL: E2E_BASE_URL });
    await setup.addCookies(annotator.cookies);
    const id = await createScore(setup.request, 3, "start");
    await setup.close();

    const first = await openAs(browser, annotator, id, "3");
    const second = await openAs(browser, owner, id, "3");
    await startEditing(first.page, "4", "first edit");
    const secondForm = await startEditing(second.page, "8", "second edit");

    await editForm(first.page).getByRole("button", { name: "Save" }).click();
    await expect(shownValue(first.page)).toHaveText("4");
    await expect(editForm(first.page)).toHaveCount(0);

    await secondForm.getByRole("button", { name: "Save" }).click();
    const dialog = second.page.getByRole("dialog", { name: "This score changed while you were editing" });
    await expect(dialog.getByTestId("conflict-theirs-value")).toHaveText("4");
    await expect(dialog.getByTestId("conflict-mine-value")).toHaveText("8");
    await expect(dialog).toContainText(`${annotator.name} saved it at`);
    await expect(dialog).toContainText("first edit");
    await expect(dialog).toContainText("second edit");
    // Until a choice is made nothing is written, and the table shows the last value the page knew.
    expect(await readScore(second.context.request, id)).toMatchObject({ value: 4 });

    // The first person edits once more before the second decides: overwriting meets a new conflict.
    await startEditing(first.page, "5");
    await editForm(first.page).getByRole("button", { name: "Save" }).click();
    await expect(shownValue(first.page)).toHaveText("5");
    await dialog.getByRole("button", { name: "Overwrite with mine" }).click();
    await expect(dialog.getByTestId("conflict-theirs-value")).toHaveText("5");
    await expect(dialog.getByTestId("conflict-mine-value")).toHaveText("8");
    await dialog.getByRole("button", { name: "Overwrite with mine" }).click();

    await expect(dialog).toHaveCount(0);
    await expect(shownValue(second.page)).toHaveText("8");
    await expect(shownComment(second.page)).toHaveText("second edit");
    await expect(valueCell(second.page)).toHaveText("8");
    const items = revisions(second.page);
    await expect(items).toHaveCount(4); // created, then three edits, newest first
    await expect(changedFields(items.nth(0))).toContainText(/value\s*changed from\s*5\D+8/);
    await expect(changedFields(items.nth(1))).toContainText(/value\s*changed from\s*4\D+5/);
    await expect(changedFields(items.nth(2))).toContainText(/value\s*changed from\s*3\D+4/);
    await expect(items.nth(3)).toContainText("Created");

    await first.page.reload();
    await expectShown(first.page, "8");
    forgive(second.errors, [412]);
    expect([...first.errors, ...second.errors], "console errors").toEqual([]);
    await first.context.close();
    await second.context.close();
  });

  test("the second keeps the first's value and their own edit is dropped", async ({ browser }) => {
    const setup = await browser.newContext({ baseURL: E2E_BASE_URL });
    await setup.addCookies(annotator.cookies);
    const id = await createScore(setup.request, 2, "start");
    await setup.close();

    const first = await openAs(browser, owner, id, "2");
    const second = await openAs(browser, annotator, id, "2");
    await startEditing(first.page, "6");
    await startEditing(second.page, "9", "mine, to be dropped");
    await editForm(first.page).getByRole("button", { name: "Save" }).click();
    await expect(shownValue(first.page)).toHaveText("6");

    await editForm(second.page).getByRole("button", { name: "Save" }).click();
    const dialog = second.page.getByRole("dialog", { name: "This score changed while you were editing" });
    await expect(dialog.getByTestId("conflict-theirs-value")).toHaveText("6");
    await expect(dialog.getByTestId("conflict-mine-value")).toHaveText("9");

    // Esc puts off the choice: the draft goes back into the form, and the drawer stays open.
    await second.page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    await expect(drawer(second.page).getByRole("alert")).toContainText("Not saved: this score changed");
    await expect(editForm(second.page).getByLabel("Value")).toHaveValue("9");
    expect(new URL(second.page.url()).searchParams.get("score")).toBe(id);
    await editForm(second.page).getByRole("button", { name: "Save" }).click();
    await expect(dialog.getByTestId("conflict-theirs-value")).toHaveText("6");
    await dialog.getByRole("button", { name: "Keep theirs" }).click();

    await expect(dialog).toHaveCount(0);
    await expect(editForm(second.page)).toHaveCount(0);
    await expect(shownValue(second.page)).toHaveText("6");
    await expect(shownComment(second.page)).toHaveText("start");
    await expect(valueCell(second.page)).toHaveText("6");
    await expect(revisions(second.page)).toHaveCount(2); // created, then the first person's edit
    expect(await readScore(second.context.request, id)).toMatchObject({ value: 6, comment: "start" });
    forgive(second.errors, [412]);
    expect([...first.errors, ...second.errors], "console errors").toEqual([]);
    await first.context.close();
    await second.context.close();
  });
});

test("a failed save puts the old value back everywhere and says what failed", async ({
  page,
  context,
  consoleErrors,
}) => {
  const id = await createScore(await annotatorRequest(context), 2, "before");
  await openScore(page, id, "2");

  // Held until the optimistic value has been seen, then refused as a database outage would be.
  const thisScore = (url: URL) => url.pathname === `/api/v1/scores/${id}`;
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(thisScore, async (route) => {
    if (route.request().method() !== "PATCH") return route.continue();
    await held;
    await route.fulfill({
      status: 503,
      json: { error: { code: "unavailable", message: "The database is unavailable; retry in a moment" } },
    });
  });
  const form = await startEditing(page, "9", "after");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(shownValue(page)).toHaveText("9");
  await expect(valueCell(page)).toHaveText("9");
  release();

  await expect(drawer(page).getByRole("alert")).toHaveText(
    "Your edit was not saved: The database is unavailable; retry in a moment",
  );
  await expect(shownValue(page)).toHaveText("2");
  await expect(shownComment(page)).toHaveText("before");
  await expect(valueCell(page)).toHaveText("2");
  // The draft survives for another try.
  await expect(editForm(page).getByLabel("Value")).toHaveValue("9");
  await expect(editForm(page).getByLabel("Comment")).toHaveValue("after");

  // A proxy's bare 500 is reported with its status; then, with the server back, the retry saves.
  await page.unroute(thisScore);
  await page.route(thisScore, (route) =>
    route.request().method() === "PATCH"
      ? route.fulfill({ status: 500, contentType: "text/html", body: "<h1>Internal Server Error</h1>" })
      : route.continue(),
  );
  await editForm(page).getByRole("button", { name: "Save" }).click();
  await expect(drawer(page).getByRole("alert")).toHaveText(
    /^Your edit was not saved: The server answered 500/,
  );
  await expect(valueCell(page)).toHaveText("2");
  await page.unroute(thisScore);
  await editForm(page).getByRole("button", { name: "Save" }).click();
  await expect(editForm(page)).toHaveCount(0);
  await expect(shownValue(page)).toHaveText("9");
  await expect(drawer(page).getByRole("alert")).toHaveCount(0);
  expect(await readScore(page.request, id)).toMatchObject({ value: 9, comment: "after" });
  forgive(consoleErrors, [500, 503]);
});
