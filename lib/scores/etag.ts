import { AppError, badRequest } from "@/lib/errors";

/**
 * A score's version is its `updated_at` in milliseconds: every write moves it forward by at least
 * 1 ms, so two versions never share an ETag. The tag is strong because it names the stored row,
 * which is what `If-Match` protects. `If-Match` also takes the `updatedAt` ISO string a client
 * read from the JSON (or a weak `W/"…"` form of the tag), and `*`.
 */
export const etagOf = (row: { updatedAt: Date }): string => `"${row.updatedAt.getTime()}"`;

/** null: any version matches (`*`); otherwise the versions, in epoch milliseconds, the client accepts. */
export type IfMatchVersions = number[] | null;

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;
const ENTITY_TAG = /^(?:W\/)?"(\d{1,16})"$/;

function parseVersion(entry: string): number | undefined {
  const tag = ENTITY_TAG.exec(entry);
  if (tag) return Number(tag[1]);
  if (ISO_DATE_TIME.test(entry)) {
    const time = Date.parse(entry);
    if (Number.isFinite(time)) return time;
  }
  return undefined;
}

export function parseIfMatch(header: string): IfMatchVersions {
  const entries = header
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  if (entries.includes("*")) return null;
  const versions = entries.map(parseVersion);
  if (versions.length === 0 || versions.some((version) => version === undefined)) {
    throw badRequest("If-Match must be the score's ETag or its updatedAt (ISO 8601)", [
      { path: "If-Match", message: `Not an ETag or ISO date-time: ${header.slice(0, 100)}` },
    ]);
  }
  return versions as number[];
}

/** 412 unless the current row is one of the versions `If-Match` names. */
export function assertIfMatch(versions: IfMatchVersions, current: { id: string; updatedAt: Date }): void {
  if (versions === null || versions.includes(current.updatedAt.getTime())) return;
  throw new AppError(
    "precondition_failed",
    `Score ${current.id} changed since you read it (now ${current.updatedAt.toISOString()}); reload and retry`,
    undefined,
    { etag: etagOf(current) },
  );
}
