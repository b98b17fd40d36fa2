/**
 * P15: in the annotation workspace, the time from pressing Enter on an answered item to the next
 * item on screen, measured inside the page (the keydown's time to the DOM showing another item
 * id), on a queue of the benchmark project with one NUMERIC label.
 */
import { and, desc, eq, isNotNull } from "drizzle-orm";
import type { DatabaseHandle } from "@/db/client";
import { scoreConfigs, scores } from "@/db/schema";
import { addQueueItems } from "@/lib/queues/items";
import { createQueue } from "@/lib/queues/queues";
import { median, quantileSorted, round } from "../stats";
import { signedInContext } from "./browser";
import type { UiContext, UiOutcome } from "./goals";
import { uiTargets } from "./targets";

const SUBMITS_PER_RUN = 20;

/** A fresh queue holding enough distinct traces of the project for every timed submit. */
export async function prepareWorkQueue(handle: DatabaseHandle, projectId: string, items: number) {
  const [label] = await handle.db
    .select()
    .from(scoreConfigs)
    .where(
      and(
        eq(scoreConfigs.projectId, projectId),
        eq(scoreConfigs.dataType, "NUMERIC"),
        eq(scoreConfigs.isArchived, false),
      ),
    )
    .limit(1);
  if (!label) throw new Error(`P15: project ${projectId} has no NUMERIC label`);
  const traces = await handle.db
    .selectDistinct({ id: scores.traceId })
    .from(scores)
    .where(and(eq(scores.projectId, projectId), isNotNull(scores.traceId)))
    .orderBy(desc(scores.traceId))
    .limit(items);
  const queue = await createQueue(handle.db, projectId, {
    name: `bench P15 ${new Date().toISOString()}`,
    configIds: [label.id],
  });
  await addQueueItems(
    handle.db,
    projectId,
    queue.id,
    traces.map((trace) => ({ objectType: "trace" as const, objectId: trace.id! })),
  );
  const answer = String(label.minValue ?? 1);
  return { queueId: queue.id, answer, label: label.name, items: traces.length };
}

export const workItemsNeeded = (runs: number) => (runs + 1) * (SUBMITS_PER_RUN + 2);

export async function measureWorkspaceGoal(
  ctx: UiContext,
  work: { queueId: string; answer: string; label: string },
): Promise<UiOutcome> {
  const context = await signedInContext(ctx.browser, ctx.baseUrl, ctx.cookies);
  const samples: number[][] = [];
  try {
    const page = await context.newPage();
    const path = `/projects/${encodeURIComponent(ctx.projectId)}/queues/${encodeURIComponent(work.queueId)}/work`;
    // The first pass warms the server and the page; it is not counted.
    for (let run = 0; run <= ctx.runs; run++) {
      await page.goto(`${ctx.baseUrl}${path}`);
      const times: number[] = [];
      for (let i = 0; i < SUBMITS_PER_RUN; i++) times.push(await submitAndTime(page, work.answer));
      if (run > 0) {
        samples.push(times);
        ctx.log(`P15 run ${run}: p50 ${round(median(times), 1)} ms`);
      }
    }
  } finally {
    await context.close();
  }
  const all = samples.flat().sort((a, b) => a - b);
  return {
    rows: [
      {
        goal: "P15",
        what: "workspace: Enter on an answered item to the next item on screen, p50",
        measured: median(all),
        unit: "ms",
        target: uiTargets.p15NextItemP50,
        detail: `${all.length} submits (${samples.length} runs × ${SUBMITS_PER_RUN}); p95 ${round(quantileSorted(all, 0.95), 1)} ms; label ${work.label}`,
      },
    ],
    raw: { samples },
  };
}

type Page = Awaited<ReturnType<Awaited<ReturnType<typeof signedInContext>>["newPage"]>>;

async function submitAndTime(page: Page, answer: string): Promise<number> {
  const item = page.locator('article[aria-label="Item"]');
  await item.waitFor();
  const before = await item.getAttribute("data-item-id");
  await page.locator('form[aria-label="Your answers"] input[type="number"]').first().fill(answer);
  // Start the clock at the keydown inside the page; stop it when another item id is on screen.
  const waiting = page.evaluate(
    (previous) =>
      new Promise<number>((resolve) => {
        let started = 0;
        document.addEventListener("keydown", () => (started ||= performance.now()), {
          capture: true,
          once: true,
        });
        const check = () => {
          const id = document.querySelector('article[aria-label="Item"]')?.getAttribute("data-item-id");
          if (started && id && id !== previous) {
            observer.disconnect();
            resolve(performance.now() - started);
          }
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { subtree: true, childList: true, attributes: true });
      }),
    before,
  );
  await page.keyboard.press("Enter");
  return waiting;
}
