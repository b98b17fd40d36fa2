import { readConfig } from "@/lib/config";
import { getDatabase } from "@/lib/database";
import { checkHealth } from "@/lib/health";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Liveness and database reachability; no authentication. */
export async function GET() {
  const configuredKind = readConfig().DATABASE_URL ? "postgres" : "pglite";
  const health = await checkHealth(getDatabase, configuredKind);
  return Response.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "cache-control": "no-store", ...(health.status === "ok" ? {} : { "retry-after": "5" }) },
  });
}
