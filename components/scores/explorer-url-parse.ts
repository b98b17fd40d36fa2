import { parseListParamsLenient, type DroppedParam } from "@/lib/scores/filter-codec";
import { COLUMNS_KEY, SCORE_KEY, withoutDefaults, type ExplorerUrl } from "./explorer-url";

/**
 * Reading an explorer URL with the one list schema, leniently. This half carries zod: the
 * server page reads every request with it; the browser loads it only for a URL it did not write.
 */
type SearchLike = Iterable<[string, string]>;

/** The explorer loads pages with the cursor as the user scrolls, so a URL cannot pin one page. */
const pagingKeys = ["cursor", "page"] as const;

/** Repeated keys join with commas, exactly as the API reads them. */
function rawParamsOf(search: SearchLike): Record<string, string> {
  const raw: Record<string, string> = {};
  for (const [key, value] of search) raw[key] = key in raw ? `${raw[key]},${value}` : value;
  return raw;
}

const splitList = (text: string) =>
  text
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "");

export function readExplorerUrl(search: SearchLike, knownColumns: readonly string[]): ExplorerUrl {
  const { [SCORE_KEY]: score, [COLUMNS_KEY]: cols, ...raw } = rawParamsOf(search);
  const dropped: DroppedParam[] = [];
  for (const key of pagingKeys) {
    if (!(key in raw)) continue;
    dropped.push({ key, value: raw[key], message: "The explorer loads pages as you scroll" });
    delete raw[key];
  }
  const lenient = parseListParamsLenient(raw);
  dropped.push(...lenient.dropped);

  let columns: string[] | null = null;
  if (cols !== undefined) {
    const listed = [...new Set(splitList(cols))];
    const unknown = listed.filter((id) => !knownColumns.includes(id));
    if (unknown.length > 0) {
      dropped.push({ key: COLUMNS_KEY, value: unknown.join(","), message: "Unknown column" });
    }
    const known = listed.filter((id) => knownColumns.includes(id));
    columns = known.length > 0 ? known : null;
  }
  return { params: withoutDefaults(lenient.params), dropped, scoreId: score?.trim() || null, columns };
}
