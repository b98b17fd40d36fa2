/**
 * The JSON tree as rows: which nodes are visible for the current open/closed state, in reading
 * order, and what a key press does (the WAI-ARIA tree pattern). Pure, so it is unit-tested; the
 * component only renders rows and keeps the state.
 *
 * Invariants: a node's id is the JSON text of its path from the root (`["a",0]`), so a parent's
 * id is derived from its child's; the root itself is not a row, its entries are level 1.
 */
export type JsonKind = "object" | "array" | "string" | "number" | "boolean" | "null";

/** Levels open at first: the root's entries and their children; deeper containers start closed. */
export const OPEN_LEVELS = 2;
/** A container with more entries than this starts closed, showing only its size. */
export const LARGE_CONTAINER = 25;
/** Entries rendered per container before a "show more" row. */
export const ENTRIES_PAGE = 100;
/** Strings longer than this are cut, with "show more". */
export const LONG_TEXT = 200;

export type TreeState = {
  /** Explicit open (true) or closed (false); absent: the default for the node's level and size. */
  open: ReadonlyMap<string, boolean>;
  /** Entries shown per container id; absent: ENTRIES_PAGE. */
  shown: ReadonlyMap<string, number>;
};

export type EntryRow = {
  type: "entry";
  id: string;
  parentId: string | null;
  level: number;
  /** Position among its siblings (1-based) and their count, for aria-posinset/-setsize. */
  position: number;
  siblings: number;
  key: string | number;
  value: unknown;
  kind: JsonKind;
  /** Entries of an object or array; 0 for primitives. */
  size: number;
  expandable: boolean;
  open: boolean;
  longText: boolean;
};

export type MoreRow = {
  type: "more";
  id: string;
  parentId: string | null;
  level: number;
  /** How many entries the container has beyond those shown. */
  hidden: number;
  /** The id of the first entry this row would reveal. */
  nextId: string;
};

export type TreeRow = EntryRow | MoreRow;

export function kindOf(value: unknown): JsonKind {
  if (value === null || value === undefined) return "null";
  if (Array.isArray(value)) return "array";
  switch (typeof value) {
    case "object":
      return "object";
    case "string":
      return "string";
    case "number":
    case "bigint":
      return "number";
    case "boolean":
      return "boolean";
    default:
      return "null";
  }
}

export function entriesOf(value: unknown): [string | number, unknown][] {
  if (Array.isArray(value)) return value.map((item, index) => [index, item]);
  if (kindOf(value) === "object") return Object.entries(value as Record<string, unknown>);
  return [];
}

/** Nothing worth a tree: null, undefined, "", [] and {} all read as "none". */
export function isEmptyJson(value: unknown): boolean {
  if (value === null || value === undefined || value === "") return true;
  const kind = kindOf(value);
  return (kind === "array" || kind === "object") && entriesOf(value).length === 0;
}

export const ROOT_ID = "[]";
const idOf = (path: (string | number)[]) => JSON.stringify(path);
const pathOf = (id: string) => JSON.parse(id) as (string | number)[];

/** The parent's id, or null for a level-1 entry (whose parent is the root). */
export function parentIdOf(id: string): string | null {
  const path = pathOf(id);
  return path.length <= 1 ? null : idOf(path.slice(0, -1));
}

export function isOpenByDefault(level: number, size: number): boolean {
  return level < OPEN_LEVELS && size > 0 && size <= LARGE_CONTAINER;
}

function pushEntries(
  rows: TreeRow[],
  container: unknown,
  path: (string | number)[],
  level: number,
  state: TreeState,
) {
  const entries = entriesOf(container);
  const containerId = idOf(path);
  const shown = Math.min(entries.length, state.shown.get(containerId) ?? ENTRIES_PAGE);
  for (let index = 0; index < shown; index++) {
    const [key, value] = entries[index];
    const childPath = [...path, key];
    const id = idOf(childPath);
    const kind = kindOf(value);
    const size = entriesOf(value).length;
    const expandable = size > 0;
    const open = expandable && (state.open.get(id) ?? isOpenByDefault(level, size));
    rows.push({
      type: "entry",
      id,
      parentId: path.length === 0 ? null : containerId,
      level,
      position: index + 1,
      siblings: entries.length,
      key,
      value,
      kind,
      size,
      expandable,
      open,
      longText: kind === "string" && (value as string).length > LONG_TEXT,
    });
    if (open) pushEntries(rows, value, childPath, level + 1, state);
  }
  if (shown < entries.length) {
    rows.push({
      type: "more",
      id: `${containerId}+more`,
      parentId: path.length === 0 ? null : containerId,
      level,
      hidden: entries.length - shown,
      nextId: idOf([...path, entries[shown][0]]),
    });
  }
}

/** Every visible row in reading order; children follow their parent. */
export function visibleRows(root: unknown, state: TreeState): TreeRow[] {
  const rows: TreeRow[] = [];
  pushEntries(rows, root, [], 1, state);
  return rows;
}

/** The container a "more" row belongs to (its id without the suffix). */
export const containerOfMore = (row: Pick<MoreRow, "id">) => row.id.slice(0, -"+more".length);

export type KeyAction =
  | { type: "focus"; id: string }
  | { type: "setOpen"; id: string; open: boolean }
  /** Enter/Space on a row that does something besides opening: show more entries or the full text. */
  | { type: "activate"; id: string };

/** What `key` does on the row `currentId` (WAI-ARIA tree view keyboard interaction); null: nothing. */
export function keyAction(rows: TreeRow[], currentId: string, key: string): KeyAction | null {
  const index = rows.findIndex((row) => row.id === currentId);
  if (index < 0) return rows.length > 0 ? { type: "focus", id: rows[0].id } : null;
  const row = rows[index];
  const focus = (target: TreeRow | undefined): KeyAction | null =>
    target ? { type: "focus", id: target.id } : null;
  switch (key) {
    case "ArrowDown":
      return focus(rows[index + 1]);
    case "ArrowUp":
      return focus(rows[index - 1]);
    case "Home":
      return focus(rows[0]);
    case "End":
      return focus(rows.at(-1));
    case "ArrowRight":
      if (row.type !== "entry" || !row.expandable) return null;
      return row.open ? focus(rows[index + 1]) : { type: "setOpen", id: row.id, open: true };
    case "ArrowLeft":
      if (row.type === "entry" && row.open) return { type: "setOpen", id: row.id, open: false };
      return row.parentId === null ? null : { type: "focus", id: row.parentId };
    case "Enter":
    case " ":
      if (row.type === "more" || row.longText) return { type: "activate", id: row.id };
      return row.expandable ? { type: "setOpen", id: row.id, open: !row.open } : null;
    default:
      return null;
  }
}

/**
 * The row to focus when `id` is hidden (an ancestor was closed): its nearest visible ancestor,
 * else the first row.
 */
export function visibleFocus(rows: TreeRow[], id: string | null): string | null {
  const ids = new Set(rows.map((row) => row.id));
  let candidate = id;
  while (candidate !== null && !ids.has(candidate)) {
    const container = candidate.endsWith("+more") ? candidate.slice(0, -"+more".length) : null;
    candidate = container === null ? parentIdOf(candidate) : container === ROOT_ID ? null : container;
  }
  return candidate ?? rows[0]?.id ?? null;
}

/** "3 items" / "1 key": a closed container's size. */
export function sizeText(kind: JsonKind, size: number): string {
  const noun = kind === "array" ? "item" : "key";
  return `${size.toLocaleString("en-US")} ${noun}${size === 1 ? "" : "s"}`;
}
