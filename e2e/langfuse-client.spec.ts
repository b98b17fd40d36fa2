import { LangfuseClient } from "@langfuse/client";
import { E2E_BASE_URL, E2E_KEYS } from "./env";
import { expect, test } from "./fixtures";

/**
 * The real @langfuse/client, unpatched, against the running e2e server: exactly what a team
 * gets by pointing LANGFUSE_BASE_URL at Scorelens. Scores go through the SDK's score manager
 * (batched `score-create` events to /api/public/ingestion) and are read back through its v3
 * call; configs, queues and deletes use its API client. Names carry a per-run prefix so the
 * demo data of the e2e project never matches.
 */
test.describe.configure({ mode: "serial" });

const run = Date.now().toString(36);
const prefix = `lf-${run}`;
const traceId = `${prefix}-trace`;
const BULK = 120;

const langfuse = new LangfuseClient({
  publicKey: E2E_KEYS.publicKey,
  secretKey: E2E_KEYS.secretKey,
  baseUrl: E2E_BASE_URL,
});

type Score = { id: string; name: string; dataType: string; value: unknown; timestamp: string } & Record<
  string,
  unknown
>;

/** Every page of a v3 listing, following meta.cursor to the end. */
async function walkAll(request: Parameters<typeof langfuse.api.scoresV3.getManyV3>[0]) {
  const seen: Score[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await langfuse.api.scoresV3.getManyV3({ ...request, cursor });
    seen.push(...(page.data as unknown as Score[]));
    cursor = page.meta.cursor;
    pages += 1;
  } while (cursor);
  return { seen, pages };
}

let configId = "";

test("creates and reads a score config", async () => {
  const created = await langfuse.api.scoreConfigs.create({
    name: `${prefix}-tone`,
    dataType: "CATEGORICAL",
    categories: [
      { label: "good", value: 1 },
      { label: "bad", value: 0 },
    ],
    description: "created by the e2e suite",
  });
  configId = created.id;
  expect(created).toMatchObject({ name: `${prefix}-tone`, dataType: "CATEGORICAL", isArchived: false });
  expect(await langfuse.api.scoreConfigs.getById(configId)).toEqual(created);
  const listed = await langfuse.api.scoreConfigs.get({ limit: 100 });
  expect(listed.data.map((config) => config.id)).toContain(configId);
});

test("sends scores of all five data types through the score manager", async () => {
  langfuse.score.create({
    id: `${prefix}-num`,
    name: `${prefix}-accuracy`,
    value: 0.75,
    traceId,
    comment: "close",
  });
  langfuse.score.create({
    id: `${prefix}-bool`,
    name: `${prefix}-grounded`,
    value: 1,
    dataType: "BOOLEAN",
    traceId,
  });
  langfuse.score.create({ id: `${prefix}-cat`, name: `${prefix}-tone`, value: "good", configId, traceId });
  langfuse.score.create({
    id: `${prefix}-text`,
    name: `${prefix}-remark`,
    value: "clear",
    dataType: "TEXT",
    traceId,
  });
  langfuse.score.create({
    id: `${prefix}-corr`,
    name: "anything",
    value: "the corrected answer",
    dataType: "CORRECTION",
    traceId,
    observationId: `${prefix}-span`,
    metadata: { reviewer: "e2e" },
  });
  for (let index = 0; index < BULK; index++) {
    langfuse.score.create({ name: `${prefix}-bulk`, value: index, traceId: `${traceId}-${index % 7}` });
  }
  // flush() hands back a flush already in flight; a second one sends whatever queued meanwhile.
  await langfuse.score.flush();
  await langfuse.score.flush();

  const page = await langfuse.api.scoresV3.getManyV3({ traceId, fields: "details,subject,annotation" });
  const byId = Object.fromEntries((page.data as unknown as Score[]).map((score) => [score.id, score]));
  expect(Object.keys(byId).sort()).toEqual(
    ["bool", "cat", "corr", "num", "text"].map((suffix) => `${prefix}-${suffix}`),
  );
  expect(byId[`${prefix}-num`]).toMatchObject({ dataType: "NUMERIC", value: 0.75, comment: "close" });
  expect(byId[`${prefix}-bool`]).toMatchObject({ dataType: "BOOLEAN", value: true });
  expect(byId[`${prefix}-cat`]).toMatchObject({ dataType: "CATEGORICAL", value: "good", configId });
  expect(byId[`${prefix}-text`]).toMatchObject({
    dataType: "TEXT",
    value: "clear",
    subject: { kind: "trace", id: traceId },
  });
  expect(byId[`${prefix}-corr`]).toMatchObject({
    name: "output",
    dataType: "CORRECTION",
    value: "the corrected answer",
    metadata: { reviewer: "e2e" },
    subject: { kind: "observation", id: `${prefix}-span`, traceId },
    authorUserId: null,
    queueId: null,
  });
});

