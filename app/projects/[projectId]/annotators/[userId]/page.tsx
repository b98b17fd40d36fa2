import type { Metadata } from "next";
import { AnnotatorView } from "@/components/drilldown/annotator-view";
import { decodeSegment } from "@/components/drilldown/format";
import { requireProjectPage } from "@/lib/projects/page-context";

export const metadata: Metadata = { title: "Annotator" };

export default async function AnnotatorPage({
  params,
}: {
  params: Promise<{ projectId: string; userId: string }>;
}) {
  const { projectId, userId } = await params;
  await requireProjectPage(projectId); // the layout renders in parallel: this page checks for itself
  return <AnnotatorView projectId={projectId} userId={decodeSegment(userId)} />;
}
