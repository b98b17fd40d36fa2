import { describeError } from "@/db/describe-error";

/** One readable line for whatever stopped the start, with the causes it wraps. */
export function describeStartFailure(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && depth < 5; depth++) {
    const text = describeError(current);
    if (!parts.some((part) => part.includes(text))) parts.push(text);
    current = current instanceof Error ? current.cause : undefined;
  }
  return parts.join(": caused by ") || "unknown error";
}

/**
 * Says why and ends the process: a server that cannot open its database must not answer requests
 * as if it could. Lives here, not in instrumentation.ts, whose code the build also checks against
 * the Edge runtime (which has no process.exit).
 */
export function exitAfterStartFailure(error: unknown): never {
  console.error(`Scorelens could not start: ${describeStartFailure(error)}`);
  process.exit(1);
}
