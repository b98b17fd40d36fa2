import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    environment: "node",
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", ".next/**", "e2e/**"],
    globalSetup: ["./db/testing/global-setup.ts"],
    setupFiles: ["./db/testing/setup-env.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Two cores: a PGlite per worker plus the server is the most this machine takes comfortably.
    maxWorkers: 2,
    // CI output shows every test with its engine ([pglite] / [postgres]).
    reporters: process.env.CI ? ["verbose"] : ["default"],
  },
});
