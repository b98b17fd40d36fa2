"use client";

import type { KeyboardEvent } from "react";
import { AddSubjectButton } from "@/components/scores/selection/add-subject-button";
import { useViewer } from "@/components/shell/viewer-context";
import { hasPermission } from "@/lib/auth/roles";
import { AddScoreButton } from "./add-score-button";
import type { AnnotateSubject } from "./add-score-model";

const queueable = (kind: string): kind is "trace" | "observation" | "session" =>
  kind === "trace" || kind === "observation" || kind === "session";

/**
 * Keys typed in one of these dialogs stay there: the explorer listens on the document and would
 * otherwise close the drawer on Esc or step to another score on `[`/`]`.
 */
const keepKeysInDialogs = (event: KeyboardEvent) => {
  if (event.target instanceof Element && event.target.closest("dialog")) {
    event.nativeEvent.stopImmediatePropagation();
  }
};

/**
 * Annotating one subject from wherever it is shown (its page, the score drawer): "Add score" for
 * annotators and above, "Add to queue" for members and above. Viewers get nothing; the API
 * refuses them the same.
 */
export function SubjectActions({
  projectId,
  subject,
  className = "",
}: {
  projectId: string;
  subject: AnnotateSubject;
  className?: string;
}) {
  const viewer = useViewer();
  if (!viewer || !hasPermission(viewer.role, "scores:annotate")) return null;
  const mayQueue = hasPermission(viewer.role, "labels:manage") && queueable(subject.kind);
  return (
    <div className={`flex flex-wrap items-center gap-2 ${className}`} onKeyDown={keepKeysInDialogs}>
      <AddScoreButton projectId={projectId} subject={subject} />
      {mayQueue && queueable(subject.kind) ? (
        <AddSubjectButton
          projectId={projectId}
          subject={{ objectType: subject.kind, objectId: subject.id }}
        />
      ) : null}
    </div>
  );
}
