import type { Browser, Page } from "@playwright/test";
import { E2E_KEYS, E2E_PROJECT_ID, E2E_USER } from "./env";
import { expect, test } from "./fixtures";
import { loginAs } from "./login";

/**
 * The annotation workspace end to end: an owner sets up two labels and a queue with two
 * annotations per item, fills it from an explorer selection and adds two annotators; both work
 * the queue at the same time, one of them with the keyboard only, and the results agree across
 * the queue page, the Langfuse API, the explorer and the agreement figures. A viewer gets no
 * controls and the API refuses them.
 */
const project = `/projects/${E2E_PROJECT_ID}`;
const auth = {
  authorization: `Basic ${Buffer.from(`${E2E_KEYS.publicKey}:${E2E_KEYS.secretKey}`).toString("base64")}`,
};
const QUEUE = "Overlap review";
const people = {
  a: { email: "ann-a@e2e.scorelens.dev", name: "Ann A", password: "ann-a-chose-this" },
  b: { email: "ann-b@e2e.scorelens.dev", name: "Ann B", password: "ann-b-chose-this" },
  viewer: { email: "vic@e2e.scorelens.dev", name: "Vic", password: "vic-chose-this-1" },
};
type Person = (typeof people)[keyof typeof people];

test.describe.configure({ mode: "serial", timeout: 180_000 });

async function addMember(page: Page, person: Person, role: string): Promise<string> {
  const add = page.getByRole("region", { name: "Add a member" });
  await add.getByLabel("Email").fill(person.email);
  await add.getByLabel("Name").fill(person.name);
  await add.getByLabel("Role").selectOption(role);
  await add.getByRole("button", { name: "Add member" }).click();
  const oneTime = await page.getByLabel("One-time password", { exact: true }).innerText();
  await page.keyboard.press("Escape");
  return oneTime;
}

/** Signs in and replaces the one-time password, typing only. */
async function firstSignInByKeyboard(page: Page, person: Person, oneTime: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password", { exact: true }).fill(oneTime);
  await page.keyboard.press("Enter");
  await expect(page).not.toHaveURL(/\/login/);
  // Wherever one lands, a one-time password is replaced first.
  await page.goto(`${project}/my-work`);
  await expect(page).toHaveURL(/\/change-password/);
  await page.getByLabel("Current password").fill(oneTime);
  await page.getByLabel("New password", { exact: true }).fill(person.password);
  await page.getByLabel("Repeat the new password").fill(person.password);
  await page.keyboard.press("Enter");
  await expect(page).not.toHaveURL(/\/change-password/);
}

const shownItem = (page: Page) =>
  page.getByRole("article", { name: "Item" }).getAttribute("data-item-id", { timeout: 1000 });

/** Answers the item on screen with the keyboard: a digit for "correct", a number for "stars", Enter. */
async function answer(page: Page, correct: "1" | "2", stars: string) {
  await expect(page.getByRole("article", { name: "Item" })).toBeVisible({ timeout: 20_000 });
  const before = await shownItem(page);
  await expect(page.getByRole("radio", { name: /True/ })).toBeFocused();
  await page.keyboard.press(correct);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("stars")).toBeFocused();
  await page.keyboard.type(stars);
  await page.keyboard.press("Enter");
  await expect.poll(() => shownItem(page).catch(() => null)).not.toBe(before);
}

let oneTimes: Record<string, string> = {};
let queueId = "";

