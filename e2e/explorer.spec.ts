import type { Page } from "@playwright/test";
import { E2E_BASE_URL } from "./env";
import { FIXED_ENV, writeFixedRows, type FixedPeople } from "./explorer-data";
import {
  EXPLORER,
  expectRows,
  filterBar,
  fixedUrl,
  pick,
  signInOnce,
  statusLine,
  urlParam,
} from "./explorer-helpers";
import { expect, test } from "./fixtures";

/**
 * The explorer's filters, driven through the UI on fixed rows (explorer-data.ts): each shows
 * exactly its rows, writes its API parameter into the URL, survives a reload, and the URL can
 * be pasted elsewhere, stepped back through, and hand-edited with mistakes.
 */
test.use({ timezoneId: "UTC" });

let people: FixedPeople;
let cookies: Awaited<ReturnType<typeof signInOnce>>;
test.beforeAll(async ({ browser, playwright }) => {
  const request = await playwright.request.newContext({ baseURL: E2E_BASE_URL });
  ({ people } = await writeFixedRows(request));
  await request.dispose();
  cookies = await signInOnce(browser);
});
test.beforeEach(({ context }) => context.addCookies(cookies));

const ALL = ["xe-04", "xe-05", "xe-06", "xe-09", "xe-08", "xe-07", "xe-03", "xe-02", "xe-01"];
const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(\\s|$)`);

type FilterCase = {
  title: string;
  choose: (page: Page) => Promise<void>;
  params: (people: FixedPeople) => Record<string, string>;
  rows: string[];
};

const cases: FilterCase[] = [
  {
    title: "label",
    choose: (p) => pick(p, "Label", exactly("e2e-pass"), "e2e-pass"),
    params: () => ({ name: "e2e-pass" }),
    rows: ["xe-04", "xe-05"],
  },
  {
    title: "source",
    choose: (p) => pick(p, "Source", exactly("Evaluation")),
    params: () => ({ source: "EVAL" }),
    rows: ["xe-04", "xe-09", "xe-02"],
  },
  {
    title: "annotator",
    choose: (p) => pick(p, "Annotator", exactly(people.annotatorA.name), people.annotatorA.name),
    params: (who) => ({ authorUserId: who.annotatorA.id }),
    rows: ["xe-06", "xe-08", "xe-01"],
  },
  {
    title: "queue",
    choose: (p) => pick(p, "Queue", exactly(people.queue.name)),
    params: (who) => ({ queueId: who.queue.id }),
    rows: ["xe-06", "xe-08", "xe-03"],
  },
  {
    title: "data type",
    choose: (p) => pick(p, "Data type", exactly("Boolean")),
    params: () => ({ dataType: "BOOLEAN" }),
    rows: ["xe-04", "xe-05"],
  },
  {
    title: "subject kind",
    choose: (p) => pick(p, "Subject kind", exactly("Observation")),
    params: () => ({ subjectKind: "observation" }),
    rows: ["xe-02"],
  },
  {
    title: "value range",
    choose: async (p) => {
      await filterBar(p)
        .getByRole("button", { name: /^Value\b/ })
        .click();
      const panel = p.getByRole("dialog", { name: "Value range filter" });
      await panel.getByLabel("Minimum").fill("0.5");
      await panel.getByLabel("Maximum").fill("0.8");
      await panel.getByRole("button", { name: "Apply" }).click();
    },
    params: () => ({ valueMin: "0.5", valueMax: "0.8" }),
    rows: ["xe-08", "xe-03"],
  },
  {
    title: "last hour",
    choose: (p) => filterBar(p).getByRole("button", { name: "Last hour" }).click(),
    params: () => ({ range: "1h" }),
    rows: ["xe-04"],
  },
  {
    title: "last 24 hours",
    choose: (p) => filterBar(p).getByRole("button", { name: "Last 24 hours" }).click(),
    params: () => ({ range: "24h" }),
    rows: ["xe-04", "xe-05"],
  },
  {
    title: "last 7 days",
    choose: (p) => filterBar(p).getByRole("button", { name: "Last 7 days" }).click(),
    params: () => ({ range: "7d" }),
    rows: ["xe-04", "xe-05", "xe-06"],
  },
  {
    title: "custom from/to",
    choose: async (p) => {
      await filterBar(p)
        .getByRole("button", { name: /^Custom/ })
        .click();
      const panel = p.getByRole("dialog", { name: "Custom time window" });
      await panel.getByLabel("From (inclusive)").fill("2026-01-11T00:00");
      await panel.getByLabel("To (exclusive)").fill("2026-01-16T00:00");
      await panel.getByRole("button", { name: "Apply" }).click();
    },
    params: () => ({ fromTimestamp: "2026-01-11T00:00:00.000Z", toTimestamp: "2026-01-16T00:00:00.000Z" }),
    rows: ["xe-07", "xe-03", "xe-02"],
  },
  {
    title: "subject id",
    choose: async (p) => {
      await filterBar(p)
        .getByRole("button", { name: /^Subject id/ })
        .click();
      const panel = p.getByRole("dialog", { name: "Subject id filter" });
      await panel.getByLabel("Id of a").selectOption("trace");
      await panel.getByLabel(/^Subject id/).fill("t-001");
      await panel.getByRole("button", { name: "Apply" }).click();
    },
    params: () => ({ traceId: "t-001" }),
    rows: ["xe-05", "xe-08", "xe-01"],
  },
  {
    title: "comment search",
    choose: (p) =>
      filterBar(p).getByRole("searchbox", { name: "Search comments and text values" }).fill("rude"),
    params: () => ({ q: "rude" }),
    rows: ["xe-05"],
  },
  {
    title: "text value search",
    choose: (p) =>
      filterBar(p).getByRole("searchbox", { name: "Search comments and text values" }).fill("refund"),
    params: () => ({ q: "refund" }),
    rows: ["xe-07"],
  },
];

for (const filter of cases) {
  test(`the ${filter.title} filter shows exactly its rows, writes the URL and survives a reload`, async ({
    page,
  }) => {
    await page.goto(fixedUrl());
    await expectRows(page, ALL);
    await filter.choose(page);
    await expectRows(page, filter.rows);
    for (const [key, value] of Object.entries(filter.params(people))) {
      await expect.poll(() => urlParam(page, key)).toBe(value);
    }
    await expect(statusLine(page)).toHaveText(`${filter.rows.length} of ${filter.rows.length} loaded`);
    await page.reload();
    await expectRows(page, filter.rows);
  });
}

test("the environment picker isolates the fixed rows from the demo data", async ({ page }) => {
  await page.goto(`${EXPLORER}?cols=id,name`);
  await expect(statusLine(page)).toHaveText(/^100 of /);
  await pick(page, "Environment", exactly(FIXED_ENV), FIXED_ENV);
  await expectRows(page, ALL);
  expect(urlParam(page, "environment")).toBe(FIXED_ENV);
});

test("Back and Forward step through filter changes", async ({ page }) => {
  await page.goto(fixedUrl());
  await pick(page, "Source", exactly("Evaluation"));
  await expectRows(page, ["xe-04", "xe-09", "xe-02"]);
  await pick(page, "Data type", exactly("Text"));
  await expectRows(page, ["xe-09"]);
  await page.goBack();
  await expectRows(page, ["xe-04", "xe-09", "xe-02"]);
  expect(urlParam(page, "dataType")).toBeNull();
  await page.goBack();
  await expectRows(page, ALL);
  await page.goForward();
  await expectRows(page, ["xe-04", "xe-09", "xe-02"]);
});

test("a pasted URL opens the same view in a fresh tab", async ({ page, context }) => {
  await page.goto(fixedUrl());
  await pick(page, "Label", exactly("e2e-accuracy"), "e2e-accuracy");
  await filterBar(page).getByRole("button", { name: "Last 7 days" }).click();
  await expectRows(page, []);
  await filterBar(page).getByRole("button", { name: "Last 7 days" }).click();
  await pick(page, "Source", exactly("Annotation"));
  await expectRows(page, ["xe-08", "xe-03"]);
  const shared = page.url();
  const other = await context.newPage();
  await other.goto(shared);
  await expectRows(other, ["xe-08", "xe-03"]);
  await expect(filterBar(other).getByRole("button", { name: /^Source: Annotation/ })).toBeVisible();
});

test("chips remove their filter, Clear all removes every filter", async ({ page }) => {
  await page.goto(`${fixedUrl()}&source=API&dataType=BOOLEAN`);
  await expectRows(page, ["xe-05"]);
  const chips = page.getByRole("list", { name: "Active filters" });
  await chips.getByRole("button", { name: "Remove filter Data type: Boolean" }).click();
  await expectRows(page, ["xe-05", "xe-07", "xe-01"]);
  await chips.getByRole("button", { name: "Clear all" }).click();
  await expect(chips).toBeHidden();
  expect(urlParam(page, "environment")).toBeNull();
  await expect(statusLine(page)).toHaveText(/^100 of \d{1,2},\d{3}\+? loaded$/);
});

test("an empty result says which filter excludes everything and offers to lift it", async ({ page }) => {
  await page.goto(`${fixedUrl()}&name=e2e-pass&source=ANNOTATION`);
  await expectRows(page, []);
  const empty = page.getByRole("status").filter({ hasText: "No scores match all of these filters." });
  await expect(empty).toContainText("Source: Annotation — without it: 2 scores");
  await empty
    .getByRole("listitem")
    .filter({ hasText: "Source:" })
    .getByRole("button", { name: "Remove" })
    .click();
  await expectRows(page, ["xe-04", "xe-05"]);
});

test("header clicks sort by value, then flip the order", async ({ page }) => {
  await page.goto(`${fixedUrl()}&name=e2e-accuracy`);
  await expectRows(page, ["xe-08", "xe-03", "xe-02", "xe-01"]);
  const valueHeader = page.getByRole("columnheader", { name: /^Value/ });
  await valueHeader.getByRole("button").click();
  await expectRows(page, ["xe-02", "xe-08", "xe-03", "xe-01"]);
  expect(urlParam(page, "sort")).toBe("value");
  await expect(valueHeader).toHaveAttribute("aria-sort", "descending");
  await valueHeader.getByRole("button").click();
  await expectRows(page, ["xe-01", "xe-03", "xe-08", "xe-02"]);
  expect(urlParam(page, "order")).toBe("asc");
});

test("a hand-edited URL with bad parameters shows a notice and the rest works", async ({ page }) => {
  await page.goto(`${fixedUrl()}&valueMin=abc&sort=random&bogus=1&cursor=x`.replace("cols=", "cols=nope,"));
  const notice = page.getByRole("status").filter({ hasText: "could not be used" });
  for (const key of ["valueMin=abc", "sort=random", "bogus=1", "cursor=x", "cols=nope"]) {
    await expect(notice).toContainText(key);
  }
  await expectRows(page, ALL);
  await expect.poll(() => urlParam(page, "bogus")).toBeNull();
  await pick(page, "Source", exactly("API"));
  await expectRows(page, ["xe-05", "xe-07", "xe-01"]);
  await notice.getByRole("button", { name: "Dismiss" }).click();
  await expect(notice).toBeHidden();
});
