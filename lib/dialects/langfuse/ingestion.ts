import { z } from "zod";
import { assertStorable, describeUnstorable } from "@/lib/api/body";
import type { Database } from "@/db/client";
import { PUBLIC_KEY_EVENT_TYPES } from "@/lib/auth/key-scope";
import type { Principal } from "@/lib/auth/principal";
import { upsertSubjects, type SubjectContext } from "@/lib/subjects/upsert-subjects";
import { inputErrorFromZod, INVALID_REQUEST_DATA } from "./errors";
import { issueStrings } from "./ingestion-errors";
import { ingestedScoreBodySchema } from "./score-body";
import { observationEventTypes, subjectContextOf, traceEventTypes } from "./subject-events";
import { createEachScore, prepareScores, type ScoreRequest } from "./write-scores";

/**
 * POST /api/public/ingestion: each event succeeds or fails on its own and the answer is 207
 * `{successes: [{id, status}], errors: [{id, status, message, error}]}`, as upstream. Scores
 * (`score-create`) are written — validated now, so an error here is final; trace and observation
 * events store subject context; every other type gets a per-event error. Several events for the
 * same score id are merged in order (the first timestamp stays, later fields win).
 */
export const MAX_EVENTS_PER_BATCH = 1000;

const batchSchema = z.object({
  batch: z.array(z.unknown()).max(MAX_EVENTS_PER_BATCH),
  metadata: z.unknown().optional(),
});

const eventSchema = z.object({
  id: z.string(),
  type: z.string(),
  timestamp: z.iso.datetime({ offset: true, local: true }),
  body: z.record(z.string(), z.unknown()),
});

export type IngestionBatch = z.output<typeof batchSchema>;
/** As upstream's aggregateBatchResult: `error` is always a string. */
export type EventError = { id: string; status: number; message: string; error: string };

export function parseIngestionBody(raw: unknown): IngestionBatch {
  // Events are checked one by one (ingestBatch); the envelope itself must be storable whole.
  if (raw !== null && typeof raw === "object" && !Array.isArray(raw)) {
    const { batch: _events, ...envelope } = raw as Record<string, unknown>;
    assertStorable(envelope, "(body)");
  }
  const result = batchSchema.safeParse(raw);
  if (!result.success) throw inputErrorFromZod(result.error);
  return result.data;
}

const eventIdOf = (raw: unknown): string =>
  raw !== null && typeof raw === "object" && typeof (raw as { id?: unknown }).id === "string"
    ? (raw as { id: string }).id
    : "unknown";

const invalid = (id: string, issues: readonly unknown[]): EventError => ({
  id,
  status: 400,
  message: INVALID_REQUEST_DATA,
  error: issueStrings(issues).join("; "),
});

/** Upstream's wording per status (packages/shared/src/server/ingestion/processEventBatch.ts). */
const outcomeMessages: Record<number, string> = {
  400: INVALID_REQUEST_DATA,
  401: "Authentication error",
  403: "Authentication error",
  404: "Resource not found",
};

type Pending = { eventId: string; request: ScoreRequest };

export async function ingestBatch(db: Database, principal: Principal, batch: IngestionBatch) {
  const successes: { id: string; status: number }[] = [];
  const errors: EventError[] = [];
  const scores: Pending[] = [];
  const contexts: { eventId: string; context: SubjectContext | null }[] = [];
  // A bare public key may send score-create events only (key-scope.ts); the rest are refused one by one.
  const publicKeyOnly = principal.kind === "apiKey" && principal.keyScope === "create-scores";

  for (const raw of batch.batch) {
    // What PostgreSQL cannot store (NUL, a `__proto__` key) fails this event alone.
    const unstorable = describeUnstorable(raw);
    if (unstorable) {
      const error = `${unstorable.path}: ${unstorable.problem}`;
      errors.push({ id: eventIdOf(raw), status: 400, message: INVALID_REQUEST_DATA, error });
      continue;
    }
    const event = eventSchema.safeParse(raw);
    if (!event.success) {
      errors.push(invalid(eventIdOf(raw), event.error.issues));
      continue;
    }
    const { id, type, timestamp, body } = event.data;
    if (publicKeyOnly && !PUBLIC_KEY_EVENT_TYPES.has(type)) {
      errors.push({ id, status: 401, message: "Authentication error", error: "Access Scope Denied" });
      continue;
    }
    if (type === "score-create") {
      const score = ingestedScoreBodySchema.safeParse(body);
      if (score.success)
        scores.push({ eventId: id, request: { body: score.data, timestamp: new Date(timestamp) } });
      else
        errors.push(
          invalid(
            id,
            score.error.issues.map((issue) => ({ ...issue, path: ["body", ...issue.path] })),
          ),
        );
    } else if (traceEventTypes.has(type) || observationEventTypes.has(type)) {
      const result = subjectContextOf(type, body, new Date(timestamp));
      if ("issues" in result) errors.push(invalid(id, result.issues));
      else contexts.push({ eventId: id, context: result.context });
    } else {
      errors.push({
        id,
        status: 400,
        message: "Event type not accepted",
        error: `Event type "${type}" is not accepted: Scorelens stores scores and the context of traces and observations`,
      });
    }
  }

  await upsertSubjects(
    db,
    principal.projectId,
    contexts.flatMap(({ context }) => (context ? [context] : [])),
  );
  successes.push(...contexts.map(({ eventId }) => ({ id: eventId, status: 201 })));
  await writeScoreEvents(db, principal, scores, successes, errors);
  return { successes, errors };
}

/** Folds events per score id (first timestamp, last body), writes, and reports every event. */
async function writeScoreEvents(
  db: Database,
  principal: Principal,
  scores: Pending[],
  successes: { id: string; status: number }[],
  errors: EventError[],
) {
  const groups = new Map<string, Pending[]>();
  scores.forEach((pending, index) => {
    const key = pending.request.body.id ?? `\u0000${index}`;
    groups.set(key, [...(groups.get(key) ?? []), pending]);
  });
  const merged = [...groups.values()].map((events) => ({
    events,
    request: { body: events.at(-1)!.request.body, timestamp: events[0].request.timestamp },
  }));
  const prepared = await prepareScores(
    db,
    principal.projectId,
    merged.map((group) => group.request),
  );
  const outcomes = await createEachScore(db, principal, prepared);
  outcomes.forEach((outcome, index) => {
    for (const { eventId } of merged[index].events) {
      if ("row" in outcome) successes.push({ id: eventId, status: 201 });
      else {
        const message = outcomeMessages[outcome.status] ?? "Refused";
        const error = issueStrings(outcome.issues).join("; ") || message;
        errors.push({ id: eventId, status: outcome.status, message, error });
      }
    }
  });
}
