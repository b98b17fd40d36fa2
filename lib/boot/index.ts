import { resolveAuthSecret } from "@/lib/auth/secret";
import { readConfig } from "@/lib/config";
import { getDatabase } from "@/lib/database";
import { ensureInstanceSecret } from "@/lib/instance-secrets";
import { log } from "@/lib/log";
import { CURSOR_SECRET_NAME, setStoredCursorSecret } from "@/lib/scores/cursor-secret";
import { startDemo, type DemoCredentials } from "./demo";
import { applyInit, initRequestFrom } from "./headless-init";

/**
 * Runs once per server process before the first request: opens (and migrates) the database,
 * makes sure the session secret exists, applies the SCORELENS_INIT_* request, fills an empty embedded database with demo data,
 * and prints where to log in.
 */
export async function bootScorelens(): Promise<void> {
  const config = readConfig();
  const handle = await getDatabase();
  // Now rather than at the first dashboard page: a secret that cannot be kept stops the start.
  await resolveAuthSecret(config, handle.db);
  if (!config.SCORELENS_CURSOR_SECRET)
    setStoredCursorSecret(await ensureInstanceSecret(handle.db, CURSOR_SECRET_NAME));
  const init = initRequestFrom(config);
  if (init) await applyInit(handle.db, init);
  const demo = await startDemo(handle, config, init);
  printBanner(config.SCORELENS_PUBLIC_URL ?? `http://localhost:${config.PORT}`, handle.kind, demo);
  log.info({ database: handle.kind }, "scorelens ready");
}

function printBanner(url: string, database: string, demo: DemoCredentials | null) {
  const lines = [
    "",
    `  Scorelens is running at ${url}  (database: ${database})`,
    ...(demo
      ? [
          `  Dashboard login   ${demo.email} / ${demo.password}`,
          ...(demo.annotator
            ? [`  Annotator login   ${demo.annotator.email} / ${demo.annotator.password}`]
            : []),
          `  Project           ${demo.projectId}`,
          `  API public key    ${demo.keys.publicKey}`,
          `  API secret key    ${demo.keys.secretKey}`,
          `  Try it            curl -u ${demo.keys.publicKey}:${demo.keys.secretKey} '${url}/api/v1/scores?limit=5'`,
        ]
      : []),
    "",
  ];
  console.log(lines.join("\n"));
}
