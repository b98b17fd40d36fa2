import type { Metadata } from "next";
import { SubjectView } from "@/components/drilldown/subject-view";
import { decodeSegment } from "@/components/drilldown/format";
import { requireProjectPage } from "@/lib/projects/page-context";

export const metadata: Metadata = { title: "Subject" };

export default async function SubjectPage({
  params,
}: {
  params: Promise<{ projectId: string; kind: string; id: string }>;
}) {
  const { projectId, kind, id } = await params;
  await requireProjectPage(projectId); // the layout renders in parallel: this page checks for itself
  return <SubjectView projectId={projectId} kind={decodeSegment(kind)} id={decodeSegment(id)} />;
}
