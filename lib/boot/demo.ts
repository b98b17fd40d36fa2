import fs from "node:fs";
import { sql } from "drizzle-orm";
import { rowsOf, type DatabaseHandle } from "@/db/client";
import { seedDatabase } from "@/db/seed";
import { memberships } from "@/db/schema";
import { ensurePasswordUser, hashAccountPassword } from "@/lib/auth/accounts";
import { generateKeyPair, type KeyPair } from "@/lib/auth/api-keys";
import type { AppConfig } from "@/lib/config";
import { applyInit, type InitRequest } from "./headless-init";

export const DEMO_PROJECT_ID = "demo";
export const DEMO_OWNER = {
  email: "owner@demo.scorelens.dev",
  name: "Demo Owner",
  password: "scorelens-demo",
};

/** An annotator account, so a newcomer can try the annotation workspace at once. */
export const DEMO_ANNOTATOR = {
  email: "annotator@demo.scorelens.dev",
  name: "Demo Annotator",
  password: "annotate-the-demo",
};

/** Fixed so every demo start generates the same kind of data (timestamps end at the first start). */
const DEMO_SEED = 42;

export type DemoCredentials = {
  projectId: string;
  email: string;
  password: string;
  keys: KeyPair;
  /** Absent when the operator's SCORELENS_INIT_* chose the people. */
  annotator?: { email: string; password: string };
};

const credentialsPath = (dataDir: string) => `${dataDir.replace(/\/+$/, "")}.demo-credentials.json`;

async function isEmpty(handle: DatabaseHandle): Promise<boolean> {
  const rows = rowsOf<{ found: boolean }>(
    await handle.db.execute(sql`select exists (select 1 from scores) as found`),
  );
  return !rows[0]?.found;
}

/**
 * First start on an empty embedded database: seed demo scores into the init project (or a
 * project named "demo") and make an owner and a key pair when the operator gave none. The
 * generated secret is shown once at creation like any secret; the demo keeps a copy in a file
 * beside the data folder (mode 0600) so later starts can print it again.
 */
export async function startDemo(
  handle: DatabaseHandle,
  config: AppConfig,
  init: InitRequest | null,
): Promise<DemoCredentials | null> {
  const saved = credentialsPath(config.SCORELENS_DATA_DIR);
  if (handle.kind !== "pglite" || config.SCORELENS_DEMO === "0") return null;
  if (!(await isEmpty(handle))) {
    return fs.existsSync(saved) ? (JSON.parse(fs.readFileSync(saved, "utf8")) as DemoCredentials) : null;
  }

  const keys = init?.keys ?? generateKeyPair();
  const projectId = init?.projectId ?? DEMO_PROJECT_ID;
  const user = init?.user ?? DEMO_OWNER;
  await applyInit(handle.db, {
    orgName: init?.orgName ?? "Demo organization",
    projectId,
    projectName: init?.projectName ?? "Demo project",
    keys,
    user,
  });

  const total = config.SCORELENS_DEMO_SCORES;
  let lastShown = 0;
  const result = await seedDatabase(handle, {
    scores: total,
    seed: DEMO_SEED,
    projectId,
    onProgress: (done) => {
      if (done - lastShown >= total / 10 || done === total) {
        lastShown = done;
        console.log(
          `  seeding demo scores: ${done.toLocaleString("en-US")} / ${total.toLocaleString("en-US")}`,
        );
      }
    },
  });
  console.log(
    `  seeded ${result.scores.toLocaleString("en-US")} demo scores in ${result.seconds.toFixed(1)} s`,
  );

  // Only in the plain demo: with SCORELENS_INIT_* the operator decides who is a member.
  if (!init?.user) await addDemoAnnotator(handle, projectId);

  // What the operator set is named, not repeated: start-up output often ends up in log storage.
  const credentials: DemoCredentials = {
    projectId,
    email: user.email,
    password: init?.user ? "$SCORELENS_INIT_USER_PASSWORD" : DEMO_OWNER.password,
    keys: init?.keys ? { ...keys, secretKey: "$SCORELENS_INIT_PROJECT_SECRET_KEY" } : keys,
    ...(init?.user ? {} : { annotator: { email: DEMO_ANNOTATOR.email, password: DEMO_ANNOTATOR.password } }),
  };
  if (!init?.keys) fs.writeFileSync(saved, JSON.stringify(credentials, null, 2), { mode: 0o600 });
  return credentials;
}

async function addDemoAnnotator(handle: DatabaseHandle, projectId: string): Promise<void> {
  const passwordHash = await hashAccountPassword(DEMO_ANNOTATOR.password);
  const { userId } = await ensurePasswordUser(handle.db, { ...DEMO_ANNOTATOR, passwordHash });
  await handle.db.insert(memberships).values({ userId, projectId, role: "annotator" }).onConflictDoNothing();
}
