import type { Metadata } from "next";
import { SubjectView } from "@/components/drilldown/subject-view";
import { decodeSegment } from "@/components/drilldown/format";
import { AddSubjectButton } from "@/components/scores/selection/add-subject-button";
import { hasPermission } from "@/lib/auth/roles";
import { requireProjectPage } from "@/lib/projects/page-context";

export const metadata: Metadata = { title: "Subject" };

const queueable = (kind: string): kind is "trace" | "observation" | "session" =>
  kind === "trace" || kind === "observation" || kind === "session";

export default async function SubjectPage({
  params,
}: {
  params: Promise<{ projectId: string; kind: string; id: string }>;
}) {
  const { projectId, kind, id } = await params;
  const { project } = await requireProjectPage(projectId); // the layout renders in parallel: this page checks for itself
  const subjectKind = decodeSegment(kind);
  const subjectId = decodeSegment(id);
  return (
    <>
      {hasPermission(project.role, "labels:manage") && queueable(subjectKind) ? (
        <div className="mx-auto flex max-w-7xl justify-end px-6 pt-4">
          <AddSubjectButton
            projectId={projectId}
            subject={{ objectType: subjectKind, objectId: subjectId }}
          />
        </div>
      ) : null}
      <SubjectView projectId={projectId} kind={subjectKind} id={subjectId} />
    </>
  );
}
