/**
 * P11: a first visit to the explorer with an empty cache: Largest Contentful Paint, and the
 * JavaScript it downloads, gzip-compressed here (level 6, like the server) so the figure does not
 * depend on whether the server compressed.
 */
import { gzipSync } from "node:zlib";
import type { Browser, Response } from "@playwright/test";
import { signedInContext, type Cookies } from "./browser";

export type FirstLoad = {
  lcpMs: number;
  lcpElement: string;
  ttfbMs: number;
  jsGzipBytes: number;
  jsBytes: number;
  scripts: { path: string; bytes: number; gzipBytes: number }[];
};

type LcpWindow = Window & { __lcp?: { startTime: number; element: string } };

export async function measureFirstLoad(
  browser: Browser,
  baseUrl: string,
  cookies: Cookies,
  path: string,
): Promise<FirstLoad> {
  const context = await signedInContext(browser, baseUrl, cookies);
  try {
    const page = await context.newPage();
    const scripts: Response[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() === "script") scripts.push(response);
    });
    await page.addInitScript(() => {
      new PerformanceObserver((list) => {
        const entry = list.getEntries().at(-1) as PerformanceEntry & { element?: Element | null };
        (window as LcpWindow).__lcp = {
          startTime: entry.startTime,
          element: `${entry.element?.tagName.toLowerCase() ?? "?"} ${entry.element?.textContent?.slice(0, 40) ?? ""}`,
        };
      }).observe({ type: "largest-contentful-paint", buffered: true });
    });
    const response = await page.goto(path, { waitUntil: "load" });
    if (!response?.ok()) throw new Error(`GET ${path}: ${response?.status()}`);
    if (new URL(page.url()).pathname.startsWith("/login")) throw new Error("not signed in: landed on /login");
    await page.waitForLoadState("networkidle");
    const { lcp, ttfb } = await page.evaluate(() => ({
      lcp: (window as LcpWindow).__lcp,
      ttfb: (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).responseStart,
    }));
    const sizes: FirstLoad["scripts"] = [];
    for (const script of scripts) {
      const body = await script.body();
      sizes.push({
        path: new URL(script.url()).pathname,
        bytes: body.length,
        gzipBytes: gzipSync(body, { level: 6 }).length,
      });
    }
    const sum = (key: "bytes" | "gzipBytes") => sizes.reduce((total, size) => total + size[key], 0);
    return {
      lcpMs: lcp?.startTime ?? Number.NaN,
      lcpElement: lcp?.element.trim() ?? "none",
      ttfbMs: ttfb,
      jsGzipBytes: sum("gzipBytes"),
      jsBytes: sum("bytes"),
      scripts: sizes.sort((a, b) => b.gzipBytes - a.gzipBytes),
    };
  } finally {
    await context.close();
  }
}
