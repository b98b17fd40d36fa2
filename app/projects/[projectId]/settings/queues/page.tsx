import type { Metadata } from "next";
import { QueuesPanel } from "@/components/work-setup/queues-panel";
import { hasPermission } from "@/lib/auth/roles";
import { getDatabase } from "@/lib/database";
import { requireProjectPage } from "@/lib/projects/page-context";
import { getQueueDetail } from "@/lib/queues/queue-detail";
import { listConfigs, listMembers, listQueues } from "@/lib/scores/options";

export const metadata: Metadata = { title: "Queues" };

export default async function QueuesSettingsPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { project } = await requireProjectPage((await params).projectId);
  const { db } = await getDatabase();
  const [queues, labels, members] = await Promise.all([
    listQueues(db, project.id),
    listConfigs(db, project.id),
    listMembers(db, project.id),
  ]);
  const details = await Promise.all(queues.map((queue) => getQueueDetail(db, project.id, queue.id)));
  return (
    <QueuesPanel
      projectId={project.id}
      canManage={hasPermission(project.role, "labels:manage")}
      queues={details}
      labels={labels
        .filter((label) => !label.isArchived)
        .map((label) => ({ id: label.id, name: label.name }))}
      members={members
        .filter((member) => hasPermission(member.role, "scores:annotate"))
        .map((member) => ({ id: member.id, name: member.name ?? member.email }))}
    />
  );
}
