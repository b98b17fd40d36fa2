/**
 * Debian's Chromium, driven by Playwright (the same flags as the end-to-end tests), and a
 * signed-in session for the benchmark's user through the real login page.
 */
import { chromium, type Browser, type BrowserContext } from "@playwright/test";
import { loginAs } from "../../e2e/login";

export const BENCH_USER = {
  email: "bench-ui@scorelens.local",
  name: "Bench UI",
  password: "bench-ui-password-0001",
};

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}

export type Cookies = Awaited<ReturnType<BrowserContext["cookies"]>>;

export async function signIn(browser: Browser, baseUrl: string): Promise<Cookies> {
  const context = await browser.newContext({ baseURL: baseUrl });
  const page = await context.newPage();
  await loginAs(page, BENCH_USER);
  const cookies = await context.cookies();
  await context.close();
  return cookies;
}

/** A fresh context (empty cache) that is already signed in. */
export async function signedInContext(browser: Browser, baseUrl: string, cookies: Cookies) {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1440, height: 900 } });
  await context.addCookies(cookies);
  // tsx (esbuild) wraps named functions in `__name(...)` calls; functions sent to the page need it too.
  await context.addInitScript("globalThis.__name = (fn) => fn;");
  return context;
}
