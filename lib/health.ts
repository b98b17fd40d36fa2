import { sql } from "drizzle-orm";
import type { DatabaseHandle, DatabaseKind } from "@/db/client";
import packageJson from "@/package.json";

export type Health = { status: "ok" | "unavailable"; database: DatabaseKind; version: string };

export const appVersion: string = packageJson.version;

export async function checkHealth(
  open: () => Promise<DatabaseHandle>,
  configuredKind: DatabaseKind,
): Promise<Health> {
  try {
    const handle = await open();
    await handle.db.execute(sql`select 1`);
    return { status: "ok", database: handle.kind, version: appVersion };
  } catch {
    return { status: "unavailable", database: configuredKind, version: appVersion };
  }
}
