import { E2E_KEYS, E2E_PROJECT_ID } from "./env";
import { expect, test } from "./fixtures";

test("health answers with the embedded database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "pglite", version: expect.any(String) });
});

test("the home page lists the seeded project", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Scorelens", level: 1 })).toBeVisible();
  await expect(page.getByText("E2E project")).toBeVisible();
  await expect(page.getByText(`E2E · ${E2E_PROJECT_ID}`)).toBeVisible();
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
