import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/db/client";
import { apiKeys, users } from "@/db/schema";
import { generateKeyPair, storeApiKey } from "@/lib/auth/api-keys";
import type { Principal } from "@/lib/auth/principal";
import { notFound } from "@/lib/errors";

/** Key management for the settings page: the secret leaves the server once, in the create response. */
export const createApiKeyBodySchema = z.object({ note: z.string().trim().max(200).optional() }).strict();
export const apiKeyParamsSchema = z.object({ id: z.string().min(1).max(255) });

const timestamp = z.string().nullable();
export const apiKeyJsonSchema = z
  .object({
    id: z.string(),
    publicKey: z.string(),
    secretHint: z.string().describe("Last four characters of the secret"),
    note: z.string().nullable(),
    createdBy: z.object({ id: z.string(), name: z.string() }).nullable(),
    createdAt: z.string(),
    lastUsedAt: timestamp,
    revokedAt: timestamp,
  })
  .meta({ id: "ApiKey" });
export const createdApiKeyJsonSchema = apiKeyJsonSchema.extend({
  secretKey: z.string().describe("Shown once; only a hash is stored"),
});

export type ApiKeyJson = z.infer<typeof apiKeyJsonSchema>;

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export async function listApiKeys(db: Database, projectId: string, id?: string): Promise<ApiKeyJson[]> {
  const rows = await db
    .select({ key: apiKeys, creatorName: users.name })
    .from(apiKeys)
    .leftJoin(users, eq(users.id, apiKeys.createdBy))
    .where(and(eq(apiKeys.projectId, projectId), id ? eq(apiKeys.id, id) : undefined))
    .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id));
  return rows.map(({ key, creatorName }) => ({
    id: key.id,
    publicKey: key.publicKey,
    secretHint: key.secretHint,
    note: key.note,
    createdBy: key.createdBy ? { id: key.createdBy, name: creatorName ?? "" } : null,
    createdAt: key.createdAt.toISOString(),
    lastUsedAt: iso(key.lastUsedAt),
    revokedAt: iso(key.revokedAt),
  }));
}

export async function createApiKey(db: Database, principal: Principal, note: string | undefined) {
  const keys = generateKeyPair();
  const id = await storeApiKey(db, {
    projectId: principal.projectId,
    keys,
    note: note || undefined,
    createdBy: principal.kind === "user" ? principal.userId : undefined,
  });
  const [created] = await listApiKeys(db, principal.projectId, id);
  return { ...created, secretKey: keys.secretKey };
}

/** Revoking is immediate (every request re-reads the key) and idempotent: revoking twice is fine. */
export async function revokeApiKey(db: Database, projectId: string, id: string): Promise<void> {
  const inProject = and(eq(apiKeys.id, id), eq(apiKeys.projectId, projectId));
  const revoked = await db
    .update(apiKeys)
    .set({ revokedAt: sql`now()` })
    .where(and(inProject, isNull(apiKeys.revokedAt)))
    .returning({ id: apiKeys.id });
  if (revoked.length > 0) return;
  const [existing] = await db.select({ id: apiKeys.id }).from(apiKeys).where(inProject);
  if (!existing) throw notFound(`API key ${id} not found in this project`);
}
