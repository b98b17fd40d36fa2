"use client";

import { useEffect, useRef } from "react";
import { useViewer } from "@/components/shell/viewer-context";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { mayEditScore } from "@/lib/auth/score-edit-rule";
import type { ScoreDetailJson } from "@/lib/scores/score-detail";
import { ConflictDialog } from "./conflict-dialog";
import { ScoreEditorForm } from "./score-editor-form";
import { useEditorSession } from "./score-editor-session";

type ScoreEditorProps = { projectId: string; score: ScoreDetailJson };

/**
 * Editing a score's value and comment in the drawer. Only people the server would let edit it see
 * the control (score-edit-rule.ts); the drawer shows the value, and this the way to change it.
 */
export function ScoreEditor({ projectId, score }: ScoreEditorProps) {
  const viewer = useViewer();
  if (!viewer || !mayEditScore(viewer, score)) return null;
  // A new score starts a new session: a draft never carries over to another score.
  return <EditorControls key={score.id} projectId={projectId} score={score} />;
}

function EditorControls({ projectId, score }: ScoreEditorProps) {
  const editor = useEditorSession(projectId, score);
  const { phase, session } = editor;
  const editButton = useRef<HTMLButtonElement>(null);
  const previousPhase = useRef(phase.kind);

  // Back to the Edit button when a session ends, so keyboard users are not dropped at the page top.
  useEffect(() => {
    if (phase.kind === "idle" && previousPhase.current !== "idle") editButton.current?.focus();
    previousPhase.current = phase.kind;
  }, [phase.kind]);

  return (
    <div className="flex flex-col gap-2">
      {phase.kind === "editing" && phase.failure && <Alert tone="error">{phase.failure}</Alert>}
      {phase.kind === "editing" && session ? (
        <ScoreEditorForm
          input={session.input}
          base={session.base}
          draft={session.draft}
          onDraftChange={editor.setDraft}
          onSave={editor.save}
          onCancel={editor.cancel}
        />
      ) : (
        <div className="flex items-center gap-2">
          <button
            ref={editButton}
            type="button"
            aria-label="Edit score"
            onClick={editor.start}
            disabled={phase.kind !== "idle"}
            className={buttonClass("secondary")}
          >
            Edit
          </button>
          {(phase.kind === "saving" || phase.kind === "checking") && (
            <span role="status" className="text-sm text-slate-500 dark:text-slate-400">
              {phase.kind === "saving" ? "Saving…" : "Checking the latest version…"}
            </span>
          )}
        </div>
      )}
      {phase.kind === "conflict" && (
        <ConflictDialog
          theirs={phase.theirs}
          mine={phase.patch}
          onKeepTheirs={editor.keepTheirs}
          onOverwrite={editor.overwrite}
          onDismiss={editor.dismissConflict}
        />
      )}
    </div>
  );
}
