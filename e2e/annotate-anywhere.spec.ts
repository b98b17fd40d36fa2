import type { APIRequestContext, Page } from "@playwright/test";
import { E2E_BASE_URL, E2E_KEYS, E2E_PROJECT_ID, E2E_USER } from "./env";
import { expect, test } from "./fixtures";
import { loginAs } from "./login";

/**
 * "Annotate anywhere": Add score on a subject page and in the score drawer, Add to queue in the
 * drawer, and no such controls for a viewer. Labels, a queue and one scored trace are written
 * through the API with fixed ids and dates first, so every assertion below is known exactly.
 */
const project = `/projects/${E2E_PROJECT_ID}`;
const auth = {
  authorization: `Basic ${Buffer.from(`${E2E_KEYS.publicKey}:${E2E_KEYS.secretKey}`).toString("base64")}`,
};
const TRACE = "aw-t1";
const SEED = "aw-seed-1";
const ENV = "aw-env";
const STARS = "aw-stars";
const TONE = "aw-tone";
const QUEUE = "Anywhere queue";
const people = {
  annotator: { email: "aw-ann@e2e.scorelens.dev", name: "Aw Ann", password: "aw-ann-chose-this" },
  viewer: { email: "aw-vic@e2e.scorelens.dev", name: "Aw Vic", password: "aw-vic-chose-this" },
};

test.describe.configure({ mode: "serial", timeout: 90_000 });

async function ensureLabel(request: APIRequestContext, body: Record<string, unknown>): Promise<string> {
  const list = (await (await request.get("/api/v1/configs", { headers: auth })).json()).data as {
    id: string;
    name: string;
  }[];
  const existing = list.find((label) => label.name === body.name);
  if (existing) return existing.id;
  const created = await request.post("/api/v1/configs", { headers: auth, data: body });
  expect(created.status()).toBe(201);
  return (await created.json()).id;
}

let starsId = "";
let queueId = "";

test.beforeAll(async ({ playwright }) => {
  const request = await playwright.request.newContext({
    baseURL: E2E_BASE_URL,
  });
  starsId = await ensureLabel(request, {
    name: STARS,
    dataType: "NUMERIC",
    minValue: 1,
    maxValue: 5,
    step: 1,
  });
  await ensureLabel(request, {
    name: TONE,
    dataType: "CATEGORICAL",
    widget: "single_select",
    categories: [
      { label: "warm", value: 1 },
      { label: "curt", value: 0 },
    ],
  });
  const seed = await request.post("/api/v1/scores", {
    headers: auth,
    data: {
      id: SEED,
      name: "aw-seed",
      value: 0.5,
      traceId: TRACE,
      environment: ENV,
      timestamp: "2026-01-05T10:00:00Z",
    },
  });
  expect([200, 201]).toContain(seed.status());
  const queues = (await (await request.get("/api/v1/queues", { headers: auth })).json()).data as {
    id: string;
    name: string;
  }[];
  queueId =
    queues.find((queue) => queue.name === QUEUE)?.id ??
    (
      await (
        await request.post("/api/v1/queues", { headers: auth, data: { name: QUEUE, configIds: [starsId] } })
      ).json()
    ).id;
  expect(queueId).toBeTruthy();
  await request.dispose();
});

const newScoreDialog = (page: Page) => page.getByRole("dialog", { name: "Add score" });

test("Add score on a subject page: keyboard only, listed with source and author", async ({ page }) => {
  await loginAs(page, E2E_USER, { next: `${project}/subjects/trace/${TRACE}` });
  await expect(page.getByRole("heading", { level: 1, name: TRACE })).toBeVisible({ timeout: 15_000 });
  const open = page.getByRole("button", { name: "Add score" });

  // Esc closes without saving and gives focus back.
  await open.focus();
  await page.keyboard.press("Enter");
  const dialog = newScoreDialog(page);
  await expect(dialog.getByLabel("Label", { exact: true })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();

  // Enter with no label says what is missing; then a label, Tab to its value, Enter saves.
  await page.keyboard.press("Enter");
  await expect(dialog.getByLabel("Label", { exact: true })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(dialog.getByLabel("Label", { exact: true })).toHaveAccessibleDescription("Choose a label");
  await dialog.getByLabel("Label", { exact: true }).selectOption({ label: STARS });
  await expect(dialog.getByText("Numeric, from 1 to 5 in steps of 1")).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(dialog.getByLabel("Value")).toBeFocused();
  await page.keyboard.type("7");
  await page.keyboard.press("Enter");
  await expect(dialog.getByText("Value must be at most 5")).toBeVisible();
  await page.keyboard.press("Backspace");
  await page.keyboard.type("4");
  await page.keyboard.press("Tab");
  await expect(dialog.getByLabel("Comment")).toBeFocused();
  await page.keyboard.type("clear and complete");
  await page.keyboard.press("Control+Enter");
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("status").filter({ hasText: `Added a ${STARS} score.` })).toBeVisible();

  const group = page.getByRole("region", { name: `Label ${STARS}` });
  const row = group.locator("tbody tr");
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("cell")).toHaveText([
    /./,
    "4",
    E2E_USER.name,
    "Annotation",
    "clear and complete",
    /./,
  ]);
  await expect(page.getByRole("heading", { level: 2, name: "Scores (2)" })).toBeVisible();

  // The API agrees: an ANNOTATION score by the owner, bound to the label.
  const scores = (
    await (await page.request.get(`/api/v1/scores?traceId=${TRACE}&limit=50`, { headers: auth })).json()
  ).data as { configId: string | null; source: string; value: unknown; author: { name: string } | null }[];
  const added = scores.filter((score) => score.configId === starsId);
  expect(added).toHaveLength(1);
  expect(added[0]).toMatchObject({ source: "ANNOTATION", value: 4, author: { name: E2E_USER.name } });
});

