/** The end-to-end server: its own port, a throwaway embedded database, fixed keys. */
// E2E_PORT lets two checkouts run their suites side by side; each port gets its own data folder.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
export const E2E_DATA_DIR = `/tmp/scorelens-e2e-${E2E_PORT}/data`;
export const E2E_PROJECT_ID = "e2e";
export const E2E_KEYS = {
  publicKey: "pk-sl-e2e-public",
  secretKey: "sk-sl-e2e-secret-0123456789abcdef0123456789abcdef",
};
export const E2E_USER = { email: "owner@e2e.scorelens.dev", password: "e2e-password-123", name: "E2E Owner" };
export const E2E_DEMO_SCORES = 3000;
