import type { Database } from "@/db/client";
import type { Principal } from "@/lib/auth/principal";
import { hasPermission } from "@/lib/auth/roles";
import { toAppError } from "@/lib/api/errors";
import { AppError, forbidden } from "@/lib/errors";
import { findLabel, findLabelsByNames } from "@/lib/labels/labels";
import { createLabel } from "@/lib/labels/write-labels";
import { selfUserIdOf } from "@/lib/scores/score-access";
import { fieldErrorsOf, RespanValidationError, validationError } from "./errors";
import { loadEvaluators, loadMembers } from "./lookups";
import type { RespanScoreBody } from "./score-body";
import { slugOf, type Evaluator } from "./score-type";
import { inferEvaluatorSettings } from "./value-fields";

/**
 * Who and what a Respan write is about. An evaluator is named by id or by slug; a slug is
 * matched against config slugs, then names, and an unknown slug creates a config typed by the
 * value sent (which needs the right to manage labels). A scorer that is a project member's email
 * names that member; any other text ("gpt-judge", a team name) is kept as the score's free-text
 * author label, as Respan's `scorer` is any "who or what produced the score".
 */
export type EvaluatorField = "evaluator_id" | "evaluator_slug";

export function evaluatorFieldOf(
  body: Pick<RespanScoreBody, "evaluator_id" | "evaluator_slug">,
): EvaluatorField {
  if (body.evaluator_id) return "evaluator_id";
  if (body.evaluator_slug) return "evaluator_slug";
  throw validationError("evaluator_id", "Either evaluator_id or evaluator_slug must be provided.");
}

const matchesSlug = (evaluator: Evaluator, slug: string) =>
  evaluator.slug === slug || evaluator.name === slug;

async function findBySlug(db: Database, projectId: string, slug: string): Promise<Evaluator | undefined> {
  const all = await loadEvaluators(db, projectId);
  return all.find((evaluator) => evaluator.slug === slug) ?? all.find((evaluator) => evaluator.name === slug);
}

/** Another request created the evaluator first (our name check passed, the unique index did not). */
const isDuplicate = (error: unknown) => toAppError(error).appError.code === "conflict";

async function createForSlug(db: Database, principal: Principal, body: RespanScoreBody, slug: string) {
  const settings = inferEvaluatorSettings(body, slug);
  if (!hasPermission(principal.role, "labels:manage")) {
    throw forbidden(
      `Your role (${principal.role}) may not create evaluators, and evaluator '${slug}' does not exist`,
    );
  }
  try {
    // A savepoint: a concurrent request creating the same evaluator must not abort our transaction.
    return await db.transaction((savepoint) => createLabel(savepoint, principal.projectId, settings));
  } catch (error) {
    if (isDuplicate(error)) {
      // Created by a concurrent request between our lookup and our insert: use that one.
      const [existing] = await findLabelsByNames(db, principal.projectId, [slug]);
      if (existing) return existing;
    }
    if (error instanceof AppError && error.code === "bad_request") {
      const issues = (error.issues ?? []).map((issue) => ({
        path: "evaluator_slug",
        message: issue.message,
      }));
      throw new RespanValidationError(fieldErrorsOf(issues));
    }
    throw error;
  }
}

export async function resolveEvaluator(
  db: Database,
  principal: Principal,
  body: RespanScoreBody,
): Promise<Evaluator> {
  const { evaluator_id: id, evaluator_slug: slug } = body;
  if (id) {
    const evaluator = await findLabel(db, principal.projectId, id);
    if (!evaluator) throw validationError("evaluator_id", `Evaluator '${id}' not found.`);
    if (slug && !matchesSlug(evaluator, slug)) {
      throw validationError(
        "evaluator_slug",
        `Does not match evaluator '${id}' (slug '${slugOf(evaluator)}').`,
      );
    }
    return evaluator;
  }
  evaluatorFieldOf(body);
  return (await findBySlug(db, principal.projectId, slug!)) ?? createForSlug(db, principal, body, slug!);
}

/** Who a write names as its author: a member (by user id), or a free-text label with no user. */
export type ScoreAuthor = { authorUserId: string | null; authorLabel: string | null };

/**
 * The author a write records: the member whose email the scorer is, else the scorer as a label;
 * without a scorer, the caller (an API key is nobody).
 */
export async function resolveScorer(
  db: Database,
  principal: Principal,
  scorer: string | null | undefined,
): Promise<ScoreAuthor> {
  if (!scorer) return { authorUserId: selfUserIdOf(principal), authorLabel: null };
  const wanted = scorer.toLowerCase();
  const member = (await loadMembers(db, principal.projectId)).find((m) => m.email.toLowerCase() === wanted);
  return member
    ? { authorUserId: member.id, authorLabel: null }
    : { authorUserId: null, authorLabel: scorer };
}
