import pino from "pino";

type LogSink = { write: (line: string) => void };

/** Where log lines go: stdout, or what a test puts there to read them back. */
let sink: LogSink = pino.destination({ dest: 1, sync: true });

/** Structured JSON logs. Credentials never reach a log line, whatever a caller passes. */
export const log = pino(
  {
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
    base: { service: "scorelens" },
    redact: {
      paths: [
        "authorization",
        "*.authorization",
        "headers.authorization",
        'headers["x-secret-key"]',
        "headers.cookie",
        "cookie",
        "*.cookie",
        "secret",
        "*.secret",
        "secretKey",
        "*.secretKey",
        "password",
        "*.password",
        "token",
        "*.token",
      ],
      censor: "[redacted]",
    },
  },
  { write: (line: string) => sink.write(line) },
);

/** Sends log lines to `next` until the returned function puts the previous sink back. */
export function redirectLogs(next: LogSink): () => void {
  const previous = sink;
  sink = next;
  return () => {
    sink = previous;
  };
}
