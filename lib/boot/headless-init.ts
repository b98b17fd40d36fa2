import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { apiKeys, memberships, organizations, projects } from "@/db/schema";
import { ensurePasswordUser, hashAccountPassword } from "@/lib/auth/accounts";
import { storeApiKey, type KeyPair } from "@/lib/auth/api-keys";
import { findPasswordProblem } from "@/lib/auth/password-policy";
import type { AppConfig } from "@/lib/config";
import { newId } from "@/lib/ids";

export type InitRequest = {
  orgName: string;
  projectId: string;
  projectName: string;
  keys?: KeyPair;
  user?: { email: string; name: string; password: string };
};

/** The SCORELENS_INIT_* variables as one request, or null when no project is asked for. */
export function initRequestFrom(config: AppConfig): InitRequest | null {
  if (!config.SCORELENS_INIT_PROJECT_ID) return null;
  const publicKey = config.SCORELENS_INIT_PROJECT_PUBLIC_KEY;
  const secretKey = config.SCORELENS_INIT_PROJECT_SECRET_KEY;
  if (Boolean(publicKey) !== Boolean(secretKey)) {
    throw new Error(
      "Set both SCORELENS_INIT_PROJECT_PUBLIC_KEY and SCORELENS_INIT_PROJECT_SECRET_KEY, or neither",
    );
  }
  return {
    orgName: config.SCORELENS_INIT_ORG_NAME ?? "Scorelens",
    projectId: config.SCORELENS_INIT_PROJECT_ID,
    projectName: config.SCORELENS_INIT_PROJECT_NAME ?? config.SCORELENS_INIT_PROJECT_ID,
    keys: publicKey && secretKey ? { publicKey, secretKey } : undefined,
    user: initUserFrom(config),
  };
}

function initUserFrom(config: AppConfig): InitRequest["user"] {
  const email = config.SCORELENS_INIT_USER_EMAIL;
  const password = config.SCORELENS_INIT_USER_PASSWORD;
  if (!email && !password) return undefined;
  if (!email || !password) {
    throw new Error("Set both SCORELENS_INIT_USER_EMAIL and SCORELENS_INIT_USER_PASSWORD, or neither");
  }
  const problem = findPasswordProblem(password, email);
  if (problem) throw new Error(`SCORELENS_INIT_USER_PASSWORD is refused: ${problem}`);
  return { email, password, name: config.SCORELENS_INIT_USER_NAME ?? email.split("@")[0] };
}

/**
 * Creates what the request names and leaves everything that already exists alone, so it can
 * run at every boot: an owner who changed the init password keeps their own. Returns the owner's
 * user id when a user was asked for.
 */
export async function applyInit(db: Database, init: InitRequest): Promise<{ userId?: string }> {
  const passwordHash = init.user ? await hashAccountPassword(init.user.password) : undefined;
  return db.transaction(async (tx) => {
    const [existingProject] = await tx.select().from(projects).where(eq(projects.id, init.projectId));
    if (!existingProject) {
      const [existingOrg] = await tx.select().from(organizations).where(eq(organizations.name, init.orgName));
      const organizationId = existingOrg?.id ?? newId();
      if (!existingOrg) await tx.insert(organizations).values({ id: organizationId, name: init.orgName });
      await tx.insert(projects).values({ id: init.projectId, organizationId, name: init.projectName });
    }

    if (init.keys) {
      const [key] = await tx.select().from(apiKeys).where(eq(apiKeys.publicKey, init.keys.publicKey));
      if (!key) await storeApiKey(tx, { projectId: init.projectId, keys: init.keys, note: "initial key" });
    }

    if (!init.user) return {};
    const { userId } = await ensurePasswordUser(tx, { ...init.user, passwordHash });
    await tx
      .insert(memberships)
      .values({ userId, projectId: init.projectId, role: "owner" })
      .onConflictDoNothing();
    return { userId };
  });
}