test("lists with filters and field groups through the v3 call", async () => {
  const ranged = await langfuse.api.scoresV3.getManyV3({
    name: `${prefix}-bulk`,
    dataType: "numeric",
    valueMin: 10,
    valueMax: 19,
    source: "api",
  });
  expect(
    (ranged.data as unknown as Score[]).map((score) => score.value).sort((a, b) => Number(a) - Number(b)),
  ).toEqual(Array.from({ length: 10 }, (_, index) => index + 10));
  expect(ranged.data[0]).not.toHaveProperty("comment");

  const exact = await langfuse.api.scoresV3.getManyV3({
    name: `${prefix}-grounded,${prefix}-tone`,
    dataType: "BOOLEAN",
    value: "true",
    fields: "subject",
  });
  expect(exact.data).toEqual([
    expect.objectContaining({ id: `${prefix}-bool`, subject: { kind: "trace", id: traceId } }),
  ]);

  await expect(langfuse.api.scoresV3.getManyV3({ observationId: "o1" })).rejects.toMatchObject({
    statusCode: 400,
    body: {
      message: "Invalid request data",
      error: [
        expect.objectContaining({
          message: expect.stringContaining("observationId filter requires traceId"),
        }),
      ],
    },
  });
});

test("walks every bulk score once with the cursor, newest first", async () => {
  const { seen, pages } = await walkAll({ name: `${prefix}-bulk`, limit: 25 });
  expect(pages).toBe(5);
  expect(seen).toHaveLength(BULK);
  expect(new Set(seen.map((score) => score.id)).size).toBe(BULK);
  expect(new Set(seen.map((score) => score.value))).toEqual(
    new Set(Array.from({ length: BULK }, (_, index) => index)),
  );
  for (let index = 1; index < seen.length; index++) {
    const [before, after] = [seen[index - 1], seen[index]];
    const ordered =
      before.timestamp > after.timestamp || (before.timestamp === after.timestamp && before.id > after.id);
    expect(ordered, `${before.id} before ${after.id}`).toBe(true);
  }
});

test("creates a queue with an item", async () => {
  const queue = await langfuse.api.annotationQueues.createQueue({
    name: `${prefix}-queue`,
    description: "e2e review",
    scoreConfigIds: [configId],
  });
  expect(queue).toMatchObject({ name: `${prefix}-queue`, scoreConfigIds: [configId] });
  const item = await langfuse.api.annotationQueues.createQueueItem(queue.id, {
    objectId: traceId,
    objectType: "TRACE",
  });
  expect(item).toMatchObject({
    queueId: queue.id,
    objectId: traceId,
    objectType: "TRACE",
    status: "PENDING",
  });
  const items = await langfuse.api.annotationQueues.listQueueItems(queue.id, { status: "PENDING" });
  expect(items.data.map((row) => row.id)).toEqual([item.id]);
  expect(items.meta).toMatchObject({ totalItems: 1, page: 1 });
  expect(await langfuse.api.annotationQueues.getQueue(queue.id)).toEqual(queue);
});

test("creates through POST /api/public/scores and deletes a score", async () => {
  const created = await langfuse.api.scores.create({ name: `${prefix}-direct`, value: 3, traceId });
  expect((await langfuse.api.scoresV3.getManyV3({ id: created.id })).data).toHaveLength(1);
  // The SDK types the delete as void; the raw response still shows upstream's 202.
  const deleted = await langfuse.api.legacy.scoreV1.delete(created.id).withRawResponse();
  expect(deleted.rawResponse.status).toBe(202);
  expect((await langfuse.api.scoresV3.getManyV3({ id: created.id })).data).toEqual([]);
});