test("Add score and Add to queue in the score drawer", async ({ page }) => {
  await loginAs(page, E2E_USER, { next: `${project}/scores?environment=${ENV}&score=${SEED}` });
  const drawer = page.getByRole("complementary", { name: "Open score" });
  const others = drawer.getByRole("list", { name: "Other scores on this subject" });
  await expect(drawer.getByRole("button", { name: "Add score" })).toBeVisible({ timeout: 15_000 });

  // Esc in the dialog closes the dialog only, never the drawer underneath.
  await drawer.getByRole("button", { name: "Add score" }).click();
  const dialog = newScoreDialog(page);
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(drawer).toBeVisible();

  await drawer.getByRole("button", { name: "Add score" }).click();
  await dialog.getByLabel("Label", { exact: true }).selectOption({ label: TONE });
  await dialog.getByLabel("Value").selectOption("curt");
  await dialog.getByLabel("Comment").fill("too short");
  await dialog.getByRole("button", { name: "Save score" }).click();
  await expect(dialog).toBeHidden();
  const item = others.getByRole("listitem").filter({ hasText: TONE });
  await expect(item).toContainText("curt");
  await expect(item).toContainText(E2E_USER.name);
  await expect(drawer).toBeVisible();
  // The new score stays in the drawer score's environment, so the explorer lists it too.
  await expect(
    page.getByRole("grid", { name: "Scores" }).getByRole("row").filter({ hasText: TONE }),
  ).toHaveCount(1);

  await drawer.getByRole("button", { name: "Add to queue" }).click();
  const queueDialog = page.getByRole("dialog", { name: "Add to queue" });
  await queueDialog.getByLabel("Queue", { exact: true }).selectOption({ label: QUEUE });
  await queueDialog.getByRole("button", { name: "Add", exact: true }).click();
  await expect(queueDialog.getByText(`Added 1 subject to ${QUEUE}.`)).toBeVisible();
  await queueDialog.getByRole("button", { name: "Close" }).click();
  await expect(queueDialog).toBeHidden();
  await expect(drawer).toBeVisible();
  const items = (await (await page.request.get(`/api/v1/queues/${queueId}/items`, { headers: auth })).json())
    .data;
  expect(items).toEqual([
    expect.objectContaining({ objectType: "trace", objectId: TRACE, status: "pending" }),
  ]);
});

async function addMember(page: Page, person: (typeof people)[keyof typeof people], role: string) {
  const add = page.getByRole("region", { name: "Add a member" });
  await add.getByLabel("Email").fill(person.email);
  await add.getByLabel("Name").fill(person.name);
  await add.getByLabel("Role").selectOption(role);
  await add.getByRole("button", { name: "Add member" }).click();
  const oneTime = await page.getByLabel("One-time password", { exact: true }).innerText();
  await page.keyboard.press("Escape");
  return oneTime;
}

async function signInFirstTime(page: Page, person: (typeof people)[keyof typeof people], oneTime: string) {
  await page.context().clearCookies();
  await loginAs(
    page,
    { email: person.email, password: oneTime },
    { next: `${project}/subjects/trace/${TRACE}` },
  );
  await expect(page).toHaveURL(/\/change-password/);
  await page.getByLabel("Current password").fill(oneTime);
  await page.getByLabel("New password", { exact: true }).fill(person.password);
  await page.getByLabel("Repeat the new password").fill(person.password);
  await page.keyboard.press("Enter");
  await expect(page).not.toHaveURL(/\/change-password/);
}

test("an annotator may add scores but not queue; a viewer gets neither", async ({ page }) => {
  await loginAs(page, E2E_USER, { next: `${project}/settings/members` });
  const annotatorPassword = await addMember(page, people.annotator, "annotator");
  const viewerPassword = await addMember(page, people.viewer, "viewer");

  await signInFirstTime(page, people.annotator, annotatorPassword);
  await page.goto(`${project}/scores?environment=${ENV}&score=${SEED}`);
  const drawer = page.getByRole("complementary", { name: "Open score" });
  await expect(drawer.getByRole("button", { name: "Add score" })).toBeVisible({ timeout: 15_000 });
  await expect(drawer.getByRole("button", { name: "Add to queue" })).toHaveCount(0);

  await signInFirstTime(page, people.viewer, viewerPassword);
  await page.goto(`${project}/subjects/trace/${TRACE}`);
  await expect(page.getByRole("region", { name: `Label ${STARS}` })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole("button", { name: "Add score" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Add to queue" })).toHaveCount(0);
  await page.goto(`${project}/scores?environment=${ENV}&score=${SEED}`);
  await expect(drawer.getByRole("list", { name: "Other scores on this subject" })).toBeVisible({
    timeout: 15_000,
  });
  await expect(drawer.getByRole("button", { name: "Add score" })).toHaveCount(0);
  await expect(drawer.getByRole("button", { name: "Add to queue" })).toHaveCount(0);
  const refused = await page.request.post(`/api/v1/scores?projectId=${E2E_PROJECT_ID}`, {
    data: { source: "ANNOTATION", configId: starsId, value: 3, traceId: TRACE },
  });
  expect(refused.status()).toBe(403);
});
