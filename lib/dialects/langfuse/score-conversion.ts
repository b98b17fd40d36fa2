import type { ScoreDataType, ScoreRow } from "@/db/schema";
import { scoreInputSchema, type ScoreInput } from "@/lib/scores/score-input";
import type { LangfuseIssue } from "./errors";
import type { LangfuseScoreBody } from "./score-body";

/**
 * A Langfuse score body → the engine's ScoreInput, with Langfuse's write rules the engine does
 * not know: environment normalisation, CORRECTION always named `output`, data type inference
 * (number → NUMERIC, string → CATEGORICAL, or the config's), metadata of any JSON type, and the
 * fields an upsert keeps as first written (timestamp, traceId, environment). The result goes
 * through the engine's own input schema, so text and JSON limits are the same on every surface.
 */
export const MAX_ENVIRONMENT = 40;

/** Lower-cased, leading `langfuse-`/`langfuse_` removed, 40 characters; anything else is `default`. */
export function normalizeEnvironment(raw: string | null | undefined): string {
  if (!raw) return "default";
  const text = raw
    .toLowerCase()
    .replace(/^(langfuse[-_])+/, "")
    .slice(0, MAX_ENVIRONMENT);
  return /^[a-z0-9_-]+$/.test(text) ? text : "default";
}

/** An object as it is; any other JSON value under the key `metadata`; null or absent is none. */
export function metadataObjectOf(metadata: unknown): Record<string, unknown> | undefined {
  if (metadata === null || metadata === undefined) return undefined;
  if (typeof metadata === "object" && !Array.isArray(metadata)) return metadata as Record<string, unknown>;
  return { metadata };
}

export type ConversionContext = {
  /** When the request or event was made: the timestamp of a new score. */
  timestamp: Date;
  /** The stored score with the same id, for an upsert. */
  existing?: Pick<ScoreRow, "timestamp" | "traceId" | "environment">;
  /** Whether a config with the score's name exists (the engine then applies it). */
  hasConfigNamed: boolean;
};

function resolveDataType(body: LangfuseScoreBody, context: ConversionContext): ScoreDataType | undefined {
  if (body.dataType) return body.dataType;
  if (body.configId || context.hasConfigNamed) return undefined;
  return typeof body.value === "number" ? "NUMERIC" : "CATEGORICAL";
}

/** The engine's input names `experimentId`; Langfuse clients sent `datasetRunId`. */
const vendorPath = (path: PropertyKey[]) =>
  path.map((part) => (part === "experimentId" ? "datasetRunId" : part));

export function toScoreInput(
  body: LangfuseScoreBody,
  context: ConversionContext,
): { input: ScoreInput } | { issues: LangfuseIssue[] } {
  const { existing } = context;
  const dataType = resolveDataType(body, context);
  const raw: Record<string, unknown> = {
    id: body.id,
    name: dataType === "CORRECTION" ? "output" : body.name,
    value: body.value,
    dataType,
    configId: body.configId,
    // Absent: the engine's default for the writer (API for keys, ANNOTATION for annotators).
    source: body.source,
    traceId: existing ? (existing.traceId ?? body.traceId) : body.traceId,
    observationId: body.observationId,
    sessionId: body.sessionId,
    experimentId: body.datasetRunId,
    environment: existing?.environment ?? normalizeEnvironment(body.environment),
    queueId: body.queueId,
    comment: body.comment,
    metadata: metadataObjectOf(body.metadata),
    timestamp: (existing?.timestamp ?? context.timestamp).toISOString(),
    executionTraceId: body.executionTraceId,
  };
  const present = Object.fromEntries(
    Object.entries(raw).filter(([, value]) => value !== undefined && value !== null),
  );
  const result = scoreInputSchema.safeParse(present);
  if (result.success) return { input: result.data };
  return {
    issues: result.error.issues.map((issue) => ({ ...issue, path: vendorPath(issue.path) }) as LangfuseIssue),
  };
}
