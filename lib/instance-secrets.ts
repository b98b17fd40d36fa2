import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { instanceSecrets } from "@/db/schema";

/**
 * A secret generated once and kept in the database, so every process on it uses the same one.
 * Processes starting at once race safely: each offers its own random value, the first insert wins
 * (`on conflict do nothing`), and all of them read back the winner.
 */
export async function ensureInstanceSecret(db: Database, name: string): Promise<string> {
  await db
    .insert(instanceSecrets)
    .values({ name, value: randomBytes(32).toString("base64url") })
    .onConflictDoNothing({ target: instanceSecrets.name });
  const [row] = await db
    .select({ value: instanceSecrets.value })
    .from(instanceSecrets)
    .where(eq(instanceSecrets.name, name));
  if (!row) throw new Error(`The instance secret "${name}" could not be stored`);
  return row.value;
}
