import type { ScoreSource } from "@/db/schema";
import type { Principal } from "@/lib/auth/principal";
import { mayEditAnyScore, selfUserIdOf } from "./score-access";
import type { ScoreInput } from "./score-input";

/** A problem with one field of one score input; the caller adds where the input sits (`scores.3`). */
export type FieldIssue = { field: string; message: string };

/**
 * An input with the defaults that depend on who is writing: `source` is ANNOTATION for a
 * principal without edit-any (annotators) and API otherwise; the author is the signed-in user
 * unless the input names one (an API key is nobody, so its scores have no author by default).
 * An input with a free-text author label and no user is nobody's: the label is its author.
 */
export type ScoreDraft = ScoreInput & { source: ScoreSource; authorUserId: string | null };

export function resolveDraft(input: ScoreInput, principal: Principal): ScoreDraft {
  const annotatorOnly = !mayEditAnyScore(principal);
  return {
    ...input,
    source: input.source ?? (annotatorOnly ? "ANNOTATION" : "API"),
    authorUserId: input.authorUserId ?? (input.authorLabel ? null : selfUserIdOf(principal)),
  };
}

/** Without edit-any: only ANNOTATION scores authored by oneself (security.md, "Roles"). */
export function findForbiddenFields(draft: ScoreDraft, principal: Principal): FieldIssue[] {
  if (mayEditAnyScore(principal)) return [];
  const self = selfUserIdOf(principal);
  const issues: FieldIssue[] = [];
  if (draft.source !== "ANNOTATION") {
    issues.push({
      field: "source",
      message: `Your role (${principal.role}) may only create ANNOTATION scores`,
    });
  }
  if (self === null || draft.authorUserId !== self) {
    issues.push({
      field: "authorUserId",
      message: `Your role (${principal.role}) may only author scores as yourself`,
    });
  }
  return issues;
}
