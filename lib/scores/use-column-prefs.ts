import { useCallback, useSyncExternalStore } from "react";

/**
 * Column preferences kept in localStorage: the visible columns in order and their widths.
 * The server renders the defaults (it has no localStorage); useSyncExternalStore swaps in the
 * saved preferences right after hydration without a hydration mismatch.
 */
export type ColumnPrefs = { columns?: string[]; widths?: Record<string, number> };

const STORAGE_KEY = "scorelens.explorer.columns.v1";
const MIN_WIDTH = 60;
const MAX_WIDTH = 1200;
const EMPTY: ColumnPrefs = {};
const listeners = new Set<() => void>();
let cached: { raw: string | null; prefs: ColumnPrefs } = { raw: null, prefs: EMPTY };

/** Whatever another version (or a person) stored: keep only what still has the right shape. */
export function parseColumnPrefs(raw: string | null): ColumnPrefs {
  if (!raw) return EMPTY;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return EMPTY;
  }
  if (typeof value !== "object" || value === null) return EMPTY;
  const { columns, widths } = value as Record<string, unknown>;
  const prefs: ColumnPrefs = {};
  if (Array.isArray(columns) && columns.every((id) => typeof id === "string")) prefs.columns = columns;
  if (typeof widths === "object" && widths !== null) {
    prefs.widths = Object.fromEntries(
      Object.entries(widths).filter(
        ([, width]) => typeof width === "number" && width >= MIN_WIDTH && width <= MAX_WIDTH,
      ),
    ) as Record<string, number>;
  }
  return prefs;
}

function readStorage(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage disabled: behave as if nothing was saved
  }
}

function getSnapshot(): ColumnPrefs {
  const raw = readStorage();
  if (raw !== cached.raw) cached = { raw, prefs: parseColumnPrefs(raw) };
  return cached.prefs;
}

const getServerSnapshot = () => EMPTY;

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY) listener();
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

function writePrefs(next: ColumnPrefs) {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
  } catch {
    // full or disabled storage: the choice still holds for this page through the URL
  }
  listeners.forEach((listener) => listener());
}

export function useColumnPrefs() {
  const prefs = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  const update = useCallback((change: (current: ColumnPrefs) => ColumnPrefs) => {
    writePrefs(change(getSnapshot()));
  }, []);
  return [prefs, update] as const;
}
