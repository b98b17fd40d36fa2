"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { ScoreDetailJson } from "@/lib/scores/score-detail";
import type { ScoreEditPatch } from "@/lib/scores/score-edit-cache";
import {
  fetchLatestVersion,
  showLatestVersion,
  useScoreEdit,
  type LatestVersion,
} from "@/lib/scores/use-score-edit";
import { ApiError } from "@/lib/scores/use-score-list";
import type { EditDraft } from "./score-editor-form";
import { draftOf, valueInputOf, type EditBase, type ValueInput } from "./score-editor-value";

/**
 * One editing session, from "Edit" to a saved (or abandoned) edit. The draft outlives every
 * failure: a refused save reopens the form with it, a conflict keeps it in the dialog until the
 * person chooses, and only Cancel or "Keep theirs" discards it.
 */
export type EditorPhase =
  | { kind: "idle" }
  | { kind: "editing"; failure: string | null }
  | { kind: "saving" }
  | { kind: "checking" }
  | { kind: "conflict"; theirs: LatestVersion; patch: ScoreEditPatch };

type Session = {
  input: ValueInput;
  base: EditBase;
  /** The version the PATCH must still match: where editing started, or the one chosen to overwrite. */
  version: string;
  draft: EditDraft;
};

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function useEditorSession(projectId: string, score: ScoreDetailJson) {
  const client = useQueryClient();
  const edit = useScoreEdit(projectId, score.id);
  const [phase, setPhase] = useState<EditorPhase>({ kind: "idle" });
  const [session, setSession] = useState<Session | null>(null);

  const start = () => {
    const input = valueInputOf(score.dataType, score.config, score.value);
    setSession({
      input,
      base: { value: score.value, comment: score.comment },
      version: score.updatedAt,
      draft: { value: draftOf(input, score.value), comment: score.comment ?? "" },
    });
    setPhase({ kind: "editing", failure: null });
  };

  const finish = () => {
    setSession(null);
    setPhase({ kind: "idle" });
  };

  const showConflict = async (patch: ScoreEditPatch) => {
    setPhase({ kind: "checking" });
    try {
      setPhase({ kind: "conflict", theirs: await fetchLatestVersion(projectId, score.id), patch });
    } catch (error) {
      const failure = `This score changed while you were editing, and its latest version could not be loaded: ${messageOf(error)}`;
      setPhase({ kind: "editing", failure });
    }
  };

  const save = (patch: ScoreEditPatch, version: string) => {
    setPhase({ kind: "saving" });
    edit.mutate(
      { patch, ifMatch: version, categories: score.config?.categories ?? undefined },
      {
        onSuccess: finish,
        onError: (error) => {
          if (error instanceof ApiError && error.status === 412) void showConflict(patch);
          else setPhase({ kind: "editing", failure: `Your edit was not saved: ${messageOf(error)}` });
        },
      },
    );
  };

  const overwrite = () => {
    if (phase.kind !== "conflict") return;
    const version = phase.theirs.score.updatedAt;
    setSession((current) => current && { ...current, version });
    save(phase.patch, version);
  };

  const keepTheirs = () => {
    if (phase.kind !== "conflict") return;
    showLatestVersion(client, projectId, phase.theirs.score);
    finish();
  };

  // Esc on the dialog: no choice made, so the draft goes back into the form, saved nowhere.
  const dismissConflict = () => {
    if (phase.kind !== "conflict") return;
    setPhase({
      kind: "editing",
      failure: "Not saved: this score changed while you were editing. Save again to compare the versions.",
    });
  };

  return {
    phase,
    session,
    start,
    cancel: finish,
    save: (patch: ScoreEditPatch) => session && save(patch, session.version),
    setDraft: (draft: EditDraft) => setSession((current) => current && { ...current, draft }),
    overwrite,
    keepTheirs,
    dismissConflict,
  };
}
