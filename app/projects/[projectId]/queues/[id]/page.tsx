import type { Metadata } from "next";
import { QueueView } from "@/components/drilldown/queue-view";
import { decodeSegment } from "@/components/drilldown/format";
import { QueueItems } from "@/components/work-setup/queue-items";
import { hasPermission } from "@/lib/auth/roles";
import { getDatabase } from "@/lib/database";
import { requireProjectPage } from "@/lib/projects/page-context";
import { listMembers } from "@/lib/scores/options";

export const metadata: Metadata = { title: "Queue" };

export default async function QueuePage({ params }: { params: Promise<{ projectId: string; id: string }> }) {
  const { projectId, id } = await params;
  const { project } = await requireProjectPage(projectId); // the layout renders in parallel: this page checks for itself
  const queueId = decodeSegment(id);
  const { db } = await getDatabase();
  const members = await listMembers(db, projectId);
  return (
    <>
      <QueueView projectId={projectId} queueId={queueId} />
      <div className="mx-auto max-w-7xl px-6 pb-10">
        <QueueItems
          projectId={projectId}
          queueId={queueId}
          members={members.map((member) => ({ id: member.id, name: member.name }))}
          canManage={hasPermission(project.role, "labels:manage")}
          canWork={hasPermission(project.role, "scores:annotate")}
        />
      </div>
    </>
  );
}
