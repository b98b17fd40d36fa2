import pino from "pino";

/** Structured JSON logs. Credentials never reach a log line, whatever a caller passes. */
export const log = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: { service: "scorelens" },
  redact: {
    paths: [
      "authorization",
      "*.authorization",
      "headers.authorization",
      'headers["x-secret-key"]',
      "secret",
      "*.secret",
      "password",
      "*.password",
    ],
    censor: "[redacted]",
  },
});
