import type { z } from "zod";
import { badRequest, issuePath, type AppError, type ErrorIssue } from "@/lib/errors";
import {
  MAX_SCORES_PER_BATCH,
  scoreInputSchema,
  scorePatchSchema,
  scoresBatchSchema,
  type ScoreInput,
  type ScorePatch,
} from "./score-input";

/**
 * Body parsers for the route wrapper. They differ from a plain `safeParse` in two ways: an
 * unknown key is reported at its own path (`scores.2.colour`, not the object's), and a body with
 * a `scores` key is parsed as a batch only, so a batch error does not also list every field a
 * single score would have needed.
 */
export type CreateScoresBody = { batch: boolean; scores: ScoreInput[] };

export function issuesFromZodError(error: z.ZodError, prefix: readonly PropertyKey[] = []): ErrorIssue[] {
  return error.issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        path: issuePath([...path, key]),
        message: `Unknown field "${key}"`,
      }));
    }
    return [{ path: issuePath(path) || "(root)", message: issue.message }];
  });
}

const SUMMARY_ISSUES = 5;

/** "Invalid body: scores.0.value: …; scores.3.traceId: … (and 12 more)"; `issues` lists them all. */
export function invalidBody(issues: ErrorIssue[]): AppError {
  const shown = issues.slice(0, SUMMARY_ISSUES).map((issue) => `${issue.path}: ${issue.message}`);
  const more = issues.length > SUMMARY_ISSUES ? ` (and ${issues.length - SUMMARY_ISSUES} more)` : "";
  return badRequest(`Invalid body: ${shown.join("; ")}${more}`, issues);
}

function parseOrThrow<T>(schema: z.ZodType<T>, raw: unknown): T {
  const result = schema.safeParse(raw);
  if (!result.success) throw invalidBody(issuesFromZodError(result.error));
  return result.data;
}

const isBatchBody = (raw: unknown): raw is { scores: unknown } =>
  raw !== null && typeof raw === "object" && !Array.isArray(raw) && "scores" in raw;

export function parseCreateScoresBody(raw: unknown): CreateScoresBody {
  if (!isBatchBody(raw)) return { batch: false, scores: [parseOrThrow(scoreInputSchema, raw)] };
  // Counted before the items are parsed: a 100,000-item body fails at once, not after validating each.
  if (Array.isArray(raw.scores) && raw.scores.length > MAX_SCORES_PER_BATCH) {
    throw invalidBody([
      {
        path: "scores",
        message: `A batch holds at most ${MAX_SCORES_PER_BATCH} scores, got ${raw.scores.length}`,
      },
    ]);
  }
  return { batch: true, scores: parseOrThrow(scoresBatchSchema, raw).scores };
}

export const parseScorePatchBody = (raw: unknown): ScorePatch => parseOrThrow(scorePatchSchema, raw);
