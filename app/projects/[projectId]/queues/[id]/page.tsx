import type { Metadata } from "next";
import { QueueView } from "@/components/drilldown/queue-view";
import { decodeSegment } from "@/components/drilldown/format";
import { requireProjectPage } from "@/lib/projects/page-context";

export const metadata: Metadata = { title: "Queue" };

export default async function QueuePage({ params }: { params: Promise<{ projectId: string; id: string }> }) {
  const { projectId, id } = await params;
  await requireProjectPage(projectId); // the layout renders in parallel: this page checks for itself
  return <QueueView projectId={projectId} queueId={decodeSegment(id)} />;
}