test("an owner sets up labels and a queue, and fills it from an explorer selection", async ({ page }) => {
  await loginAs(page, E2E_USER, { next: `${project}/settings/labels` });
  const form = page.getByRole("form", { name: "New label" });
  await form.getByLabel("Label name").fill("correct");
  await form.getByLabel("Type").selectOption("BOOLEAN");
  await form.getByRole("button", { name: "Create label" }).click();
  await expect(page.getByRole("cell", { name: "correct", exact: true })).toBeVisible();
  await form.getByLabel("Label name").fill("stars");
  await form.getByLabel("Type").selectOption("NUMERIC");
  await form.getByLabel("Minimum").fill("1");
  await form.getByLabel("Maximum").fill("5");
  await form.getByLabel("Step").fill("1");
  await form.getByRole("button", { name: "Create label" }).click();
  await expect(page.getByRole("cell", { name: "stars", exact: true })).toBeVisible();

  await page.goto(`${project}/settings/members`);
  oneTimes = {
    a: await addMember(page, people.a, "annotator"),
    b: await addMember(page, people.b, "annotator"),
    viewer: await addMember(page, people.viewer, "viewer"),
  };

  await page.goto(`${project}/settings/queues`);
  const create = page.getByRole("region", { name: "New queue" });
  await create.getByLabel("Queue name").fill(QUEUE);
  await create.getByLabel("Annotations per item").fill("2");
  await create.getByRole("checkbox", { name: "correct", exact: true }).check();
  await create.getByRole("checkbox", { name: "stars", exact: true }).check();
  await create.getByRole("checkbox", { name: people.a.name }).check();
  await create.getByRole("checkbox", { name: people.b.name }).check();
  await create.getByRole("button", { name: "Create queue" }).click();
  const row = page.getByRole("row").filter({ hasText: QUEUE });
  await expect(row).toContainText("Ann A, Ann B");
  await expect(row.getByRole("cell").nth(2)).toHaveText("2");

  // Six distinct subjects from the explorer: click the first row, shift-click the row that brings the sixth.
  await page.goto(`${project}/scores?source=EVAL`);
  await expect(page.locator("[data-hydrated]")).toBeVisible();
  const subjects = await page.locator('tbody tr[role="row"] a[href*="/subjects/"]').allInnerTexts();
  const distinct: string[] = [];
  let last = 0;
  subjects.forEach((text, index) => {
    if (distinct.length < 6 && !distinct.includes(text)) {
      distinct.push(text);
      last = index;
    }
  });
  expect(distinct).toHaveLength(6);
  await page.getByRole("button", { name: "Select rows" }).click();
  await page.getByRole("checkbox", { name: "Select row 1", exact: true }).click();
  await page
    .getByRole("checkbox", { name: `Select row ${last + 1}`, exact: true })
    .click({ modifiers: ["Shift"] });
  await expect(page.getByRole("region", { name: "Selection" })).toContainText(`${last + 1} selected`);
  await page.getByRole("button", { name: "Add subjects to queue" }).click();
  const dialog = page.getByRole("dialog", { name: "Add to queue" });
  await dialog.getByLabel("Queue", { exact: true }).selectOption({ label: QUEUE });
  await dialog.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.getByText(`Added 6 subjects to ${QUEUE}.`)).toBeVisible();
  // Adding the same rows again adds nothing.
  await dialog.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.getByText(`Added 0 subjects to ${QUEUE}; 6 already there.`)).toBeVisible();

  const queues = await page.request.get(`/api/v1/queues?projectId=${E2E_PROJECT_ID}`);
  queueId = (await queues.json()).data.find((queue: { name: string }) => queue.name === QUEUE).id;
  expect(queueId).toBeTruthy();
});

async function annotatorPage(browser: Browser, person: Person, oneTime: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await firstSignInByKeyboard(page, person, oneTime);
  return { context, page };
}

test("two annotators work the queue at once; A uses only the keyboard", async ({ browser }) => {
  const a = await annotatorPage(browser, people.a, oneTimes.a);
  const b = await annotatorPage(browser, people.b, oneTimes.b);

  // A's home page is their work.
  await a.page.goto("/");
  const start = a.page.getByRole("link", { name: `Start ${QUEUE}` });
  await expect(a.page.getByText("6 of 6 left for you")).toBeVisible();
  await start.focus();
  await a.page.keyboard.press("Enter");
  await expect(a.page.getByTestId("work-left")).toHaveText("6 of 6 left");

  await b.page.goto(`${project}/queues/${queueId}/work`);
  await expect(b.page.getByTestId("work-left")).toHaveText("6 of 6 left");
  const held = new Set([await shownItem(a.page)]);
  expect(held.has(await shownItem(b.page))).toBe(false);

  // A: three items by keyboard, one skip; B works alongside and never sees A's item.
  await a.page.keyboard.press("?");
  await expect(a.page.getByRole("dialog", { name: "Keyboard" })).toBeVisible();
  await a.page.keyboard.press("Escape");
  for (let i = 0; i < 3; i++) {
    await answer(a.page, "1", "4");
    await answer(b.page, i < 3 ? "1" : "2", "2");
    expect(await shownItem(b.page)).not.toBe(await shownItem(a.page));
  }
  await expect(a.page.getByTestId("work-left")).toHaveText("3 of 6 left");
  const skipped = await shownItem(a.page);
  await a.page.keyboard.press("s");
  await expect.poll(() => shownItem(a.page)).not.toBe(skipped);
  // [ steps back to an item done in this sitting, ] returns.
  await a.page.keyboard.press("Escape");
  await a.page.keyboard.press("[");
  await expect(a.page.getByText(/Earlier item 3 of 3/)).toBeVisible();
  await a.page.keyboard.press("]");
  await expect(a.page.getByText(/Earlier item/)).toHaveCount(0);

  // Both finish: whoever has an item on screen answers it; items others hold arrive when released.
  const nothingLeft = (page: Page) =>
    page.getByRole("heading", { name: "Nothing left for you in this queue" });
  for (let round = 0; round < 30; round++) {
    const aDone = await nothingLeft(a.page).isVisible();
    const bDone = await nothingLeft(b.page).isVisible();
    if (aDone && bDone) break;
    if (!aDone && (await a.page.getByRole("article", { name: "Item" }).isVisible()))
      await answer(a.page, "1", "4");
    if (!bDone && (await b.page.getByRole("article", { name: "Item" }).isVisible()))
      await answer(b.page, "2", "2");
    if (!aDone && !bDone)
      expect(await shownItem(b.page).catch(() => null)).not.toBe(await shownItem(a.page).catch(() => "none"));
    await a.page.waitForTimeout(200);
  }
  await expect(nothingLeft(a.page)).toBeVisible();
  await expect(nothingLeft(b.page)).toBeVisible();
  await expect(a.page.getByTestId("work-left")).toHaveText("0 of 6 left");
  await a.context.close();
  await b.context.close();
});

