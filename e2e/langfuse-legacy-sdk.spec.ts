import { Langfuse } from "langfuse";
import { E2E_BASE_URL, E2E_KEYS, E2E_PROJECT_ID } from "./env";
import { expect, test } from "./fixtures";
import { startWebPage, type WebPage } from "./langfuse-web-page";

/**
 * The legacy `langfuse` 3.x SDK, unpatched, against the running e2e server: the Node client's
 * batched `score()` and `trace().score()` (ingestion), its generated API client (v2 score reads,
 * score configs, annotation queues, score create/delete), and the browser client `LangfuseWeb`
 * from a Chromium page on another origin, which sends `Authorization: Bearer <public key>` and
 * the SDK's X-Langfuse-* headers cross-origin. Names carry a per-run prefix.
 */
test.describe.configure({ mode: "serial" });

const run = Date.now().toString(36);
const prefix = `lf3-${run}`;
const traceId = `${prefix}-trace`;
const auth = `Basic ${Buffer.from(`${E2E_KEYS.publicKey}:${E2E_KEYS.secretKey}`).toString("base64")}`;

const langfuse = new Langfuse({
  publicKey: E2E_KEYS.publicKey,
  secretKey: E2E_KEYS.secretKey,
  baseUrl: E2E_BASE_URL,
  flushAt: 100,
});

/** The SDK's API client throws the failed Response, with the parsed body as `error`. */
async function failure(call: Promise<unknown>) {
  try {
    await call;
  } catch (thrown) {
    const response = thrown as { status: number; error: unknown };
    return { status: response.status, body: response.error };
  }
  throw new Error("expected the call to fail");
}

type V2Score = { id: string; projectId: string; name: string; value?: number; dataType: string } & Record<
  string,
  unknown
>;

test.afterAll(async () => {
  await langfuse.shutdownAsync();
});

test("score() and trace().score() arrive through ingestion and read back through v2", async () => {
  langfuse.score({ id: `${prefix}-num`, traceId, name: `${prefix}-accuracy`, value: 0.5, comment: "half" });
  const trace = langfuse.trace({ id: traceId, name: "legacy sdk" });
  trace.score({ id: `${prefix}-bool`, name: `${prefix}-grounded`, value: 1, dataType: "BOOLEAN" });
  const span = trace.span({ id: `${prefix}-span`, name: "retrieve" });
  span.score({ id: `${prefix}-span-score`, name: `${prefix}-relevance`, value: 3 });
  await langfuse.flushAsync();

  const ids = [`${prefix}-num`, `${prefix}-bool`, `${prefix}-span-score`];
  const listed = await langfuse.api.scoreV2Get({ scoreIds: ids.join(","), limit: 50 });
  const byId = Object.fromEntries((listed.data as unknown as V2Score[]).map((score) => [score.id, score]));
  expect(Object.keys(byId).sort()).toEqual([...ids].sort());
  expect(byId[`${prefix}-num`]).toMatchObject({
    projectId: E2E_PROJECT_ID,
    dataType: "NUMERIC",
    value: 0.5,
    comment: "half",
    traceId,
  });
  expect(byId[`${prefix}-bool`]).toMatchObject({ dataType: "BOOLEAN", value: 1, stringValue: "True" });
  expect(byId[`${prefix}-span-score`]).toMatchObject({ observationId: `${prefix}-span`, traceId });

  const one = await langfuse.api.scoreV2GetById(`${prefix}-num`);
  expect(one).toMatchObject({ id: `${prefix}-num`, projectId: E2E_PROJECT_ID, value: 0.5 });
  const missing = await failure(langfuse.api.scoreV2GetById(`${prefix}-nope`));
  expect(missing.status).toBe(404);

  // 3.x's client has no v1 list call any more (older 3.x had api.scoreGet): the same request by hand.
  const v1 = await fetch(`${E2E_BASE_URL}/api/public/scores?name=${prefix}-accuracy`, {
    headers: { authorization: auth },
  });
  expect(((await v1.json()) as { data: V2Score[] }).data).toEqual([
    expect.objectContaining({ id: `${prefix}-num`, projectId: E2E_PROJECT_ID }),
  ]);
});

test("creates a score through POST /api/public/scores and deletes it", async () => {
  const created = await langfuse.api.scoreCreate({ name: `${prefix}-direct`, value: 2, traceId });
  expect((await langfuse.api.scoreV2GetById(created.id)).value).toBe(2);
  await langfuse.api.scoreDelete(created.id);
  expect((await failure(langfuse.api.scoreV2GetById(created.id))).status).toBe(404);
});

let configId = "";

