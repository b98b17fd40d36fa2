/**
 * The production server under test: `next build` (unless --skip-build finds a build) and
 * `next start` on a free loopback port, in its own process group so stopping it stops every
 * child. The server is stopped on every way out: normal end, error, SIGINT, SIGTERM.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "..");
const LOG_DIR = path.join(ROOT, "bench", "results", "tmp");

/** The key pair SCORELENS_INIT_* creates at boot; fixed, since the benchmark database is local. */
export const BENCH_KEYS = {
  publicKey: "pk-sl-bench0000000000000000000001",
  secretKey: "sk-sl-bench-local-only-not-a-secret-0000000001",
};

export function buildIfNeeded(skipBuild: boolean): { built: boolean; seconds: number } {
  const buildId = path.join(ROOT, ".next", "BUILD_ID");
  if (skipBuild && fs.existsSync(buildId)) return { built: false, seconds: 0 };
  process.stderr.write("building: npx next build\n");
  const started = performance.now();
  const result = spawnSync("npx", ["next", "build"], { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"] });
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status ?? result.signal})`);
  return { built: true, seconds: (performance.now() - started) / 1000 };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export type RunningServer = {
  baseUrl: string;
  port: number;
  pid: number;
  logFile: string;
  stop: () => Promise<void>;
};

let current: ChildProcess | null = null;

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/** Stops the server on any exit path; installed once. */
function installExitHandlers(): void {
  process.on("exit", () => {
    if (current) killGroup(current, "SIGKILL");
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      process.stderr.write(`\n${signal}: stopping the server\n`);
      if (current) killGroup(current, "SIGKILL");
      process.exit(130);
    });
  }
}
let handlersInstalled = false;

async function waitForHealth(baseUrl: string, child: ChildProcess, log: () => string, timeoutMs = 60_000) {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the server exited during start (${child.exitCode ?? child.signalCode}):\n${log()}`);
    }
    try {
      const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server did not answer /api/health within ${timeoutMs / 1000} s:\n${log()}`);
}

export async function startServer(options: {
  databaseUrl: string;
  projectId: string;
}): Promise<RunningServer> {
  if (!handlersInstalled) {
    installExitHandlers();
    handlersInstalled = true;
  }
  const port = await freePort();
  fs.mkdirSync(LOG_DIR, { recursive: true });
  const logFile = path.join(LOG_DIR, "server.log");
  const out = fs.openSync(logFile, "w");
  const child = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", out, out],
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      DATABASE_URL: options.databaseUrl,
      LOG_LEVEL: "warn",
      SCORELENS_DEMO: "0",
      SCORELENS_INIT_PROJECT_ID: options.projectId,
      SCORELENS_INIT_PROJECT_PUBLIC_KEY: BENCH_KEYS.publicKey,
      SCORELENS_INIT_PROJECT_SECRET_KEY: BENCH_KEYS.secretKey,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  fs.closeSync(out);
  current = child;
  const baseUrl = `http://127.0.0.1:${port}`;
  const log = () => fs.readFileSync(logFile, "utf8").slice(-4_000);
  const stop = async () => {
    if (current === child) current = null;
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    killGroup(child, "SIGTERM");
    const timer = setTimeout(() => killGroup(child, "SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitForHealth(baseUrl, child, log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, port, pid: child.pid!, logFile, stop };
}
