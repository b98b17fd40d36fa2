import { and, eq, inArray } from "drizzle-orm";
import type { Database } from "@/db/client";
import { annotationQueues, scoreConfigs, users } from "@/db/schema";
import type { NameLookup } from "./serialize";

/**
 * Display names for the authors, queues and configs a page of scores refers to: small lookups
 * by primary key instead of three joins on every list query, and a short-lived cache in front
 * of them, because a list page is a hot path and names almost never change. A renamed label
 * or person shows its new name within NAME_TTL_MS.
 */
export const NAME_TTL_MS = 30_000;
const MAX_CACHED = 20_000;

type Kind = keyof NameLookup;
const cache = new Map<string, { name: string | null; expires: number }>();

const distinct = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => v !== null))];

function fetchNames(db: Database, projectId: string, kind: Kind, ids: string[]) {
  if (kind === "users") {
    return db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids));
  }
  const table = kind === "queues" ? annotationQueues : scoreConfigs;
  return db
    .select({ id: table.id, name: table.name })
    .from(table)
    .where(and(eq(table.projectId, projectId), inArray(table.id, ids)));
}

async function namesOf(db: Database, projectId: string, kind: Kind, ids: string[], now: number) {
  const result = new Map<string, string>();
  const missing: string[] = [];
  for (const id of ids) {
    const hit = cache.get(`${projectId}\u0000${kind}\u0000${id}`);
    if (hit && hit.expires > now) {
      if (hit.name !== null) result.set(id, hit.name);
    } else missing.push(id);
  }
  if (missing.length === 0) return result;
  const found = new Map((await fetchNames(db, projectId, kind, missing)).map((row) => [row.id, row.name]));
  if (cache.size + missing.length > MAX_CACHED) cache.clear();
  for (const id of missing) {
    const name = found.get(id) ?? null;
    cache.set(`${projectId}\u0000${kind}\u0000${id}`, { name, expires: now + NAME_TTL_MS });
    if (name !== null) result.set(id, name);
  }
  return result;
}

export async function lookupNames(
  db: Database,
  projectId: string,
  rows: { authorUserId: string | null; queueId: string | null; configId: string | null }[],
): Promise<NameLookup> {
  const now = Date.now();
  const [usersFound, queuesFound, configsFound] = await Promise.all([
    namesOf(db, projectId, "users", distinct(rows.map((r) => r.authorUserId)), now),
    namesOf(db, projectId, "queues", distinct(rows.map((r) => r.queueId)), now),
    namesOf(db, projectId, "configs", distinct(rows.map((r) => r.configId)), now),
  ]);
  return { users: usersFound, queues: queuesFound, configs: configsFound };
}

/** Tests that rename things within one process start from an empty cache. */
export function clearNameCache(): void {
  cache.clear();
}