test("score configs: create, list newest first, read, upstream's 404", async () => {
  const created = await langfuse.api.scoreConfigsCreate({ name: `${prefix}-ok`, dataType: "BOOLEAN" });
  configId = created.id;
  expect(created).toMatchObject({
    dataType: "BOOLEAN",
    categories: [
      { label: "True", value: 1 },
      { label: "False", value: 0 },
    ],
  });
  const listed = await langfuse.api.scoreConfigsGet({ page: 1, limit: 5 });
  expect(listed.data[0].id).toBe(configId);
  for (const config of listed.data.filter((row) => row.dataType === "BOOLEAN")) {
    expect(config.categories).toEqual([
      { label: "True", value: 1 },
      { label: "False", value: 0 },
    ]);
  }
  expect(await langfuse.api.scoreConfigsGetById(configId)).toEqual(created);
  const missing = await failure(langfuse.api.scoreConfigsGetById(`${prefix}-nope`));
  expect(missing).toEqual({
    status: 404,
    body: { message: "Score config not found within authorized project", error: "LangfuseNotFoundError" },
  });
});

test("annotation queues: list newest first, items through their whole life", async () => {
  // 3.x's client cannot create a queue; a team creates it in the app or by hand like this.
  const response = await fetch(`${E2E_BASE_URL}/api/public/annotation-queues`, {
    method: "POST",
    headers: { authorization: auth, "content-type": "application/json" },
    body: JSON.stringify({ name: `${prefix}-queue`, scoreConfigIds: [configId] }),
  });
  expect(response.status).toBe(200);
  const queue = (await response.json()) as { id: string };

  const queues = await langfuse.api.annotationQueuesListQueues({ page: 1, limit: 10 });
  expect(queues.data[0].id).toBe(queue.id);
  expect(await langfuse.api.annotationQueuesGetQueue(queue.id)).toMatchObject({
    name: `${prefix}-queue`,
    scoreConfigIds: [configId],
  });

  const item = await langfuse.api.annotationQueuesCreateQueueItem(queue.id, {
    objectId: traceId,
    objectType: "TRACE",
  });
  expect(item).toMatchObject({ status: "PENDING", completedAt: null });
  const pending = await langfuse.api.annotationQueuesListQueueItems({ queueId: queue.id, status: "PENDING" });
  expect(pending.data.map((row) => row.id)).toEqual([item.id]);

  const done = await langfuse.api.annotationQueuesUpdateQueueItem(queue.id, item.id, { status: "COMPLETED" });
  expect(done.completedAt).toEqual(expect.any(String));
  const reopened = await langfuse.api.annotationQueuesUpdateQueueItem(queue.id, item.id, {
    status: "PENDING",
  });
  expect(reopened).toMatchObject({ status: "PENDING", completedAt: done.completedAt });
  expect(await langfuse.api.annotationQueuesGetQueueItem(queue.id, item.id)).toEqual(reopened);

  expect(await langfuse.api.annotationQueuesDeleteQueueItem(queue.id, item.id)).toEqual({
    success: true,
    message: "Annotation queue item deleted successfully",
  });
  const gone = await failure(langfuse.api.annotationQueuesGetQueueItem(queue.id, item.id));
  expect(gone).toMatchObject({ status: 404, body: { message: "Annotation queue item not found" } });
  const unknown = await failure(langfuse.api.annotationQueuesGetQueue(`${prefix}-nope`));
  expect(unknown).toMatchObject({ status: 404, body: { message: "Annotation queue not found" } });
});

test.describe("LangfuseWeb in a browser on another origin", () => {
  let web: WebPage;
  test.beforeAll(async () => {
    web = await startWebPage();
  });
  test.afterAll(async () => {
    await web.close();
  });

  test("score() with the public key alone is stored", async ({ page }) => {
    const failed: string[] = [];
    page.on("requestfailed", (request) => failed.push(`${request.url()} ${request.failure()?.errorText}`));
    const ingestion = page.waitForResponse((response) => response.url().endsWith("/api/public/ingestion"));
    await page.goto(web.origin);
    await expect(page.getByRole("heading", { name: "Feedback widget" })).toBeVisible();
    expect(new URL(web.origin).origin).not.toBe(new URL(E2E_BASE_URL).origin);

    const id = `${prefix}-web`;
    const config = { publicKey: E2E_KEYS.publicKey, baseUrl: E2E_BASE_URL, fetchRetryCount: 0 };
    const score = { id, traceId, name: `${prefix}-thumbs`, value: 1, comment: "from the widget" };
    const sent = await page.evaluate(
      ([config, score]) =>
        (window as unknown as { sendScore: (c: unknown, s: unknown) => Promise<string> }).sendScore(
          config,
          score,
        ),
      [config, score] as const,
    );
    expect(sent).toBe("sent");

    // The browser could read the answer: preflight and CORS headers let the SDK's request through.
    const answer = await ingestion;
    expect(failed).toEqual([]);
    expect(answer.status()).toBe(207);
    expect(await answer.json()).toEqual({ successes: [{ id: expect.any(String), status: 201 }], errors: [] });

    const stored = await langfuse.api.scoreV2GetById(id);
    expect(stored).toMatchObject({ id, projectId: E2E_PROJECT_ID, value: 1, comment: "from the widget" });
  });
});
