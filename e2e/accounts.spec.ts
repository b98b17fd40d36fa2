import type { Page } from "@playwright/test";
import { E2E_BASE_URL, E2E_PROJECT_ID, E2E_USER } from "./env";
import { expect, test } from "./fixtures";
import { loginAs } from "./login";

/**
 * Accounts as people use them: signing in and out, the project switcher showing only one's own
 * projects, a member added with a one-time password, API keys created, used and revoked, and a
 * deep link surviving the detour through /login.
 */
const settings = (projectId: string, page: "members" | "api-keys") =>
  `/projects/${projectId}/settings/${page}`;
const switcher = (page: Page) => page.getByRole("button", { name: /Switch project/ });
const projectsInSwitcher = async (page: Page) => {
  await switcher(page).click();
  const names = await page.getByRole("list", { name: "Your projects" }).getByRole("link").allInnerTexts();
  await page.keyboard.press("Escape");
  return names.map((name) => name.split("\n")[0].trim());
};

test("each person sees only their own projects; a new member replaces their one-time password", async ({
  page,
}) => {
  await loginAs(page, E2E_USER, { next: settings(E2E_PROJECT_ID, "members") });
  await expect(page.getByRole("heading", { name: "Settings" })).toBeVisible();
  expect(await projectsInSwitcher(page)).toEqual(["E2E project"]);

  await switcher(page).click();
  await page.getByRole("button", { name: /New project in E2E/ }).click();
  await page.getByLabel("Project name").fill("Second project");
  await page.getByRole("button", { name: "Create project" }).click();
  await expect(page).toHaveURL(/\/projects\/second-project-[^/]+\/settings\/members$/);
  const secondId = new URL(page.url()).pathname.split("/")[2];
  expect(await projectsInSwitcher(page)).toEqual(["E2E project", "Second project"]);

  const add = page.getByRole("region", { name: "Add a member" });
  await add.getByLabel("Email").fill("bea@e2e.scorelens.dev");
  await add.getByLabel("Name").fill("Bea");
  await add.getByLabel("Role").selectOption("viewer");
  await add.getByRole("button", { name: "Add member" }).click();
  const oneTime = await page.getByLabel("One-time password", { exact: true }).innerText();
  expect(oneTime).toMatch(/^\w{5}(-\w{5}){3}$/);
  await expect(page.getByRole("cell", { name: "bea@e2e.scorelens.dev", exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login$/);

  const bea = { email: "bea@e2e.scorelens.dev", password: oneTime };
  await loginAs(page, bea, { next: settings(secondId, "members") });
  await expect(page).toHaveURL(/\/change-password\?next=/);
  // Until then the APIs refuse this session too, and say why.
  const refused = await page.request.get(`/api/v1/scores?projectId=${secondId}`);
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error.code).toBe("password_change_required");
  await page.getByLabel("Current password").fill(oneTime);
  await page.getByLabel("New password", { exact: true }).fill("bea-chose-this-one");
  await page.getByLabel("Repeat the new password").fill("bea-chose-this-one");
  await page.getByRole("button", { name: "Save password" }).click();
  await expect(page).toHaveURL(settings(secondId, "members"));

  expect(await projectsInSwitcher(page)).toEqual(["Second project"]);
  const home = await page.request.get("/", { maxRedirects: 0 });
  expect(home.headers().location).toBe(`/projects/${secondId}/scores`);
  const listed = await page.evaluate(async () => (await (await fetch("/api/v1/projects")).json()).data);
  expect(listed.map((project: { id: string }) => project.id)).toEqual([secondId]);
  expect((await page.request.get(settings(E2E_PROJECT_ID, "members"))).status()).toBe(404);
  // A viewer sees the members but gets no controls to change them.
  await expect(page.getByRole("region", { name: "Add a member" })).toHaveCount(0);
  await expect(page.getByRole("combobox", { name: /Role of/ })).toHaveCount(0);
});

test("an API key is created with its secret shown once, works with fetch, and fails once revoked", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: E2E_BASE_URL });
  await loginAs(page, E2E_USER, { next: settings(E2E_PROJECT_ID, "api-keys") });
  await page.getByRole("button", { name: "Create API key" }).click();
  await page.getByLabel("Note").fill("fetch from the e2e test");
  await page.getByRole("button", { name: "Create key" }).click();
  const publicKey = await page.getByLabel("Public key", { exact: true }).innerText();
  const secretKey = await page.getByLabel("Secret key", { exact: true }).innerText();
  expect(secretKey).toMatch(/^sk-sl-/);
  await page.getByRole("button", { name: "Copy secret key" }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secretKey);
  await page.getByRole("button", { name: "Done" }).click();

  const row = page.getByRole("row", { name: /fetch from the e2e test/ });
  await expect(row).toContainText(publicKey);
  await expect(row).toContainText(`sk-sl-…${secretKey.slice(-4)}`);
  await expect(row).toContainText("Never");
  await expect(page.getByText(secretKey)).toHaveCount(0);

  const basic = `Basic ${Buffer.from(`${publicKey}:${secretKey}`).toString("base64")}`;
  const listScores = () =>
    fetch(`${E2E_BASE_URL}/api/v1/scores?limit=2`, { headers: { authorization: basic } });
  const accepted = await listScores();
  expect(accepted.status).toBe(200);
  expect((await accepted.json()).data).toHaveLength(2);

  await page.reload();
  await expect(row).not.toContainText("Never");
  await row.getByRole("button", { name: `Revoke ${publicKey}` }).click();
  await page.getByRole("dialog", { name: "Revoke API key" }).getByRole("button", { name: "Revoke" }).click();
  await expect(row).toContainText("Revoked");
  const refused = await listScores();
  expect(refused.status).toBe(401);
  expect((await refused.json()).error.code).toBe("unauthorized");
});

test("signing out ends the session; a deep link goes through /login and back to itself", async ({
  page,
  context,
}) => {
  await loginAs(page, E2E_USER, { next: settings(E2E_PROJECT_ID, "members") });
  const [cookie] = (await context.cookies()).filter((c) => c.name.endsWith("scorelens.session_token"));
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login$/);
  expect((await page.request.get(`/api/v1/projects`)).status()).toBe(401);
  expect((await page.request.get("/", { maxRedirects: 0 })).headers().location).toBe("/login");

  const deepLink = `${settings(E2E_PROJECT_ID, "api-keys")}?from=bookmark`;
  await page.goto(deepLink);
  await expect(page).toHaveURL(`/login?next=${encodeURIComponent(deepLink)}`);
  await page.getByLabel("Email").fill(E2E_USER.email);
  await page.getByLabel("Password", { exact: true }).fill(E2E_USER.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(deepLink);
  await expect(page.getByRole("button", { name: "Create API key" })).toBeVisible();
});

test("a wrong password is refused with a message, and the form keeps the email", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill(E2E_USER.email);
  await page.getByLabel("Password", { exact: true }).fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "The email or password is incorrect" }),
  ).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(E2E_USER.email);
  await expect(page).toHaveURL(/\/login$/);
});
