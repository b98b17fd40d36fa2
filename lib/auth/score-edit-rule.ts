import type { MemberRole } from "@/db/schema/enums";
import { hasPermission } from "./roles";

/**
 * Who may change an existing score (security.md, "Roles"): `scores:edit-any` (member, admin,
 * owner, API keys) any score; `scores:annotate` alone (annotator) only the scores they authored;
 * a viewer none. Pure and free of server imports, so the route handlers (score-access.ts) and the
 * dashboard's edit control decide with this one function and cannot drift apart.
 */
export type ScoreEditor = { role: MemberRole; userId: string | null };

export type ScoreEditVerdict = "allowed" | "role-may-not-write" | "not-the-author";

export function scoreEditVerdict(
  editor: ScoreEditor,
  score: { authorUserId: string | null },
): ScoreEditVerdict {
  if (!hasPermission(editor.role, "scores:annotate")) return "role-may-not-write";
  if (hasPermission(editor.role, "scores:edit-any")) return "allowed";
  return editor.userId !== null && score.authorUserId === editor.userId ? "allowed" : "not-the-author";
}

export const mayEditScore = (editor: ScoreEditor, score: { authorUserId: string | null }): boolean =>
  scoreEditVerdict(editor, score) === "allowed";
