import { defineConfig } from "@playwright/test";
import {
  E2E_BASE_URL,
  E2E_DATA_DIR,
  E2E_DEMO_SCORES,
  E2E_KEYS,
  E2E_PORT,
  E2E_PROJECT_ID,
  E2E_USER,
} from "./e2e/env";

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 30_000,
  use: {
    baseURL: E2E_BASE_URL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: {
    // A fresh embedded database per run, filled with demo data under fixed keys.
    command: `rm -rf ${E2E_DATA_DIR}* && npx next start -p ${E2E_PORT}`,
    url: `${E2E_BASE_URL}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      NEXT_TELEMETRY_DISABLED: "1",
      SCORELENS_DATA_DIR: E2E_DATA_DIR,
      SCORELENS_DEMO: "1",
      SCORELENS_DEMO_SCORES: String(E2E_DEMO_SCORES),
      SCORELENS_INIT_ORG_NAME: "E2E",
      SCORELENS_INIT_PROJECT_ID: E2E_PROJECT_ID,
      SCORELENS_INIT_PROJECT_NAME: "E2E project",
      SCORELENS_INIT_PROJECT_PUBLIC_KEY: E2E_KEYS.publicKey,
      SCORELENS_INIT_PROJECT_SECRET_KEY: E2E_KEYS.secretKey,
      SCORELENS_INIT_USER_EMAIL: E2E_USER.email,
      SCORELENS_INIT_USER_PASSWORD: E2E_USER.password,
      SCORELENS_INIT_USER_NAME: E2E_USER.name,
      DATABASE_URL: "",
      LOG_LEVEL: "warn",
    },
  },
});
