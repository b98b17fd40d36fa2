import type { Metadata } from "next";
import { Suspense } from "react";
import { LabelView } from "@/components/drilldown/label-view";
import { decodeSegment } from "@/components/drilldown/format";
import { requireProjectPage } from "@/lib/projects/page-context";

export const metadata: Metadata = { title: "Label" };

/** One label's figures; the browser fetches them with the session (see components/drilldown). */
export default async function LabelPage({
  params,
}: {
  params: Promise<{ projectId: string; name: string }>;
}) {
  const { projectId, name } = await params;
  await requireProjectPage(projectId); // the layout renders in parallel: this page checks for itself
  return (
    <Suspense>
      <LabelView projectId={projectId} name={decodeSegment(name)} />
    </Suspense>
  );
}
