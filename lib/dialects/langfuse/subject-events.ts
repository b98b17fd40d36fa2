import { z } from "zod";
import { describeJsonProblem, describeTextProblem } from "@/lib/scores/json-value";
import type { SubjectContext } from "@/lib/subjects/upsert-subjects";
import type { LangfuseIssue } from "./errors";
import { metadataObjectOf } from "./score-conversion";

/**
 * Trace and observation ingestion events → subject context (name, input, output, metadata,
 * time). Scorelens stores no traces; it keeps what a reviewer needs to see beside a score.
 * Other trace attributes (user, tags, usage, model, …) are accepted and not stored.
 */
export const traceEventTypes = new Set(["trace-create", "trace-update"]);
export const observationEventTypes = new Set([
  "span-create",
  "span-update",
  "generation-create",
  "generation-update",
  "event-create",
  "event-update",
  "observation-create",
  "observation-update",
]);

const optionalText = z.string().nullish();
const optionalDate = z.iso.datetime({ offset: true, local: true }).nullish();

const traceBody = z.object({
  id: optionalText,
  name: optionalText,
  timestamp: optionalDate,
  input: z.unknown().optional(),
  output: z.unknown().optional(),
  metadata: z.unknown().optional(),
});

const observationBody = traceBody.omit({ timestamp: true }).extend({
  traceId: optionalText,
  startTime: optionalDate,
});

export type SubjectEventResult = { context: SubjectContext | null } | { issues: LangfuseIssue[] };

function describeContextProblem(body: Record<string, unknown>): LangfuseIssue[] {
  const issues: LangfuseIssue[] = [];
  for (const key of ["id", "traceId", "name"]) {
    const value = body[key];
    if (typeof value !== "string") continue;
    const problem =
      value.length > 255 && key !== "name" ? "is longer than 255 characters" : describeTextProblem(value);
    if (problem) issues.push({ code: "custom", path: ["body", key], message: `${key} ${problem}` });
  }
  for (const key of ["input", "output", "metadata"]) {
    const problem = body[key] === undefined ? null : describeJsonProblem(body[key]);
    if (problem) issues.push({ code: "custom", path: ["body", key], message: `${key} ${problem}` });
  }
  return issues;
}

const dateOf = (text: string | null | undefined) => (text ? new Date(text) : undefined);

/** `eventTime` is the event envelope's timestamp, used when the body carries none. */
export function subjectContextOf(type: string, rawBody: unknown, eventTime: Date): SubjectEventResult {
  const isTrace = traceEventTypes.has(type);
  const parsed = (isTrace ? traceBody : observationBody).safeParse(rawBody);
  if (!parsed.success) {
    return {
      issues: parsed.error.issues.map(
        (issue) => ({ ...issue, path: ["body", ...issue.path] }) as LangfuseIssue,
      ),
    };
  }
  const issues = describeContextProblem(rawBody as Record<string, unknown>);
  if (issues.length > 0) return { issues };
  const body = parsed.data as z.output<typeof observationBody> & { timestamp?: string | null };
  // Without an id there is nothing a score could refer to; the event is accepted and not stored.
  if (!body.id) return { context: null };
  return {
    context: {
      kind: isTrace ? "trace" : "observation",
      id: body.id,
      traceId: isTrace ? body.id : body.traceId,
      name: body.name,
      input: body.input,
      output: body.output,
      metadata: metadataObjectOf(body.metadata),
      timestamp: dateOf(isTrace ? body.timestamp : body.startTime) ?? eventTime,
    },
  };
}
