import type { ScoreSource } from "../schema";
import { hexId, uuidV7 } from "./ids";
import type { LabelPlan, QueueItemInsert, RowSink, ScoreInsert } from "./plan-types";
import type { Prng } from "./prng";
import type { Subject } from "./subjects";
import { AUTHOR_LABELS, ERROR_MESSAGES, NEGATIVE_COMMENTS, POSITIVE_COMMENTS } from "./text-pools";

const DAY = 86_400_000;

/** Annotators explain themselves more often than judges, SDK feedback rarely: about 20% overall. */
const COMMENT_RATE: Record<ScoreSource, number> = { ANNOTATION: 0.32, EVAL: 0.22, API: 0.08 };

export function commentFor(source: ScoreSource, goodness: number, rng: Prng): string | null {
  if (!rng.chance(COMMENT_RATE[source])) return null;
  return rng.pick(goodness >= 0.5 ? POSITIVE_COMMENTS : NEGATIVE_COMMENTS);
}

/** Scores not made by a known user sometimes name their scorer in free text (Respan `scorer`). */
export function authorLabelFor(source: ScoreSource, rng: Prng): string | null {
  return source !== "ANNOTATION" && rng.chance(0.12) ? rng.pick(AUTHOR_LABELS) : null;
}

const HUMAN_KIND: Record<string, string> = {
  NUMERIC: "human_numerical",
  BOOLEAN: "human_boolean",
  CATEGORICAL: "human_categorical",
  TEXT: "human_text",
  CORRECTION: "human_text",
  JSON: "human_json",
};

/**
 * Evaluator-run fields (Respan): kind, pass/fail, cost, status, prompt and automation links.
 * Failed runs keep their value so every row still satisfies its data type's invariants.
 */
export function applyEvaluatorFields(row: ScoreInsert, label: LabelPlan, goodness: number, rng: Prng): void {
  if (row.source === "ANNOTATION") {
    if (rng.chance(0.3)) row.kind = HUMAN_KIND[row.dataType];
    return;
  }
  if (row.source !== "EVAL") return;
  const llm = label.evaluator !== "code";
  row.kind = llm ? "llm" : "code";
  row.cost = llm ? Math.round((0.0002 + rng.float() * 0.004) * 1e6) / 1e6 : 0;
  if (rng.chance(0.015)) {
    row.status = "error";
    row.errorMessage = rng.pick(ERROR_MESSAGES);
  } else {
    row.status = "success";
    row.isPassed = row.dataType === "TEXT" || row.dataType === "JSON" ? null : goodness >= 0.5;
  }
  if (llm) {
    row.promptId = `judge-${label.slug}`;
    row.promptVersion = 1 + ((label.name.length + rng.int(3)) % 6);
    if (rng.chance(0.6)) row.executionTraceId = hexId(rng, 16);
  }
  if (rng.chance(0.7)) row.automationId = `auto-${label.slug}`;
}

/**
 * The queue item an annotation came from. A subject joins one queue item on first need and
 * later annotations of it from that queue share the item.
 */
export function queueItemFor(
  subject: Subject,
  label: LabelPlan,
  ts: number,
  author: string | null,
  context: { rng: Prng; sink: RowSink<QueueItemInsert>; startMs: number; baseMs: number },
): { queueId: string; id: string } | null {
  if (subject.queueItem) return label.queueIds.includes(subject.queueItem.queueId) ? subject.queueItem : null;
  if (label.queueIds.length === 0) return null;
  return enqueue(subject, context.rng.pick(label.queueIds), ts, author, true, context);
}

/** Puts a subject in a queue; `scored` items were worked on at `ts`, the others still wait. */
export function enqueue(
  subject: Subject,
  queueId: string,
  ts: number,
  author: string | null,
  scored: boolean,
  context: { rng: Prng; sink: RowSink<QueueItemInsert>; startMs: number; baseMs: number },
): { queueId: string; id: string } | null {
  const { rng, startMs, baseMs } = context;
  const objectId =
    subject.kind === "observation" ? subject.observationId : (subject.sessionId ?? subject.traceId);
  if (subject.kind === "experiment" || !objectId) return null;
  const createdMs = Math.max(startMs, ts - rng.range(10, 2 * 24 * 60) * 60_000);
  const completed = scored && (ts < baseMs - 3 * DAY || rng.chance(0.6));
  const item = { queueId, id: uuidV7(createdMs, rng) };
  context.sink.add({
    id: item.id,
    queueId,
    objectType: subject.kind,
    objectId,
    status: completed ? "completed" : "pending",
    assignedUserId: author && rng.chance(0.7) ? author : null,
    createdAt: new Date(createdMs),
    updatedAt: new Date(completed ? ts : createdMs),
    completedAt: completed ? new Date(ts) : null,
    leaseUserId: null,
    leaseExpiresAt: null,
  });
  subject.queueItem = item;
  return item;
}
