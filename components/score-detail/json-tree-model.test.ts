import { describe, expect, it } from "vitest";
import {
  ENTRIES_PAGE,
  LARGE_CONTAINER,
  containerOfMore,
  isEmptyJson,
  keyAction,
  parentIdOf,
  sizeText,
  visibleFocus,
  visibleRows,
  type EntryRow,
  type TreeState,
} from "./json-tree-model";

const closedState: TreeState = { open: new Map(), shown: new Map() };
const withOpen = (entries: [string, boolean][]): TreeState => ({ open: new Map(entries), shown: new Map() });
const ids = (rows: { id: string }[]) => rows.map((row) => row.id);

const doc = {
  model: "small",
  usage: { input: 3, nested: { deep: { deeper: 1 } } },
  tags: ["a", "b"],
  empty: {},
};

describe("visibleRows", () => {
  it("opens the first two levels, keeps deeper containers closed, and never opens empty ones", () => {
    const rows = visibleRows(doc, closedState);
    expect(ids(rows)).toEqual([
      '["model"]',
      '["usage"]',
      '["usage","input"]',
      '["usage","nested"]',
      '["tags"]',
      '["tags",0]',
      '["tags",1]',
      '["empty"]',
    ]);
    const nested = rows.find((row) => row.id === '["usage","nested"]') as EntryRow;
    expect(nested).toMatchObject({ level: 2, expandable: true, open: false, size: 1, kind: "object" });
    expect(rows.find((row) => row.id === '["empty"]')).toMatchObject({ expandable: false, open: false });
    expect(rows[1]).toMatchObject({ parentId: null, position: 2, siblings: 4 });
    expect(rows[2]).toMatchObject({ parentId: '["usage"]', level: 2, position: 1, siblings: 2 });
  });

  it("follows explicit open and closed choices over the defaults", () => {
    const rows = visibleRows(
      doc,
      withOpen([
        ['["usage","nested"]', true],
        ['["tags"]', false],
      ]),
    );
    expect(ids(rows)).toContain('["usage","nested","deep"]');
    expect(ids(rows)).not.toContain('["tags",0]');
  });

  it("starts a large container closed and pages its entries with a 'more' row", () => {
    const big = { list: Array.from({ length: ENTRIES_PAGE + 5 }, (_, index) => index) };
    const closed = visibleRows(big, closedState);
    expect(closed).toHaveLength(1);
    expect(closed[0]).toMatchObject({ open: false, size: ENTRIES_PAGE + 5 });
    expect(LARGE_CONTAINER).toBeLessThan(ENTRIES_PAGE);

    const opened = visibleRows(big, withOpen([['["list"]', true]]));
    const more = opened.at(-1)!;
    expect(opened).toHaveLength(1 + ENTRIES_PAGE + 1);
    expect(more).toMatchObject({ type: "more", hidden: 5, nextId: `["list",${ENTRIES_PAGE}]` });
    expect(containerOfMore(more)).toBe('["list"]');

    const all = visibleRows(big, {
      open: new Map([['["list"]', true]]),
      shown: new Map([['["list"]', 200]]),
    });
    expect(all).toHaveLength(1 + ENTRIES_PAGE + 5);
  });

  it("marks long strings, and reads keys that need quoting", () => {
    const rows = visibleRows({ 'a"b': "x".repeat(500), short: "y" }, closedState) as EntryRow[];
    expect(rows.map((row) => [row.key, row.longText])).toEqual([
      ['a"b', true],
      ["short", false],
    ]);
    expect(parentIdOf(JSON.stringify(['a"b', 0]))).toBe(JSON.stringify(['a"b']));
  });
});

describe("keyAction", () => {
  const rows = visibleRows(doc, closedState);
  const usage = '["usage"]';

  it("moves with the arrows, Home and End", () => {
    expect(keyAction(rows, usage, "ArrowDown")).toEqual({ type: "focus", id: '["usage","input"]' });
    expect(keyAction(rows, usage, "ArrowUp")).toEqual({ type: "focus", id: '["model"]' });
    expect(keyAction(rows, usage, "Home")).toEqual({ type: "focus", id: '["model"]' });
    expect(keyAction(rows, usage, "End")).toEqual({ type: "focus", id: '["empty"]' });
    expect(keyAction(rows, '["empty"]', "ArrowDown")).toBeNull();
  });

  it("opens, enters, closes and leaves containers with Right and Left", () => {
    expect(keyAction(rows, usage, "ArrowRight")).toEqual({ type: "focus", id: '["usage","input"]' });
    expect(keyAction(rows, '["usage","nested"]', "ArrowRight")).toEqual({
      type: "setOpen",
      id: '["usage","nested"]',
      open: true,
    });
    expect(keyAction(rows, usage, "ArrowLeft")).toEqual({ type: "setOpen", id: usage, open: false });
    expect(keyAction(rows, '["usage","input"]', "ArrowLeft")).toEqual({ type: "focus", id: usage });
    expect(keyAction(rows, '["model"]', "ArrowLeft")).toBeNull();
    expect(keyAction(rows, '["model"]', "ArrowRight")).toBeNull();
  });

  it("toggles with Enter and Space, and activates 'more' rows and long text", () => {
    expect(keyAction(rows, usage, "Enter")).toEqual({ type: "setOpen", id: usage, open: false });
    expect(keyAction(rows, '["usage","nested"]', " ")).toEqual({
      type: "setOpen",
      id: '["usage","nested"]',
      open: true,
    });
    expect(keyAction(rows, '["model"]', "Enter")).toBeNull();
    const long = visibleRows({ text: "x".repeat(300) }, closedState);
    expect(keyAction(long, '["text"]', "Enter")).toEqual({ type: "activate", id: '["text"]' });
  });

  it("ignores other keys and recovers from an unknown focus", () => {
    expect(keyAction(rows, usage, "a")).toBeNull();
    expect(keyAction(rows, "gone", "ArrowDown")).toEqual({ type: "focus", id: '["model"]' });
  });
});

describe("visibleFocus", () => {
  it("falls back to the nearest visible ancestor, then to the first row", () => {
    const rows = visibleRows(doc, withOpen([['["usage"]', false]]));
    expect(visibleFocus(rows, '["usage","nested","deep"]')).toBe('["usage"]');
    expect(visibleFocus(rows, '["tags",1]')).toBe('["tags",1]');
    expect(visibleFocus(rows, '["list"]+more')).toBe('["model"]');
    expect(visibleFocus(rows, '["usage"]+more')).toBe('["usage"]');
    expect(visibleFocus(rows, null)).toBe('["model"]');
    expect(visibleFocus([], null)).toBeNull();
  });
});

describe("isEmptyJson and sizeText", () => {
  it("reads null, undefined, empty text and empty containers as none", () => {
    for (const value of [null, undefined, "", [], {}]) expect(isEmptyJson(value)).toBe(true);
    for (const value of [0, false, "x", [null], { a: null }]) expect(isEmptyJson(value)).toBe(false);
  });

  it("counts items and keys", () => {
    expect(sizeText("array", 1)).toBe("1 item");
    expect(sizeText("array", 1200)).toBe("1,200 items");
    expect(sizeText("object", 2)).toBe("2 keys");
  });
});
