import { expect, type Page } from "@playwright/test";
import { E2E_USER } from "./env";

/**
 * Signs in through the login page, as a person would. With `next`, the page to land on (it goes
 * through /login?next=…, the same round trip a deep link takes); without it, wherever `/` sends
 * this person. Defaults to the e2e server's owner.
 */
export async function loginAs(
  page: Page,
  user: { email: string; password: string } = E2E_USER,
  options: { next?: string } = {},
): Promise<void> {
  await page.goto(options.next ? `/login?next=${encodeURIComponent(options.next)}` : "/login");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/login(\?|$)/);
}
