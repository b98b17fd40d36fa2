import { z } from "zod";
import { invalidTrustedProxyEntries } from "@/lib/auth/trusted-proxies";

/** Every environment variable Scorelens reads, parsed once. The README's configuration table mirrors this. */
const envSchema = z.object({
  PORT: z.coerce.number().int().positive().default(3000),
  DATABASE_URL: z.string().url().optional(),
  SCORELENS_DATA_DIR: z.string().min(1).default("./.data"),
  SCORELENS_DEMO: z.enum(["0", "1"]).default("1"),
  SCORELENS_DEMO_SCORES: z.coerce.number().int().min(0).default(50_000),
  SCORELENS_STATEMENT_TIMEOUT_MS: z.coerce.number().int().positive().default(5_000),
  SCORELENS_DB_POOL_SIZE: z.coerce.number().int().positive().default(10),
  SCORELENS_PUBLIC_URL: z.string().url().optional(),
  /** Reverse proxies whose X-Forwarded-For is believed (lib/auth/trusted-proxies.ts); unset: none. */
  SCORELENS_TRUSTED_PROXIES: z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      const invalid = value ? invalidTrustedProxyEntries(value) : [];
      if (invalid.length > 0)
        ctx.addIssue({
          code: "custom",
          message: `not an address, CIDR range, "loopback" or "private": ${invalid.join(", ")}`,
        });
    }),
  /** Key of the list cursors' checksum; unset, one generated once and kept in the database. */
  SCORELENS_CURSOR_SECRET: z.string().min(1).optional(),
  /** Signs session cookies. Either name works; unset, one is generated once (lib/auth/secret.ts). */
  SCORELENS_AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  BETTER_AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  SCORELENS_INIT_ORG_NAME: z.string().min(1).optional(),
  SCORELENS_INIT_PROJECT_ID: z.string().min(1).optional(),
  SCORELENS_INIT_PROJECT_NAME: z.string().min(1).optional(),
  SCORELENS_INIT_PROJECT_PUBLIC_KEY: z.string().startsWith("pk-").optional(),
  SCORELENS_INIT_PROJECT_SECRET_KEY: z.string().startsWith("sk-").optional(),
  SCORELENS_INIT_USER_EMAIL: z.string().email().optional(),
  SCORELENS_INIT_USER_PASSWORD: z.string().min(8).optional(),
  SCORELENS_INIT_USER_NAME: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type AppConfig = z.infer<typeof envSchema>;

export function readConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const blanksRemoved = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ""));
  const parsed = envSchema.safeParse(blanksRemoved);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return parsed.data;
}
