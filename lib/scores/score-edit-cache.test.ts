import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { noEvaluatorFields } from "./evaluator-fields";
import type { ScoreDetailJson } from "./score-detail";
import {
  applyOptimisticEdit,
  replaceRowInPages,
  restoreSnapshot,
  withPatch,
  writeServerVersion,
  type ListData,
} from "./score-edit-cache";
import { scoreDetailKey } from "./use-score-detail";
import { scoreListKey, type ScoreJson } from "./use-score-list";

const BASE = "2026-03-01T10:00:00.000Z";

function scoreRow(id: string, overrides: Partial<ScoreJson> = {}): ScoreJson {
  return {
    id,
    projectId: "p1",
    name: "quality",
    dataType: "NUMERIC",
    value: 1,
    numericValue: 1,
    stringValue: null,
    categories: null,
    source: "ANNOTATION",
    subject: { kind: "trace", id: `t-${id}`, traceId: `t-${id}` },
    traceId: `t-${id}`,
    observationId: null,
    observationType: null,
    sessionId: null,
    experimentId: null,
    environment: "default",
    configId: null,
    config: null,
    authorUserId: "u1",
    author: { id: "u1", name: "Ann" },
    authorLabel: null,
    queueId: null,
    queue: null,
    queueItemId: null,
    comment: "first",
    metadata: null,
    ...noEvaluatorFields,
    timestamp: BASE,
    createdAt: BASE,
    updatedAt: BASE,
    ...overrides,
  };
}

const pageOf = (rows: ScoreJson[], nextCursor: string | null = null) => ({
  data: rows,
  meta: {
    limit: 2,
    nextCursor,
    prevCursor: null,
    total: null,
    totalIsLowerBound: false,
    totalIsEstimate: false,
  },
});

const listOf = (...pages: ScoreJson[][]): ListData => ({
  pages: pages.map((rows, index) => pageOf(rows, index < pages.length - 1 ? `c${index + 1}` : null)),
  pageParams: pages.map((_, index) => (index === 0 ? null : `c${index}`)),
});

const detailOf = (row: ScoreJson): ScoreDetailJson =>
  ({
    ...row,
    config: null,
    author: { id: "u1", name: "Ann", email: "ann@x" },
    subjectContext: null,
    revisionCount: 1,
  }) as ScoreDetailJson;

describe("patching rows of an infinite list", () => {
  it("replaces the row on whichever page holds it and keeps every other page as it was", () => {
    const data = listOf([scoreRow("a"), scoreRow("b")], [scoreRow("c")]);
    const next = replaceRowInPages(data, "c", (row) => ({ ...row, value: 9 }))!;
    expect(next.pages[1].data[0].value).toBe(9);
    expect(next.pages[0]).toBe(data.pages[0]);
    expect(next.pageParams).toBe(data.pageParams);
    expect(data.pages[1].data[0].value).toBe(1);
  });

  it("returns the same object when the score is not loaded, so nothing re-renders", () => {
    const data = listOf([scoreRow("a")]);
    expect(replaceRowInPages(data, "zzz", (row) => row)).toBe(data);
    expect(replaceRowInPages(undefined, "a", (row) => row)).toBeUndefined();
  });
});

describe("a score with a patch applied", () => {
  it("keeps the value columns in step with the value, as the server stores them", () => {
    expect(withPatch(scoreRow("a"), { value: 4 })).toMatchObject({ value: 4, numericValue: 4 });
    const flag = scoreRow("a", { dataType: "BOOLEAN", value: true, numericValue: 1, stringValue: "True" });
    expect(withPatch(flag, { value: false })).toMatchObject({
      value: false,
      numericValue: 0,
      stringValue: "False",
    });
    const tone = scoreRow("a", {
      dataType: "CATEGORICAL",
      value: "calm",
      numericValue: 0,
      stringValue: "calm",
    });
    const categories = [
      { label: "calm", value: 0 },
      { label: "angry", value: 1 },
    ];
    expect(withPatch(tone, { value: "angry" }, categories)).toMatchObject({
      value: "angry",
      numericValue: 1,
      stringValue: "angry",
      categories: null,
    });
    expect(withPatch(tone, { value: ["angry", "calm"] }, categories)).toMatchObject({
      stringValue: "angry",
      categories: ["angry", "calm"],
    });
  });

  it("changes only the fields the patch names", () => {
    const row = scoreRow("a");
    expect(withPatch(row, { comment: null })).toEqual({ ...row, comment: null });
    expect(withPatch(row, { value: 2 }).comment).toBe("first");
  });
});