test("the queue page, the Langfuse API, the explorer and the agreement figures agree", async ({
  page,
  request,
}) => {
  const langfuse = await request.get(`/api/public/annotation-queues/${queueId}/items`, { headers: auth });
  const items = (await langfuse.json()).data as { status: string }[];
  expect(items.map((item) => item.status)).toEqual(Array(6).fill("COMPLETED"));

  await loginAs(page, E2E_USER, { next: `${project}/queues/${queueId}` });
  const list = page.getByRole("region", { name: "Queue items" });
  await expect(list.getByText("6 items")).toBeVisible();
  await list.getByLabel("Status").selectOption("completed");
  await expect(list.getByText("6 items")).toBeVisible();
  await expect(list.getByRole("row").filter({ hasText: "Ann A" }).filter({ hasText: "Ann B" })).toHaveCount(
    6,
  );

  const scores = await request.get(`/api/v1/scores?queueId=${queueId}&limit=100`, { headers: auth });
  const rows = (await scores.json()).data as { source: string; author: { name: string }; name: string }[];
  expect(rows).toHaveLength(24);
  expect(new Set(rows.map((row) => row.source))).toEqual(new Set(["ANNOTATION"]));
  expect(new Set(rows.map((row) => row.author.name))).toEqual(new Set(["Ann A", "Ann B"]));
  await page.goto(`${project}/scores?queueId=${encodeURIComponent(queueId)}`);
  await expect(page.getByRole("row").filter({ hasText: "Ann A" }).first()).toContainText("Annotation");

  // Agreement of A with B: A said True and 4 everywhere; B said True on 3 items and 2 everywhere.
  const members = (await (await page.request.get(`/api/v1/members?projectId=${E2E_PROJECT_ID}`)).json()).data;
  const aId = members.find((member: { email: string }) => member.email === people.a.email).id;
  const agreement = (
    await (await page.request.get(`/api/v1/annotators/${aId}/agreement?projectId=${E2E_PROJECT_ID}`)).json()
  ).data as {
    label: string;
    otherAnnotator: { name: string };
    sharedSubjects: number;
    percentAgreement: number | null;
    meanAbsoluteDifference: number | null;
  }[];
  const withB = (label: string) =>
    agreement.find((row) => row.label === label && row.otherAnnotator.name === "Ann B");
  expect(withB("correct")).toMatchObject({ sharedSubjects: 6, percentAgreement: 0.5 });
  expect(withB("stars")).toMatchObject({ sharedSubjects: 6, meanAbsoluteDifference: 2 });
});

test("a viewer sees no annotation controls and the API refuses them", async ({ page }) => {
  await firstSignInByKeyboard(page, people.viewer, oneTimes.viewer);
  await page.goto(`${project}/queues/${queueId}`);
  await expect(page.getByRole("region", { name: "Queue items" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Start annotating" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Reset / })).toHaveCount(0);
  await expect(
    page.getByRole("navigation", { name: "Project" }).getByRole("link", { name: "My work" }),
  ).toHaveCount(0);
  await page.goto(`${project}/queues/${queueId}/work`);
  await expect(page.getByRole("heading", { name: "You cannot work this queue" })).toBeVisible();
  await page.goto(`${project}/scores`);
  await expect(page.locator("[data-hydrated]")).toBeVisible();
  await expect(page.getByRole("button", { name: "Select rows" })).toHaveCount(0);
  await expect(page.getByRole("checkbox", { name: "Select row 1" })).toHaveCount(0);
  const q = `projectId=${E2E_PROJECT_ID}`;
  const refused = await Promise.all([
    page.request.post(`/api/v1/queues/${queueId}/next?${q}`, { data: {} }),
    page.request.post(`/api/v1/queues/${queueId}/items?${q}`, {
      data: { items: [{ objectType: "trace", objectId: "x" }] },
    }),
    page.request.post(`/api/v1/configs?${q}`, { data: { name: "nope", dataType: "TEXT" } }),
    page.request.post(`/api/v1/queues?${q}`, { data: { name: "nope", configIds: [] } }),
  ]);
  expect(refused.map((response) => response.status())).toEqual([403, 403, 403, 403]);
});
