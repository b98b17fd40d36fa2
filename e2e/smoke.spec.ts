import { E2E_KEYS, E2E_PROJECT_ID } from "./env";
import { expect, test } from "./fixtures";
import { loginAs } from "./login";

test("health answers with the embedded database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "pglite", version: expect.any(String) });
});

test("the home page sends a visitor to sign in, and a signed-in owner to their project", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/login$/);
  await loginAs(page);
  await expect(page).toHaveURL(`/projects/${E2E_PROJECT_ID}/scores`);
  await expect(page.getByRole("button", { name: /E2E project/ })).toBeVisible();
});

test("the init keys read the demo scores through the API", async ({ request }) => {
  const auth = Buffer.from(`${E2E_KEYS.publicKey}:${E2E_KEYS.secretKey}`).toString("base64");
  const response = await request.get("/api/v1/scores?limit=5", {
    headers: { authorization: `Basic ${auth}` },
  });
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.data).toHaveLength(5);
});
