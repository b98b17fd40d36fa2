import type { ScoreRow } from "@/db/schema";
import type { Principal } from "@/lib/auth/principal";
import { hasPermission } from "@/lib/auth/roles";
import { scoreEditVerdict } from "@/lib/auth/score-edit-rule";
import { forbidden } from "@/lib/errors";

/**
 * Who may write which score (security.md): `scores:annotate` may create scores and change its own
 * annotations; `scores:edit-any` (members, admins, owners, API keys) may change any score.
 * Without edit-any a principal writes only ANNOTATION scores authored by itself.
 */
export const mayEditAnyScore = (principal: Principal): boolean =>
  hasPermission(principal.role, "scores:edit-any");

/** The user a principal acts as; an API key is nobody in particular. */
export const selfUserIdOf = (principal: Principal): string | null =>
  principal.kind === "user" ? principal.userId : null;

export function assertMayAnnotate(principal: Principal): void {
  if (!hasPermission(principal.role, "scores:annotate")) {
    throw forbidden(`Your role (${principal.role}) does not allow writing scores`);
  }
}

/**
 * Edit or delete of an existing score: anyone with edit-any, otherwise only its author. The rule
 * itself lives in score-edit-rule.ts, which the dashboard's edit control uses too.
 */
export function assertMayChangeScore(
  principal: Principal,
  score: Pick<ScoreRow, "id" | "authorUserId">,
  verb: "edit" | "delete",
): void {
  const verdict = scoreEditVerdict({ role: principal.role, userId: selfUserIdOf(principal) }, score);
  if (verdict === "role-may-not-write") assertMayAnnotate(principal); // throws, with the usual message
  if (verdict === "not-the-author") {
    throw forbidden(
      `Your role (${principal.role}) may only ${verb} your own scores; score ${score.id} is not yours`,
    );
  }
}
