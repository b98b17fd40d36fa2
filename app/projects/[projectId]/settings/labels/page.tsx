import type { Metadata } from "next";
import { LabelsPanel } from "@/components/work-setup/labels-panel";
import { hasPermission } from "@/lib/auth/roles";
import { getDatabase } from "@/lib/database";
import { requireProjectPage } from "@/lib/projects/page-context";
import { labelScoreCounts } from "@/lib/queues/queue-detail";
import { listConfigs } from "@/lib/scores/options";

export const metadata: Metadata = { title: "Labels" };

export default async function LabelsSettingsPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { project } = await requireProjectPage((await params).projectId);
  const { db } = await getDatabase();
  const [labels, counts] = await Promise.all([listConfigs(db, project.id), labelScoreCounts(db, project.id)]);
  return (
    <LabelsPanel
      projectId={project.id}
      canManage={hasPermission(project.role, "labels:manage")}
      labels={labels.map((label) => ({ ...label, scoreCount: counts.get(label.id) ?? 0 }))}
    />
  );
}
