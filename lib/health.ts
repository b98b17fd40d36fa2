import { sql } from "drizzle-orm";
import type { DatabaseHandle } from "@/db/client";
import packageJson from "@/package.json";

export type Health = { status: "ok" | "unavailable"; database: DatabaseHandle["kind"] | null; version: string };

export const appVersion = packageJson.version;

export async function checkHealth(open: () => Promise<DatabaseHandle>): Promise<Health> {
  try {
    const handle = await open();
    await handle.db.execute(sql`select 1`);
    return { status: "ok", database: handle.kind, version: appVersion };
  } catch {
    return { status: "unavailable", database: null, version: appVersion };
  }
}
