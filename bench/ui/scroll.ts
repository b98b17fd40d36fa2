/**
 * P10: load many rows into the explorer by scrolling, then replay a scripted scroll and time
 * every frame (requestAnimationFrame intervals), collect long tasks (> 50 ms, PerformanceObserver)
 * and count the nodes under the table body as it goes.
 */
import type { Page } from "@playwright/test";

const STATUS = '[data-testid="explorer-status"]';

export const loadedRows = (page: Page) =>
  page.$eval(STATUS, (el) =>
    Number(el.textContent?.match(/^([\d,]+) (of|loaded)/)?.[1].replace(/,/g, "") ?? 0),
  );

/** Scrolls to the end until `target` rows are loaded (or the query has no more); returns seconds taken. */
export async function loadRows(page: Page, target: number, log: (line: string) => void): Promise<number> {
  const started = performance.now();
  let lastLogged = 0;
  for (let count = await loadedRows(page); count < target;) {
    await page.evaluate(() => {
      const scroller = document.querySelector('[role="grid"]')!.parentElement!;
      scroller.scrollTop = scroller.scrollHeight;
    });
    const grew = await page
      .waitForFunction(
        ({ selector, before }) =>
          Number(
            document
              .querySelector(selector)
              ?.textContent?.match(/^([\d,]+)/)?.[1]
              .replace(/,/g, ""),
          ) > before,
        { selector: STATUS, before: count },
        { timeout: 30_000, polling: 50 },
      )
      .then(() => true)
      .catch(() => false);
    if (!grew) break; // the query ran out of rows
    count = await loadedRows(page);
    if (count - lastLogged >= 20_000) {
      lastLogged = count;
      log(`P10: ${count.toLocaleString("en-US")} rows loaded`);
    }
  }
  return (performance.now() - started) / 1000;
}

export type ScrollFigures = { frames: number[]; longTasks: number[]; maxNodes: number; scrolledPx: number };

/** Runs in the page: a reader's pace (40 px/frame), a flick (400 px/frame), then scrollbar jumps. */
export function replayScroll(page: Page): Promise<ScrollFigures> {
  return page.evaluate(async () => {
    const grid = document.querySelector('[role="grid"]')!;
    const scroller = grid.parentElement!;
    const body = grid.querySelector("tbody")!;
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(entry.duration);
    });
    observer.observe({ type: "longtask" });
    const countNodes = () => {
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_ALL);
      let nodes = 0;
      while (walker.nextNode()) nodes++;
      return nodes;
    };
    const range = scroller.scrollHeight - scroller.clientHeight;
    const steps: ((top: number, i: number) => number)[] = [
      ...Array.from({ length: 240 }, () => (top: number) => top + 40),
      ...Array.from({ length: 240 }, () => (top: number) => top + 400),
      // Deterministic "random" positions, as when someone drags the scrollbar.
      ...Array.from({ length: 120 }, () => (_top: number, i: number) => (((i * 7919) % 1000) / 1000) * range),
    ];
    scroller.scrollTop = 0;
    await new Promise((resolve) => setTimeout(resolve, 300));
    const frames: number[] = [];
    let maxNodes = 0;
    let scrolledPx = 0;
    await new Promise<void>((resolve) => {
      let last: number | null = null;
      let i = 0;
      const frame = (now: number) => {
        if (last !== null) frames.push(now - last);
        last = now;
        if (i === steps.length) return resolve();
        const before = scroller.scrollTop;
        scroller.scrollTop = Math.min(range, steps[i](before, i));
        scrolledPx += Math.abs(scroller.scrollTop - before);
        if (i % 20 === 0) maxNodes = Math.max(maxNodes, countNodes());
        i++;
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    await new Promise((resolve) => setTimeout(resolve, 300)); // let the last long task be reported
    observer.disconnect();
    return { frames, longTasks, maxNodes: Math.max(maxNodes, countNodes()), scrolledPx };
  });
}