function seededClient() {
  const client = new QueryClient();
  const byTime = scoreListKey("p1", "sort=timestamp");
  const byValue = scoreListKey("p1", "sort=value");
  const otherProject = scoreListKey("p2", "sort=timestamp");
  client.setQueryData(byTime, listOf([scoreRow("a"), scoreRow("b")], [scoreRow("c")]));
  client.setQueryData(byValue, listOf([scoreRow("c")]));
  client.setQueryData(otherProject, listOf([scoreRow("c")]));
  client.setQueryData(scoreDetailKey("p1", "c"), detailOf(scoreRow("c")));
  const rowIn = (key: readonly unknown[]) =>
    client
      .getQueryData<ListData>(key)!
      .pages.flatMap((page) => page.data)
      .find((row) => row.id === "c")!;
  const detail = () => client.getQueryData<ScoreDetailJson>(scoreDetailKey("p1", "c"))!;
  return { client, byTime, byValue, otherProject, rowIn, detail };
}

describe("an edit across the caches", () => {
  it("shows the edit in the detail and in every list of the project at once", () => {
    const { client, byTime, byValue, otherProject, rowIn, detail } = seededClient();
    applyOptimisticEdit(client, "p1", "c", { value: 7, comment: "second" });
    for (const key of [byTime, byValue]) expect(rowIn(key)).toMatchObject({ value: 7, comment: "second" });
    expect(detail()).toMatchObject({ value: 7, comment: "second", revisionCount: 1 });
    expect(detail().author).toEqual({ id: "u1", name: "Ann", email: "ann@x" });
    expect(rowIn(otherProject).value).toBe(1);
  });

  it("puts every copy back when the save fails", () => {
    const { client, byTime, byValue, rowIn, detail } = seededClient();
    const snapshot = applyOptimisticEdit(client, "p1", "c", { value: 7, comment: "second" });
    restoreSnapshot(client, "p1", "c", snapshot);
    for (const key of [byTime, byValue]) expect(rowIn(key)).toEqual(scoreRow("c"));
    expect(detail()).toEqual(detailOf(scoreRow("c")));
  });

  it("restores the row only, so a page loaded while the save ran is kept", () => {
    const { client, byTime, rowIn } = seededClient();
    const snapshot = applyOptimisticEdit(client, "p1", "c", { value: 7 });
    client.setQueryData<ListData>(byTime, (old) => ({
      pages: [...old!.pages, pageOf([scoreRow("d")])],
      pageParams: [...old!.pageParams, "c2"],
    }));
    restoreSnapshot(client, "p1", "c", snapshot);
    expect(client.getQueryData<ListData>(byTime)!.pages).toHaveLength(3);
    expect(rowIn(byTime).value).toBe(1);
  });

  it("takes the server's answer, with its new version, everywhere", () => {
    const { client, byTime, rowIn, detail } = seededClient();
    applyOptimisticEdit(client, "p1", "c", { value: 7 });
    const saved = scoreRow("c", { value: 7, numericValue: 7, updatedAt: "2026-03-01T11:00:00.000Z" });
    writeServerVersion(client, "p1", saved);
    expect(rowIn(byTime)).toEqual(saved);
    expect(detail()).toMatchObject({ value: 7, updatedAt: "2026-03-01T11:00:00.000Z", revisionCount: 1 });
    expect(detail().author).toEqual({ id: "u1", name: "Ann", email: "ann@x" });
  });

  it("leaves caches that never held the score alone", () => {
    const client = new QueryClient();
    const key = scoreListKey("p1", "");
    const data = listOf([scoreRow("a")]);
    client.setQueryData(key, data);
    const snapshot = applyOptimisticEdit(client, "p1", "c", { value: 7 });
    expect(snapshot).toEqual({ detail: undefined, rows: [] });
    expect(client.getQueryData(key)).toBe(data);
    expect(client.getQueryData(scoreDetailKey("p1", "c"))).toBeUndefined();
  });
});
